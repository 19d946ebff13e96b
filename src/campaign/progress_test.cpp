#include "campaign/progress.hpp"

#include <gtest/gtest.h>

namespace lantian::campaign {
namespace {

using core::Date;
using core::Decimal;

Decimal D(const char* s) { return *Decimal::Parse(s); }

const core::Period kQ4{Date::FromYmd(2020, 10, 1), Date::FromYmd(2020, 12, 31)};
const core::Period kQ4Base{Date::FromYmd(2019, 10, 1), Date::FromYmd(2019, 12, 31)};

// A series of `days` days with PM2.5 `pm25` on each (PM2.5 only).
DailySeries Constant(core::Period period, int days, int pm25) {
  DailySeries s;
  s.period = period;
  for (int i = 0; i < days; ++i) {
    aq::DailyValues v;
    v[aq::DailyColumn::kPM25] = Decimal::FromInt(pm25);
    s.days.push_back(v);
  }
  return s;
}

CityTarget Target(int pm25, int heavy) {
  CityTarget t;
  t.city_code = "130100";
  t.phase = "2020Q4";
  t.pm25 = Decimal::FromInt(pm25);
  t.heavy_days = heavy;
  return t;
}

TEST(ProgressTest, AllowanceFormulaRoundsDown) {
  // (63 × 92 − 2100) / 62 = 59.61… → 59.6
  EXPECT_EQ(RemainingAllowance(D("63"), 30, D("2100"), 62), D("59.6"));
  // (10 × 4 − 101) / 3 = −20.33… → −20.4 (down, not toward zero)
  EXPECT_EQ(RemainingAllowance(D("10"), 1, D("101"), 3), D("-20.4"));
  // Exact values stay: (95 × 92 − 2480) / 61 = 102.62… → 102.6; (50 × 2 − 60) / 1 = 40
  EXPECT_EQ(RemainingAllowance(D("95"), 31, D("2480"), 61), D("102.6"));
  EXPECT_EQ(RemainingAllowance(D("50"), 1, D("60"), 1), D("40"));
}

TEST(ProgressTest, OnTrackCityWithItsAllowanceAndProjection) {
  DailySeries now = Constant(kQ4, 92, 80);
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 10, 31), Target(95, 3));
  EXPECT_EQ(p.elapsed_days, 31);
  EXPECT_EQ(p.remaining_days, 61);
  EXPECT_FALSE(p.final);
  EXPECT_EQ(p.pm25_days, 31);
  EXPECT_EQ(p.pm25, D("80"));
  EXPECT_EQ(p.baseline_pm25_to_date, D("100"));
  EXPECT_EQ(p.pm25_change_percent, D("-20.0"));
  EXPECT_EQ(p.required_change_percent, D("-5.0"));
  EXPECT_EQ(p.pm25_allowance, D("102.6"));
  EXPECT_EQ(p.heavy_days, 0);
  EXPECT_EQ(p.heavy_days_allowance, 3);
  EXPECT_EQ(p.method, ProjectionMethod::kBaselineRatio);
  // ratio 0.8 of a baseline of 100 on the remaining days: 80, with no spread between weeks.
  ASSERT_TRUE(p.projected_pm25);
  EXPECT_EQ(p.projected_pm25->value, D("80"));
  EXPECT_EQ(p.projected_pm25->low, D("80"));
  EXPECT_EQ(p.projected_pm25->high, D("80"));
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kOnTrack);
  EXPECT_EQ(p.heavy_status, IndicatorStatus::kOnTrack);
  EXPECT_FALSE(p.at_risk);
}

TEST(ProgressTest, NoImprovementIsAtRisk) {
  DailySeries now = Constant(kQ4, 92, 100);
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 10, 31), Target(95, 3));
  // (95 × 92 − 3100) / 61 = 92.45… → 92.4
  EXPECT_EQ(p.pm25_allowance, D("92.4"));
  EXPECT_EQ(p.projected_pm25->value, D("100"));
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kAtRisk);
  EXPECT_TRUE(p.at_risk);
}

TEST(ProgressTest, WeekToWeekSpreadWidensTheInterval) {
  DailySeries now = Constant(kQ4, 92, 80);
  for (int i = 7; i < 14; ++i) now.days[i][aq::DailyColumn::kPM25] = Decimal::FromInt(120);
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 10, 31), Target(95, 3));
  ASSERT_TRUE(p.projected_pm25);
  EXPECT_LT(p.projected_pm25->low, p.projected_pm25->value);
  EXPECT_GT(p.projected_pm25->high, p.projected_pm25->value);
}

TEST(ProgressTest, DustDaysLeaveThePm25MeanButCountAsHeavy) {
  DailySeries now = Constant(kQ4, 92, 60);
  now.days[0][aq::DailyColumn::kPM25] = Decimal::FromInt(300);  // IAQI 350: heavy
  now.dust = {true};
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 10, 2), Target(95, 3));
  EXPECT_EQ(p.dust_days, 1);
  EXPECT_EQ(p.pm25_days, 1);
  EXPECT_EQ(p.pm25, D("60"));
  EXPECT_EQ(p.pm25_with_dust, D("180"));
  EXPECT_EQ(p.heavy_days, 1);
  EXPECT_EQ(p.heavy_days_without_dust, 0);
  EXPECT_EQ(p.heavy_days_allowance, 2);
}

TEST(ProgressTest, HeavyDayTargetAlreadyMissed) {
  DailySeries now = Constant(kQ4, 92, 60);
  now.days[3][aq::DailyColumn::kPM25] = Decimal::FromInt(160);  // IAQI 210
  now.days[4][aq::DailyColumn::kPM25] = Decimal::FromInt(151);  // IAQI 201
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 10, 10), Target(95, 1));
  EXPECT_EQ(p.heavy_days, 2);
  EXPECT_EQ(p.heavy_days_allowance, -1);
  EXPECT_EQ(p.heavy_status, IndicatorStatus::kAlreadyMissed);
  EXPECT_TRUE(p.at_risk);
}

TEST(ProgressTest, Pm25TargetAlreadyMissedWhenNoRemainingMeanCanSaveIt) {
  DailySeries now = Constant(kQ4, 92, 300);
  DailySeries base = Constant(kQ4Base, 92, 100);
  // 91 days of 300 against a target of 95: (95 × 92 − 27300) / 1 < 0.
  Progress p = ComputeProgress(now, base, Date::FromYmd(2020, 12, 30), Target(95, 90));
  EXPECT_TRUE(p.pm25_allowance->IsNegative());
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kAlreadyMissed);
}

TEST(ProgressTest, FinalVerdictUsesTheRoundedMean) {
  DailySeries now = Constant(kQ4, 92, 95);
  now.days[0][aq::DailyColumn::kPM25] = Decimal::FromInt(96);  // mean 95.01 → 95
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(now, base, Date::FromYmd(2021, 2, 1), Target(95, 0));
  EXPECT_TRUE(p.final);
  EXPECT_EQ(p.as_of, Date::FromYmd(2020, 12, 31));
  EXPECT_EQ(p.pm25, D("95"));
  EXPECT_FALSE(p.pm25_allowance);
  EXPECT_EQ(p.method, ProjectionMethod::kFinal);
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kMet);
  EXPECT_EQ(p.heavy_status, IndicatorStatus::kMet);

  Progress missed =
      ComputeProgress(Constant(kQ4, 92, 96), base, Date::FromYmd(2020, 12, 31), Target(95, 0));
  EXPECT_EQ(missed.pm25_status, IndicatorStatus::kMissed);
}

TEST(ProgressTest, WithoutBaselineTheDaysSoFarAreProjected) {
  DailySeries now = Constant(kQ4, 92, 70);
  DailySeries none;
  none.period = kQ4Base;
  Progress p = ComputeProgress(now, none, Date::FromYmd(2020, 11, 15), Target(75, 3));
  EXPECT_EQ(p.method, ProjectionMethod::kPersistence);
  EXPECT_EQ(p.projected_pm25->value, D("70"));
  EXPECT_FALSE(p.pm25_change_percent);
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kOnTrack);
}

TEST(ProgressTest, WholeMonthsShortOfValidDaysAreListed) {
  // October has 26 valid days (27 needed), November 27, December is not over.
  DailySeries now = Constant(kQ4, 75, 60);
  now.days[3][aq::DailyColumn::kPM25].reset();
  now.days[4][aq::DailyColumn::kPM25].reset();
  now.days[5][aq::DailyColumn::kPM25].reset();
  now.days[6][aq::DailyColumn::kPM25].reset();
  now.days[7][aq::DailyColumn::kPM25].reset();
  for (int i = 31; i < 34; ++i) now.days[static_cast<size_t>(i)][aq::DailyColumn::kPM25].reset();
  Progress p =
      ComputeProgress(now, Constant(kQ4Base, 92, 70), Date::FromYmd(2020, 12, 14), Target(75, 3));
  EXPECT_EQ(p.incomplete_months, std::vector<std::string>{"2020-10"});
  EXPECT_EQ(p.pm25_days, 26 + 27 + 14);
  // As of October 30 no month is over.
  EXPECT_TRUE(
      ComputeProgress(now, Constant(kQ4Base, 92, 70), Date::FromYmd(2020, 10, 30), Target(75, 3))
          .incomplete_months.empty());
}

TEST(ProgressTest, NoDataAndNoTarget) {
  DailySeries empty;
  empty.period = kQ4;
  DailySeries base = Constant(kQ4Base, 92, 100);
  Progress p = ComputeProgress(empty, base, Date::FromYmd(2020, 11, 1), Target(95, 3));
  EXPECT_EQ(p.pm25_days, 0);
  EXPECT_FALSE(p.pm25);
  EXPECT_EQ(p.pm25_status, IndicatorStatus::kNoData);
  EXPECT_EQ(p.method, ProjectionMethod::kNone);
  // No valid day yet: the phase mean will be the remaining days' mean, (95 × 61 − 0) / 61.
  EXPECT_EQ(p.pm25_allowance, D("95"));

  Progress untargeted =
      ComputeProgress(Constant(kQ4, 92, 80), base, Date::FromYmd(2020, 11, 1), std::nullopt);
  EXPECT_EQ(untargeted.pm25_status, IndicatorStatus::kNoTarget);
  EXPECT_FALSE(untargeted.pm25_allowance);
  EXPECT_TRUE(untargeted.projected_pm25);

  Progress before =
      ComputeProgress(Constant(kQ4, 92, 80), base, Date::FromYmd(2020, 9, 1), Target(95, 3));
  EXPECT_EQ(before.elapsed_days, 0);
  EXPECT_EQ(before.remaining_days, 92);
}

}  // namespace
}  // namespace lantian::campaign
