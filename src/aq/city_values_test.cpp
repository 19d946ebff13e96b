#include "aq/city_values.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

TEST(CityDailyTest, MeanOfValidStationsRoundedOnce) {
  DailyValues a, b, c;
  a[DailyColumn::kPM25] = Decimal::FromInt(74);
  b[DailyColumn::kPM25] = Decimal::FromInt(75);
  c[DailyColumn::kCO] = *Decimal::Parse("1.2");
  a[DailyColumn::kCO] = *Decimal::Parse("1.3");
  std::vector<DailyValues> stations = {a, b, c};
  DailyValues city = CityDailyValues(stations);
  EXPECT_EQ(city[DailyColumn::kPM25], Decimal::FromInt(74));  // 74.5 → 74
  EXPECT_EQ(city[DailyColumn::kCO], *Decimal::Parse("1.2"));  // 1.25 → 1.2
  EXPECT_EQ(city[DailyColumn::kSO2], std::nullopt);
  EXPECT_FALSE(CityDailyValues({}).AnyValid());
}

TEST(CityValuesTest, HourlyMeanOfStationsThatReport) {
  HourValues a, b, c;
  a[Index(Pollutant::kPM25)] = Decimal::FromInt(53);
  b[Index(Pollutant::kPM25)] = Decimal::FromInt(54);
  b[Index(Pollutant::kCO)] = *Decimal::Parse("1.25");
  std::vector<HourValues> stations = {a, b, c};
  HourValues city = CityHourValues(stations);
  EXPECT_EQ(city[Index(Pollutant::kPM25)], Decimal::FromInt(54));  // 53.5 -> 54 (even)
  EXPECT_EQ(city[Index(Pollutant::kCO)], *Decimal::Parse("1.2"));  // 1.25 -> 1.2
  EXPECT_EQ(city[Index(Pollutant::kSO2)], std::nullopt);
}

}  // namespace
}  // namespace lantian::aq
