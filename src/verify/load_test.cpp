#include "verify/load.hpp"

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

core::Instant At(int day, int hour, int minute = 0) {
  return core::Instant{(core::Date::FromYmd(2020, 12, day).days * int64_t{24} + hour) * 3600 +
                       minute * 60};
}

// A line drawing `kw` every quarter hour of days first…last.
void Fill(LoadSeries& s, int first, int last, double kw) {
  for (int d = first; d <= last; ++d) {
    for (int q = 1; q <= 96; ++q) s[At(d, 0) + q * 900] = kw;
  }
}

emergency::Measure Limit(int permille) {
  emergency::Measure m;
  m.kind = emergency::MeasureKind::kLimit;
  m.permille = {permille, permille, permille, permille};
  return m;
}

TEST(LoadTest, BaselineIsTheSameQuarterHoursOfRecentDaysWithoutAlert) {
  LoadSeries s;
  Fill(s, 1, 9, 100);
  s[At(9, 12, 15)] = 60;  // one quarter hour of the 9th
  // Alert days 7 and 8 are left out: the baseline takes the 9th, 6th, 5th, 4th, 3rd.
  const auto b = Baseline(s, At(10, 12), At(10, 12, 30),
                          {core::Date::FromYmd(2020, 12, 7), core::Date::FromYmd(2020, 12, 8)});
  ASSERT_EQ(b.size(), 2u);
  EXPECT_DOUBLE_EQ(b.at(At(10, 12, 15)), (60.0 + 4 * 100) / 5);
  EXPECT_DOUBLE_EQ(b.at(At(10, 12, 30)), 100);
}

TEST(LoadTest, VerdictsOfACutAStopAndMissingData) {
  LoadSeries s;
  Fill(s, 1, 9, 100);
  Fill(s, 10, 10, 75);  // a 25 % cut on the 10th
  const auto from = At(10, 0), to = At(11, 0);
  auto c = CheckLoad(Limit(200), s, from, to, {});
  EXPECT_EQ(c.verdict, LoadVerdict::kCompliant) << c.why;
  EXPECT_NEAR(*c.observed_cut, 0.25, 1e-12);
  EXPECT_EQ(c.quarters, 96);
  EXPECT_EQ(c.covered, 96);
  // A 30 % limit: 25 % is within the 10-point tolerance; a 40 % one is not.
  EXPECT_EQ(CheckLoad(Limit(300), s, from, to, {}).verdict, LoadVerdict::kCompliant);
  auto strict = CheckLoad(Limit(400), s, from, to, {});
  EXPECT_EQ(strict.verdict, LoadVerdict::kSuspected);
  EXPECT_EQ(strict.why, "load cut 25 %, the measure asks 40 %");
  // A 10 % limit: the tolerance is at most half the required cut, so no cut
  // at all is suspected while a 5 % cut passes.
  LoadSeries flat;
  Fill(flat, 1, 10, 100);
  EXPECT_EQ(CheckLoad(Limit(100), flat, from, to, {}).verdict, LoadVerdict::kSuspected);
  LoadSeries five = flat;
  Fill(five, 10, 10, 95);
  EXPECT_EQ(CheckLoad(Limit(100), five, from, to, {}).verdict, LoadVerdict::kCompliant);
  emergency::Measure stop;
  stop.kind = emergency::MeasureKind::kStop;
  EXPECT_EQ(CheckLoad(stop, s, from, to, {}).verdict, LoadVerdict::kSuspected);
  // Readings of half the day only: no data.
  LoadSeries half = s;
  for (int q = 49; q <= 96; ++q) half.erase(At(10, 0) + q * 900);
  EXPECT_EQ(CheckLoad(Limit(200), half, from, to, {}).verdict, LoadVerdict::kNoData);
  // No load to check for a self-determined measure or no measure.
  emergency::Measure self;
  self.kind = emergency::MeasureKind::kSelfDetermined;
  EXPECT_EQ(CheckLoad(self, s, from, to, {}).verdict, LoadVerdict::kNotChecked);
  EXPECT_EQ(CheckLoad(std::nullopt, s, from, to, {}).verdict, LoadVerdict::kNotChecked);
}

TEST(LoadTest, IdleLines) {
  LoadSeries s;
  Fill(s, 1, 9, 0.2);
  Fill(s, 10, 10, 0.1);
  EXPECT_EQ(CheckLoad(Limit(300), s, At(10, 0), At(11, 0), {}).verdict, LoadVerdict::kCompliant);
  Fill(s, 10, 10, 50);
  EXPECT_EQ(CheckLoad(Limit(300), s, At(10, 0), At(11, 0), {}).verdict, LoadVerdict::kSuspected);
}

TEST(LoadTest, ObservedCutForTheDetectors) {
  LoadSeries s;
  Fill(s, 1, 9, 100);
  Fill(s, 10, 10, 40);
  EXPECT_NEAR(*ObservedCut(s, At(10, 0), At(11, 0), {}), 0.6, 1e-12);
  EXPECT_FALSE(ObservedCut(s, At(11, 0), At(12, 0), {}));  // no readings during
  LoadSeries idle;
  Fill(idle, 1, 10, 0.2);
  EXPECT_FALSE(ObservedCut(idle, At(10, 0), At(11, 0), {}));
}

TEST(LoadTest, DailyRatiosAgainstTheMedianDay) {
  LoadSeries s;
  Fill(s, 1, 6, 100);
  Fill(s, 7, 7, 150);
  Fill(s, 8, 8, 50);
  for (int q = 1; q <= 40; ++q) s.erase(At(8, 0) + q * 900);  // the 8th under 75 % covered
  const auto ratios = DailyLoadRatios(s, At(1, 0), At(9, 0));
  ASSERT_EQ(ratios.size(), 7u);
  EXPECT_EQ(ratios.front().first, At(1, 0));  // the quarter ending at midnight is the day before's
  EXPECT_DOUBLE_EQ(ratios.front().second, 1.0);
  EXPECT_EQ(ratios.back().first, At(7, 0));
  EXPECT_DOUBLE_EQ(ratios.back().second, 1.5);
  LoadSeries short_series;
  Fill(short_series, 1, 4, 100);
  EXPECT_TRUE(DailyLoadRatios(short_series, At(1, 0), At(5, 0)).empty());  // under 5 days
}

}  // namespace
}  // namespace lantian::verify
