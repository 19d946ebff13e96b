#include "alert/hourly.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

using core::Date;
using core::HourStart;

// Hours from 2020-12-01 00:00, one value per entry of `runs`: {hours, aqi}.
std::vector<ForecastHour> Hours(std::vector<std::pair<int, int>> runs) {
  std::vector<ForecastHour> out;
  HourStart h = HourStart::Of(Date::FromYmd(2020, 12, 1), 0);
  for (auto [n, aqi] : runs) {
    for (int i = 0; i < n; ++i) {
      out.push_back({h, aqi});
      h = h + 1;
    }
  }
  return out;
}

TEST(HourlyTest, WindowsSpanTwoCalendarDaysFromWhereThe200IsCrossed) {
  // 14 clean hours (100), then 48 hours at 250, then clean. The first window over
  // 200 starts at 07:00 (7 h of 100 and 17 of 250: 206.25 → 207); the next, from
  // 12-02 07:00, is all 250; the one after (7 h of 250) is not over. Two windows,
  // 12-01 07:00 … 12-03 06:00, one episode.
  auto days = HourlyDays(Hours({{14, 100}, {48, 250}, {30, 100}}));
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[0].first, HourStart::Of(Date::FromYmd(2020, 12, 1), 7));
  EXPECT_EQ(days[1].first, HourStart::Of(Date::FromYmd(2020, 12, 2), 7));
  EXPECT_EQ(days[0].day.aqi, 207);
  EXPECT_EQ(days[1].day.aqi, 250);
  EXPECT_EQ(days[1].day.date - days[0].day.date, 1);
  std::vector<ForecastDay> as_days = {days[0].day, days[1].day};
  auto e = FindEpisodes(as_days, NationalDefault());
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].level, Level::kYellow);  // 48 h over 200
}

TEST(HourlyTest, MeanIsRoundedUpAndNeedsTwentyHours) {
  // 23 hours at 200 and one at 201: mean 200.04 → 201 > 200.
  auto days = HourlyDays(Hours({{23, 200}, {1, 201}}));
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].day.aqi, 201);
  // 19 hours at 400: too few for a window.
  EXPECT_TRUE(HourlyDays(Hours({{19, 400}})).empty());
  // 24 hours at exactly 200: not over.
  EXPECT_TRUE(HourlyDays(Hours({{24, 200}})).empty());
}

TEST(HourlyTest, GapsBetweenRunsCountWholeDays) {
  // 24 h at 250 (run A: hours 0–23), 40 h clean, 24 h at 250 from hour 64. Run B
  // is anchored at hour 57 (its window holds 17 h of 250); from the end of run A
  // (hour 24) that is 33 h: one whole 24-hour span, one gap day, which the
  // national rule joins (2 days over 200 in one episode: yellow).
  auto joined = HourlyDays(Hours({{24, 250}, {40, 100}, {24, 250}}));
  ASSERT_EQ(joined.size(), 2u);
  EXPECT_EQ(joined[1].first, HourStart::Of(Date::FromYmd(2020, 12, 3), 9));
  EXPECT_EQ(joined[1].day.date - joined[0].day.date, 2);
  std::vector<ForecastDay> j = {joined[0].day, joined[1].day};
  EXPECT_EQ(FindEpisodes(j, NationalDefault()).size(), 1u);
  // 60 h clean instead: run B anchored at hour 77, 53 h after A: two gap days: split.
  auto split = HourlyDays(Hours({{24, 250}, {60, 100}, {24, 250}}));
  ASSERT_EQ(split.size(), 2u);
  EXPECT_EQ(split[1].day.date - split[0].day.date, 3);
  std::vector<ForecastDay> sp = {split[0].day, split[1].day};
  EXPECT_EQ(FindEpisodes(sp, NationalDefault()).size(), 2u);
}

}  // namespace
}  // namespace lantian::alert
