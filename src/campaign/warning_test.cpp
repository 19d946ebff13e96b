#include "campaign/warning.hpp"

#include <gtest/gtest.h>

#include "campaign/dustfall.hpp"
#include "campaign/verdict.hpp"

namespace lantian::campaign {
namespace {

using core::Decimal;

Decimal D(const char* s) { return *Decimal::Parse(s); }

Progress Quarter(const char* pm25, const char* change, const char* required, int heavy,
                 int heavy_target, bool final) {
  Progress p;
  p.final = final;
  p.pm25 = D(pm25);
  p.pm25_days = 90;
  p.pm25_change_percent = D(change);
  p.required_change_percent = D(required);
  p.heavy_days = heavy;
  CityTarget t;
  t.pm25 = D("60");
  t.heavy_days = heavy_target;
  p.target = t;
  return p;
}

TEST(WarningTest, ReasonsWithTheirNumbers) {
  auto none = WarningReasons(Quarter("58", "-6.0", "-5.0", 2, 3, false), 1, std::nullopt);
  EXPECT_TRUE(none.empty());

  auto all = WarningReasons(Quarter("62", "-2.1", "-5.0", 4, 3, false), 2, true);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].kind, WarningReasonKind::kImprovementBehind);
  EXPECT_EQ(all[0].text_en, "PM2.5 changed -2.1% (62 µg/m³) against a required -5.0% (60 µg/m³)");
  EXPECT_EQ(all[1].kind, WarningReasonKind::kHeavyDaysOver);
  EXPECT_EQ(all[1].text_zh, "重污染天数 4 天，超过目标 3 天");
  EXPECT_EQ(all[2].kind, WarningReasonKind::kAqiAt500);
  EXPECT_EQ(all[3].kind, WarningReasonKind::kKeyTasksSlow);

  WarningRule strict{.aqi500_min_days = 1};
  EXPECT_EQ(WarningReasons(Quarter("58", "-6.0", "-5.0", 2, 3, false), 1, false, strict).size(),
            1u);
  Progress untargeted = Quarter("62", "-2.1", "-5.0", 4, 3, false);
  untargeted.target.reset();
  EXPECT_TRUE(WarningReasons(untargeted, 0, std::nullopt).empty());
}

TEST(VerdictTest, MetMissedPendingAndFalsified) {
  Verdict pass = JudgePhase(Quarter("60", "-6.0", "-5.0", 3, 3, true), false);
  EXPECT_EQ(pass.outcome, Outcome::kPassed);
  EXPECT_TRUE(*pass.pm25_met);
  EXPECT_FALSE(pass.interview);

  Verdict pm_missed = JudgePhase(Quarter("61", "-4.0", "-5.0", 3, 3, true), false);
  EXPECT_EQ(pm_missed.outcome, Outcome::kFailed);
  EXPECT_FALSE(*pm_missed.pm25_met);
  EXPECT_TRUE(*pm_missed.heavy_met);
  EXPECT_TRUE(pm_missed.interview);

  Verdict heavy_missed = JudgePhase(Quarter("50", "-20.0", "-5.0", 4, 3, true), false);
  EXPECT_EQ(heavy_missed.outcome, Outcome::kFailed);

  Verdict running = JudgePhase(Quarter("61", "-4.0", "-5.0", 3, 3, false), false);
  EXPECT_EQ(running.outcome, Outcome::kPending);
  EXPECT_FALSE(running.interview);

  Verdict falsified = JudgePhase(Quarter("40", "-30.0", "-5.0", 0, 3, true), true);
  EXPECT_EQ(falsified.outcome, Outcome::kFailedFalsified);
  EXPECT_TRUE(*falsified.pm25_met);  // the numbers stay visible
  EXPECT_TRUE(falsified.interview);

  Progress no_data;
  no_data.target = CityTarget{};
  EXPECT_EQ(JudgePhase(no_data, false).outcome, Outcome::kNoData);
  EXPECT_EQ(JudgePhase(Progress{}, false).outcome, Outcome::kNoTarget);
}

TEST(DustfallTest, NineTonnesIsTheLimit) {
  EXPECT_FALSE(DustfallExceedsLimit(D("9")));
  EXPECT_TRUE(DustfallExceedsLimit(D("9.01")));
  EXPECT_FALSE(DustfallExceedsLimit(D("3.2")));
}

}  // namespace
}  // namespace lantian::campaign
