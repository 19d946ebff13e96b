#include "ledger/fire_point.hpp"

#include <gtest/gtest.h>

#include "ledger/area.hpp"

namespace lantian::ledger {
namespace {

TEST(FirePointTest, ThePlansPeriodsOfTheDay) {
  EXPECT_EQ(DayPeriodOf(16), DayPeriod::kDaytime);
  EXPECT_EQ(DayPeriodOf(17), DayPeriod::kAfterWork);
  EXPECT_EQ(DayPeriodOf(19), DayPeriod::kAfterWork);
  EXPECT_EQ(DayPeriodOf(20), DayPeriod::kFirstHalfNight);
  EXPECT_EQ(DayPeriodOf(23), DayPeriod::kFirstHalfNight);
  EXPECT_EQ(DayPeriodOf(0), DayPeriod::kSecondHalfNight);
  EXPECT_EQ(DayPeriodOf(6), DayPeriod::kDaytime);
  EXPECT_EQ(DayPeriodZh(DayPeriod::kFirstHalfNight), "上半夜");
}

TEST(FirePointTest, BeforeRainAndBeforeSowing) {
  const auto at = [](const char* s) { return *core::ParseInstant(s); };
  const std::vector<core::Date> rain{*core::ParseIsoDate("2020-10-12")};
  EXPECT_TRUE(BeforeRain(at("2020-10-10 00:00:00"), rain));  // exactly 48 h before
  EXPECT_FALSE(BeforeRain(at("2020-10-09 23:59:59"), rain));
  EXPECT_FALSE(BeforeRain(at("2020-10-12 08:00:00"), rain));  // it rains already
  const auto day = [](const char* s) { return *core::ParseIsoDate(s); };
  EXPECT_TRUE(BeforeSowing(day("2020-09-25"), day("2020-10-05"), day("2020-10-20")));
  EXPECT_FALSE(BeforeSowing(day("2020-09-24"), day("2020-10-05"), day("2020-10-20")));
  EXPECT_FALSE(BeforeSowing(day("2020-10-21"), day("2020-10-05"), day("2020-10-20")));
}

TEST(FirePointTest, ConfidenceClasses) {
  EXPECT_EQ(ConfidenceClass("h"), "high");
  EXPECT_EQ(ConfidenceClass("n"), "nominal");
  EXPECT_EQ(ConfidenceClass("29"), "low");
  EXPECT_EQ(ConfidenceClass("30"), "nominal");
  EXPECT_EQ(ConfidenceClass("80"), "high");
  EXPECT_EQ(ConfidenceClass("101"), "");
  EXPECT_EQ(ConfidenceClass("x"), "");
}

TEST(AreaTest, PointInPolygonWithAHole) {
  Area a;
  a.polygons.push_back({{{114.0, 38.0}, {114.2, 38.0}, {114.2, 38.2}, {114.0, 38.2}},
                        {{114.05, 38.05}, {114.1, 38.05}, {114.1, 38.1}, {114.05, 38.1}}});
  EXPECT_TRUE(Contains(a, 114.15, 38.15));
  EXPECT_FALSE(Contains(a, 114.07, 38.07));  // in the hole
  EXPECT_FALSE(Contains(a, 114.25, 38.1));
  const Box b = BoundsOf(a);
  EXPECT_TRUE(b.Holds(114.1, 38.1));
  EXPECT_FALSE(b.Holds(114.3, 38.1));
  EXPECT_NEAR(DistanceKm(116.407, 39.904, 117.201, 39.084), 113.7, 1.0);  // Beijing–Tianjin
}

}  // namespace
}  // namespace lantian::ledger
