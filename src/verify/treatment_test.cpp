#include "verify/treatment.hpp"

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

const core::Instant kStart = *core::ParseInstant("2020-12-10 00:15:00");

LoadSeries Constant(int quarters, double kw) {
  LoadSeries s;
  for (int i = 0; i < quarters; ++i) s[kStart + i * 900] = kw;
  return s;
}

TEST(TreatmentTest, RunsWithItsLine) {
  auto line = Constant(96, 500), facility = Constant(96, 80);
  auto c = CheckTreatment(line, facility);
  EXPECT_EQ(c.verdict, LoadVerdict::kCompliant);
  EXPECT_EQ(c.line_ran, 96);
  EXPECT_EQ(c.facility_off, 0);
}

TEST(TreatmentTest, OffWhileTheLineRunsIsSuspectedWithItsStretches) {
  auto line = Constant(96, 500), facility = Constant(96, 80);
  for (int i = 40; i < 48; ++i) facility[kStart + i * 900] = 0.5;  // two hours off, standby draw
  facility[kStart + 60 * 900] = 2;  // one more quarter under 10 % of 80
  auto c = CheckTreatment(line, facility);
  EXPECT_EQ(c.verdict, LoadVerdict::kSuspected);
  EXPECT_EQ(c.facility_off, 9);
  ASSERT_EQ(c.stretches.size(), 2u);
  EXPECT_EQ(c.stretches[0].first, kStart + 39 * 900);
  EXPECT_EQ(c.stretches[0].second, kStart + 47 * 900);
  EXPECT_EQ(core::FormatInstant(c.stretches[0].first), "2020-12-10 10:00:00");
}

TEST(TreatmentTest, OffWhileTheLineIsOffIsFineAndOneQuarterIsTolerated) {
  auto line = Constant(96, 500), facility = Constant(96, 80);
  for (int i = 0; i < 30; ++i) {
    line[kStart + i * 900] = 0;
    facility[kStart + i * 900] = 0;
  }
  facility[kStart + 50 * 900] = 0;
  auto c = CheckTreatment(line, facility);
  EXPECT_EQ(c.line_ran, 66);
  EXPECT_EQ(c.facility_off, 1);
  EXPECT_EQ(c.verdict, LoadVerdict::kCompliant);
}

TEST(TreatmentTest, TooFewReadingsOfTheFacilityIsNoData) {
  auto line = Constant(96, 500), facility = Constant(60, 80);
  EXPECT_EQ(CheckTreatment(line, facility).verdict, LoadVerdict::kNoData);
  EXPECT_EQ(CheckTreatment(Constant(96, 0), facility).verdict, LoadVerdict::kNotChecked);
}

}  // namespace
}  // namespace lantian::verify
