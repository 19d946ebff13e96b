#include "alert/episode.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

using core::Date;

// Days from 2020-12-01 with the given AQIs.
std::vector<ForecastDay> Days(std::vector<int> aqi) {
  std::vector<ForecastDay> out;
  for (size_t i = 0; i < aqi.size(); ++i) {
    out.push_back({Date::FromYmd(2020, 12, 1) + static_cast<int>(i), aqi[i]});
  }
  return out;
}

Level Only(std::vector<int> aqi, const AlertRules& rules = NationalDefault()) {
  auto e = FindEpisodes(Days(aqi), rules);
  EXPECT_EQ(e.size(), 1u);
  return e.empty() ? Level::kNone : e[0].level;
}

TEST(EpisodeTest, BoundariesOf200300And500) {
  EXPECT_TRUE(FindEpisodes(Days({200, 200, 200}), NationalDefault()).empty());  // 200 is not over
  EXPECT_EQ(Only({201, 201}), Level::kYellow);
  EXPECT_EQ(Only({201}), Level::kNone);              // blue is off by default
  EXPECT_EQ(Only({201, 300, 300}), Level::kYellow);  // 300 is not over 300
  EXPECT_EQ(Only({201, 301, 201}), Level::kOrange);
  EXPECT_EQ(Only({201, 301, 301}), Level::kOrange);  // 3 days: red needs 4
  EXPECT_EQ(Only({201, 301, 301, 201}), Level::kRed);
  EXPECT_EQ(Only({201, 301, 201, 201}), Level::kOrange);  // one day over 300 only
  EXPECT_EQ(Only({499}), Level::kNone);
  EXPECT_EQ(Only({500}), Level::kRed);  // the 500 clause alone
}

TEST(EpisodeTest, GapsOfOneDayJoinTwoDaysSplit) {
  // 201, 201, 150, 301, 201: one episode (gap 1) of 4 days over 200, 1 over 300: orange.
  auto joined = FindEpisodes(Days({201, 201, 150, 301, 201}), NationalDefault());
  ASSERT_EQ(joined.size(), 1u);
  EXPECT_EQ(joined[0].start, Date::FromYmd(2020, 12, 1));
  EXPECT_EQ(joined[0].end, Date::FromYmd(2020, 12, 5));
  EXPECT_EQ(joined[0].days_over_200, 4);
  EXPECT_EQ(joined[0].days_over_300, 1);
  EXPECT_EQ(joined[0].max_aqi, 301);
  EXPECT_EQ(joined[0].level, Level::kOrange);
  // A gap of 2 days splits: two yellow episodes.
  auto split = FindEpisodes(Days({201, 201, 150, 150, 301, 201}), NationalDefault());
  ASSERT_EQ(split.size(), 2u);
  EXPECT_EQ(split[0].level, Level::kYellow);
  EXPECT_EQ(split[1].start, Date::FromYmd(2020, 12, 5));
  EXPECT_EQ(split[1].level, Level::kYellow);
  // A day without a forecast counts as a gap day, like one at or below 200.
  std::vector<ForecastDay> missing = {{Date::FromYmd(2020, 12, 1), 250},
                                      {Date::FromYmd(2020, 12, 3), 250}};
  EXPECT_EQ(FindEpisodes(missing, NationalDefault()).size(), 1u);
}

TEST(EpisodeTest, StricterLocalRule) {
  AlertRules local = NationalDefault();
  local.levels[3].enabled = true;               // blue on
  local.levels[2].any_of.push_back({1, 1, 0});  // yellow also at one day over 300
  ASSERT_TRUE(IsAtLeastAsStrict(local, NationalDefault()).ok());
  EXPECT_EQ(Only({201}, local), Level::kBlue);
  EXPECT_EQ(Only({301}, local), Level::kYellow);
  EXPECT_EQ(Only({201, 201}, local), Level::kYellow);
  EXPECT_EQ(Only({201, 201}), Level::kYellow);
}

}  // namespace
}  // namespace lantian::alert
