#include "alert/lifecycle.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

core::Instant At(int day, int hour) {
  return core::Instant{(core::Date::FromYmd(2020, 12, day).days * int64_t{24} + hour) * 3600};
}

AlertStep Make(Step step, Level level, core::Instant at) {
  return {step, level, at, "石家庄市生态环境局", "CNEMC-2020-12-01T08", ""};
}

TEST(LifecycleTest, ProposeIssueUpgradeDowngradeLift) {
  AlertStatus s;
  auto p = ApplyStep(s, Make(Step::kPropose, Level::kOrange, At(1, 9)));
  ASSERT_TRUE(p) << p.error().message();
  EXPECT_EQ(p->state, State::kProposed);
  auto i = ApplyStep(*p, Make(Step::kIssue, Level::kOrange, At(1, 12)));
  ASSERT_TRUE(i);
  EXPECT_EQ(i->state, State::kIssued);
  EXPECT_EQ(i->issued_at, At(1, 12));
  auto u = ApplyStep(*i, Make(Step::kUpgrade, Level::kRed, At(2, 12)));
  ASSERT_TRUE(u);
  EXPECT_EQ(u->level, Level::kRed);
  auto d = ApplyStep(*u, Make(Step::kDowngrade, Level::kYellow, At(3, 12)));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->level, Level::kYellow);
  auto l = ApplyStep(*d, Make(Step::kLift, Level::kNone, At(4, 12)));
  ASSERT_TRUE(l);
  EXPECT_EQ(l->state, State::kNone);
  // Issued directly, without a proposal.
  EXPECT_TRUE(ApplyStep(AlertStatus{}, Make(Step::kIssue, Level::kYellow, At(1, 9))));
}

TEST(LifecycleTest, StepsThatAreRefused) {
  AlertStatus none;
  auto lift = ApplyStep(none, Make(Step::kLift, Level::kNone, At(1, 9)));
  ASSERT_FALSE(lift);
  EXPECT_EQ(lift.error().code(), core::ErrorCode::kConflict);
  EXPECT_NE(lift.error().message().find("no alert was issued"), std::string::npos);
  EXPECT_FALSE(ApplyStep(none, Make(Step::kUpgrade, Level::kRed, At(1, 9))));

  AlertStatus orange = *ApplyStep(none, Make(Step::kIssue, Level::kOrange, At(1, 9)));
  auto lower = ApplyStep(orange, Make(Step::kUpgrade, Level::kYellow, At(1, 10)));
  ASSERT_FALSE(lower);
  EXPECT_NE(lower.error().message().find("upgrading orange to yellow is not an upgrade"),
            std::string::npos);
  EXPECT_FALSE(ApplyStep(orange, Make(Step::kUpgrade, Level::kOrange, At(1, 10))));
  EXPECT_FALSE(ApplyStep(orange, Make(Step::kDowngrade, Level::kRed, At(1, 10))));
  EXPECT_FALSE(ApplyStep(orange, Make(Step::kIssue, Level::kRed, At(1, 10))));
  EXPECT_FALSE(ApplyStep(orange, Make(Step::kPropose, Level::kRed, At(1, 10))));
  // Time does not run backwards; every step names who and the forecast.
  EXPECT_EQ(ApplyStep(orange, Make(Step::kLift, Level::kNone, At(1, 8))).error().field(), "at");
  AlertStep anonymous = Make(Step::kLift, Level::kNone, At(2, 8));
  anonymous.who.clear();
  EXPECT_EQ(ApplyStep(orange, anonymous).error().field(), "who");
  AlertStep no_forecast = Make(Step::kLift, Level::kNone, At(2, 8));
  no_forecast.forecast_run.clear();
  EXPECT_EQ(ApplyStep(orange, no_forecast).error().field(), "forecast_run");
  EXPECT_EQ(ApplyStep(orange, Make(Step::kLift, Level::kRed, At(2, 8))).error().field(), "level");
}

TEST(LifecycleTest, LeadTimeAndUnsupportedAlerts) {
  // Episode from 12-03 00:00: issued 12-02 00:00 is exactly 24 h ahead.
  EXPECT_EQ(JudgeLeadTime(At(2, 0), At(3, 0), At(1, 8)), LeadTime::kInTime);
  EXPECT_EQ(JudgeLeadTime(At(2, 1), At(3, 0), At(1, 8)), LeadTime::kLate);
  // The forecast itself came 12 h before the start: late, explained.
  EXPECT_EQ(JudgeLeadTime(At(2, 14), At(3, 0), At(2, 12)), LeadTime::kLateForecast);

  AlertStatus red = *ApplyStep(AlertStatus{}, Make(Step::kIssue, Level::kRed, At(1, 9)));
  EXPECT_TRUE(IsUnsupported(red, Level::kOrange));
  EXPECT_TRUE(IsUnsupported(red, Level::kNone));
  EXPECT_FALSE(IsUnsupported(red, Level::kRed));
  AlertStatus proposed = *ApplyStep(AlertStatus{}, Make(Step::kPropose, Level::kRed, At(1, 9)));
  EXPECT_FALSE(IsUnsupported(proposed, Level::kNone));  // not in force
}

}  // namespace
}  // namespace lantian::alert
