#include "verify/industrial_load.hpp"

#include <functional>

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

// `days` days from 2020-11-02 of quarter hours, the load of each by the clock
// time its quarter starts (minutes after midnight).
LoadSeries Series(int days, const std::function<double(int)>& kw_at_minute) {
  LoadSeries s;
  const core::Instant first =
      core::Instant{int64_t{core::ParseIsoDate("2020-11-02")->days} * 86400};
  for (int q = 0; q < days * 96; ++q) {
    const int minute = (q % 96) * 15;
    s[first + int64_t{q + 1} * 900] = kw_at_minute(minute);
  }
  return s;
}

TEST(IndustrialLoadTest, AOneShiftWorkshopRunsByDayAndStopsAtNight) {
  auto r = ClassifyLoad(Series(14, [](int m) { return m >= 8 * 60 && m < 18 * 60 ? 60.0 : 2.0; }));
  EXPECT_TRUE(r.industrial);
  EXPECT_EQ(r.pattern, LoadPattern::kOneShift);
  EXPECT_EQ(r.days, 14);
  EXPECT_EQ(r.operating_days, 14);
  EXPECT_EQ(r.one_shift_days, 14);
  EXPECT_DOUBLE_EQ(r.mean_kwh, 60.0 * 10 + 2.0 * 14);
  EXPECT_DOUBLE_EQ(r.working_kw, 60);
  EXPECT_DOUBLE_EQ(r.night_kw, 2);
}

TEST(IndustrialLoadTest, ASteadyProcessRunsRoundTheClock) {
  auto r = ClassifyLoad(Series(10, [](int m) { return m % 60 == 0 ? 45.0 : 40.0; }));
  EXPECT_TRUE(r.industrial);
  EXPECT_EQ(r.pattern, LoadPattern::kRoundTheClock);
  EXPECT_EQ(r.round_the_clock_days, 10);
}

TEST(IndustrialLoadTest, HouseholdsShopsAndRestaurantsDoNotLookIndustrial) {
  // A household: little, with an evening peak.
  auto home =
      ClassifyLoad(Series(14, [](int m) { return m >= 18 * 60 && m < 22 * 60 ? 1.5 : 0.3; }));
  EXPECT_FALSE(home.industrial);
  EXPECT_EQ(home.operating_days, 0);
  // A shop by day, under 100 kWh a day.
  auto shop =
      ClassifyLoad(Series(14, [](int m) { return m >= 8 * 60 && m < 18 * 60 ? 8.0 : 0.5; }));
  EXPECT_FALSE(shop.industrial);
  // A restaurant: large, but its peak is the evening.
  auto restaurant = ClassifyLoad(Series(14, [](int m) {
    return (m >= 11 * 60 && m < 14 * 60) || (m >= 17 * 60 && m < 22 * 60) ? 30.0 : 2.0;
  }));
  EXPECT_GT(restaurant.operating_days, 0);
  EXPECT_FALSE(restaurant.industrial);
  EXPECT_EQ(restaurant.pattern, LoadPattern::kNone);
}

TEST(IndustrialLoadTest, AWeekIsNeededAndGappyDaysDoNotCount) {
  auto shift = [](int m) { return m >= 8 * 60 && m < 18 * 60 ? 60.0 : 2.0; };
  EXPECT_FALSE(ClassifyLoad(Series(6, shift)).industrial);
  EXPECT_EQ(ClassifyLoad(Series(6, shift)).days, 6);
  LoadSeries s = Series(8, shift);
  // Take 10 quarter hours out of the first day: under 90 % of 96, it does not count.
  for (int i = 0; i < 10; ++i) s.erase(s.begin());
  auto r = ClassifyLoad(s);
  EXPECT_EQ(r.days, 7);
  EXPECT_TRUE(r.industrial);
}

TEST(IndustrialLoadTest, AWorkshopIdleMostDaysIsNotALead) {
  // Runs 3 days in 10: fewer than 60 % operating days.
  auto r = ClassifyLoad(Series(10, [](int m) { return m >= 8 * 60 && m < 18 * 60 ? 60.0 : 2.0; }),
                        IndustrialLoadOptions{});
  EXPECT_TRUE(r.industrial);
  LoadSeries s = Series(10, [](int) { return 0.5; });
  const LoadSeries busy = Series(3, [](int m) { return m >= 8 * 60 && m < 18 * 60 ? 60.0 : 2.0; });
  for (const auto& [t, kw] : busy) s[t] = kw;
  auto idle = ClassifyLoad(s);
  EXPECT_EQ(idle.operating_days, 3);
  EXPECT_FALSE(idle.industrial);
}

}  // namespace
}  // namespace lantian::verify
