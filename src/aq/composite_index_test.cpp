#include "aq/composite_index.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

Decimal D(const char* s) { return *Decimal::Parse(s); }

DailyValues Day(const char* so2, const char* no2, const char* co, const char* o3_8h,
                const char* pm10, const char* pm25) {
  DailyValues d;
  d[DailyColumn::kSO2] = D(so2);
  d[DailyColumn::kNO2] = D(no2);
  d[DailyColumn::kCO] = D(co);
  d[DailyColumn::kO3_8h] = D(o3_8h);
  d[DailyColumn::kPM10] = D(pm10);
  d[DailyColumn::kPM25] = D(pm25);
  return d;
}

TEST(CompositeIndexTest, SumOfSubIndicesRoundedOnce) {
  std::vector<DailyValues> days = {Day("10", "40", "1.0", "100", "70", "35"),
                                   Day("20", "40", "2.0", "200", "140", "70")};
  CompositeIndex ci = ComputeCompositeIndex(days);
  ASSERT_TRUE(ci.index);
  // SO2 15/60 = 0.25; NO2 40/40 = 1; PM10 105/70 = 1.5; PM2.5 52.5 → 52, 52/35 = 1.4857;
  // CO P95: k = 1.95 → 1.95 → 2.0 (half to even), 2.0/4 = 0.5; O3 P90: k = 1.9 → 190,
  // 190/160 = 1.1875. Exact sum 5.9232 → 5.92 (the rounded sub-indices would sum to 5.93).
  EXPECT_EQ(ci[IndexPollutant::kSO2]->statistic, D("15"));
  EXPECT_EQ(ci[IndexPollutant::kPM25]->statistic, D("52"));
  EXPECT_EQ(ci[IndexPollutant::kPM25]->sub_index, D("1.49"));
  EXPECT_EQ(ci[IndexPollutant::kCO]->statistic, D("2.0"));
  EXPECT_EQ(ci[IndexPollutant::kO3]->statistic, D("190"));
  EXPECT_EQ(ci[IndexPollutant::kO3]->sub_index, D("1.19"));
  EXPECT_EQ(*ci.index, D("5.92"));
  EXPECT_EQ(ci.largest, IndexPollutant::kPM10);
}

TEST(CompositeIndexTest, DustDaysLeaveOutParticlesOnly) {
  std::vector<DailyValues> days = {Day("10", "40", "1.0", "100", "70", "35"),
                                   Day("20", "40", "2.0", "200", "140", "70")};
  CompositeIndex ci = ComputeCompositeIndex(days, {false, true});
  EXPECT_EQ(ci[IndexPollutant::kPM10]->statistic, D("70"));
  EXPECT_EQ(ci[IndexPollutant::kPM10]->days, 1);
  EXPECT_EQ(ci[IndexPollutant::kSO2]->days, 2);
  // 0.25 + 1 + 1 + 1 + 0.5 + 1.1875 = 4.9375 → 4.94
  EXPECT_EQ(*ci.index, D("4.94"));
  EXPECT_EQ(ci.largest, IndexPollutant::kO3);
}

TEST(CompositeIndexTest, NoIndexWithoutAllSixStatistics) {
  DailyValues d = Day("10", "40", "1.0", "100", "70", "35");
  d[DailyColumn::kCO].reset();
  std::vector<DailyValues> days = {d};
  CompositeIndex ci = ComputeCompositeIndex(days);
  EXPECT_FALSE(ci.index);
  EXPECT_FALSE(ci[IndexPollutant::kCO]);
  EXPECT_TRUE(ci[IndexPollutant::kSO2]);
  EXPECT_FALSE(ComputeCompositeIndex({}).index);
}

TEST(CompositeIndexTest, PercentChange) {
  EXPECT_EQ(PercentChange(D("4.50"), D("5.00")), D("-10.0"));
  EXPECT_EQ(PercentChange(D("63"), D("70")), D("-10.0"));
  EXPECT_EQ(PercentChange(D("1"), D("3")), D("-66.7"));
  EXPECT_EQ(PercentChange(D("1"), std::nullopt), std::nullopt);
  EXPECT_EQ(PercentChange(D("1"), D("0")), std::nullopt);
}

}  // namespace
}  // namespace lantian::aq
