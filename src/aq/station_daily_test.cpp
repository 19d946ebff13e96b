#include "aq/station_daily.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

// `count` hours from 00:00 of pollutant `p`, all equal to `value`.
std::array<HourlySeries, kPollutantCount> Hours(Pollutant p, int count, int value) {
  std::array<HourlySeries, kPollutantCount> m;
  for (int h = 0; h < count; ++h) m[Index(p)].Set(h, Decimal::FromInt(value));
  return m;
}

TEST(StationDailyTest, TwentyValidHoursMakeAMean) {
  auto d = StationDailyValues(Hours(Pollutant::kPM25, 20, 80));
  EXPECT_EQ(d[DailyColumn::kPM25], Decimal::FromInt(80));
  d = StationDailyValues(Hours(Pollutant::kPM25, 19, 80));
  EXPECT_EQ(d[DailyColumn::kPM25], std::nullopt);
}

TEST(StationDailyTest, MeanRoundsHalfEven) {
  std::array<HourlySeries, kPollutantCount> m;
  // 20 hours: 10 × 74 and 10 × 75 → 74.5 → 74; then shift one to 76 → 74.55 → 75.
  for (int h = 0; h < 20; ++h)
    m[Index(Pollutant::kPM10)].Set(h, Decimal::FromInt(h < 10 ? 74 : 75));
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kPM10], Decimal::FromInt(74));
  m[Index(Pollutant::kPM10)].Set(19, Decimal::FromInt(76));
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kPM10], Decimal::FromInt(75));
  // CO to 0.1: 24 values summing to 30.0 + 1.2 → 1.3; 1.25 exact → 1.2.
  std::array<HourlySeries, kPollutantCount> co;
  for (int h = 0; h < 24; ++h)
    co[Index(Pollutant::kCO)].Set(h, *Decimal::Parse(h < 12 ? "1.2" : "1.3"));
  EXPECT_EQ(StationDailyValues(co)[DailyColumn::kCO], *Decimal::Parse("1.2"));
}

TEST(StationDailyTest, O3Max1hValidityAndExceedance) {
  auto d = StationDailyValues(Hours(Pollutant::kO3, 20, 150));
  EXPECT_EQ(d[DailyColumn::kO3_1h], Decimal::FromInt(150));
  d = StationDailyValues(Hours(Pollutant::kO3, 19, 150));
  EXPECT_EQ(d[DailyColumn::kO3_1h], std::nullopt);
  auto m = Hours(Pollutant::kO3, 5, 100);
  m[Index(Pollutant::kO3)].Set(14, Decimal::FromInt(201));
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_1h], Decimal::FromInt(201));
  m[Index(Pollutant::kO3)].Set(14, *Decimal::Parse("200.5"));  // reported 200: not above 200
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_1h], std::nullopt);
}

TEST(StationDailyTest, O3Windows) {
  HourlySeries o3;
  for (int h = 0; h < 24; ++h) o3.Set(h, Decimal::FromInt(h * 10));
  // Window ending 08:00 covers hours 0..7: mean 35.
  EXPECT_EQ(O3Mean8h(o3, 8), Decimal::FromInt(35));
  EXPECT_EQ(O3Mean8h(o3, 24), Decimal::FromInt(195));  // hours 16..23
  o3.Clear(0);
  o3.Clear(1);
  EXPECT_EQ(O3Mean8h(o3, 8), Decimal::FromInt(45));  // 6 valid hours: (20+…+70)/6 = 45
  o3.Clear(2);
  EXPECT_EQ(O3Mean8h(o3, 8), std::nullopt);  // 5 valid hours
}

TEST(StationDailyTest, O3Max8hNeeds14WindowsUnlessAbove160) {
  HourlySeries o3;
  for (int h = 0; h < 24; ++h) o3.Set(h, Decimal::FromInt(100));
  std::array<HourlySeries, kPollutantCount> m;
  m[Index(Pollutant::kO3)] = o3;
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_8h], Decimal::FromInt(100));
  // Remove hours 17..23: windows ending 20..24 have < 6 hours → 12 valid windows.
  for (int h = 17; h < 24; ++h) m[Index(Pollutant::kO3)].Clear(h);
  int valid = 0;
  for (int e = 8; e <= 24; ++e) valid += O3Mean8h(m[Index(Pollutant::kO3)], e).has_value();
  ASSERT_LT(valid, kMinWindowsForO3Max8h);
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_8h], std::nullopt);
  // The same gap with an exceedance: the max is reported.
  for (int h = 8; h < 16; ++h) m[Index(Pollutant::kO3)].Set(h, Decimal::FromInt(170));
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_8h], Decimal::FromInt(170));
  // Exactly 160 is not above 160.
  for (int h = 8; h < 16; ++h) m[Index(Pollutant::kO3)].Set(h, Decimal::FromInt(160));
  EXPECT_EQ(StationDailyValues(m)[DailyColumn::kO3_8h], std::nullopt);
}

TEST(DailyAqiTest, FromDailyValues) {
  DailyValues d;
  d[DailyColumn::kPM25] = Decimal::FromInt(160);   // 200 + 100·10/100 = 210
  d[DailyColumn::kPM10] = Decimal::FromInt(200);   // 100 + 50·50/100 = 125
  d[DailyColumn::kO3_8h] = Decimal::FromInt(900);  // no sub-index
  d[DailyColumn::kO3_1h] = Decimal::FromInt(30);
  auto r = DailyAqi(Hj633_2012(), d);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->aqi, 210);
  EXPECT_EQ(r->level, 5);
  EXPECT_EQ(r->primary.Join(";"), "PM2.5");
  EXPECT_EQ(r->exceeding.Join(";"), "PM10;PM2.5");
  EXPECT_EQ(DailyAqi(Hj633_2012(), DailyValues{}), std::nullopt);
}

}  // namespace
}  // namespace lantian::aq
