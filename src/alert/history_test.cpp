#include "alert/history.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

core::Instant At(int day, int hour) {
  return core::Instant{(core::Date::FromYmd(2020, 12, day).days * int64_t{24} + hour) * 3600};
}

AlertStep Make(Step step, Level level, core::Instant at) {
  return {step, level, at, "city", "run-1", ""};
}

TEST(HistoryTest, PeriodsFromIssueToLift) {
  const std::vector<AlertStep> steps{
      Make(Step::kPropose, Level::kYellow, At(1, 8)),
      Make(Step::kLift, Level::kNone, At(1, 9)),  // a withdrawn proposal
      Make(Step::kIssue, Level::kOrange, At(2, 12)),
      Make(Step::kUpgrade, Level::kRed, At(3, 12)),
      Make(Step::kDowngrade, Level::kYellow, At(4, 12)),
      Make(Step::kLift, Level::kNone, At(5, 0)),
      Make(Step::kIssue, Level::kYellow, At(5, 20)),  // within 24 h of the lift
  };
  auto periods = AlertPeriods(steps);
  ASSERT_EQ(periods.size(), 2u);
  EXPECT_EQ(periods[0].issued_at, At(2, 12));
  EXPECT_EQ(periods[0].lifted_at, At(5, 0));
  EXPECT_EQ(periods[0].first_level, Level::kOrange);
  EXPECT_EQ(periods[0].max_level, Level::kRed);
  EXPECT_EQ(periods[0].last_level, Level::kYellow);
  EXPECT_FALSE(periods[0].back_to_back);
  EXPECT_TRUE(periods[1].back_to_back);
  EXPECT_FALSE(periods[1].lifted_at);

  const auto spans = LevelSpans(steps);
  ASSERT_EQ(spans.size(), 4u);  // orange, red, yellow (period 0); yellow (period 1)
  EXPECT_EQ(spans[0].from, At(2, 12));
  EXPECT_EQ(spans[0].to, At(3, 12));
  EXPECT_EQ(spans[0].level, Level::kOrange);
  EXPECT_EQ(spans[1].level, Level::kRed);
  EXPECT_EQ(spans[1].to, At(4, 12));
  EXPECT_EQ(spans[2].level, Level::kYellow);
  EXPECT_EQ(spans[2].to, At(5, 0));
  EXPECT_EQ(spans[2].period, 0u);
  EXPECT_EQ(spans[3].from, At(5, 20));
  EXPECT_FALSE(spans[3].to);
  EXPECT_EQ(spans[3].period, 1u);

  EXPECT_EQ(StatusAt(steps, At(3, 11)).level, Level::kOrange);
  EXPECT_EQ(StatusAt(steps, At(3, 12)).level, Level::kRed);
  EXPECT_EQ(StatusAt(steps, At(5, 1)).state, State::kNone);

  // Days 2, 3, 4 (a lift at midnight ends with the day before), then 5…7 up to now.
  const core::Period december{core::Date::FromYmd(2020, 12, 1), core::Date::FromYmd(2020, 12, 31)};
  auto days = AlertDays(periods, december, At(7, 6));
  ASSERT_EQ(days.size(), 6u);
  EXPECT_EQ(days.front(), core::Date::FromYmd(2020, 12, 2));
  EXPECT_EQ(days.back(), core::Date::FromYmd(2020, 12, 7));
  AlertCount c = CountAlerts(periods, december, At(7, 6));
  EXPECT_EQ(c.alerts, 2);
  EXPECT_EQ(c.alert_days, 6);
  EXPECT_EQ(c.longest_run, 6);
  EXPECT_EQ(c.back_to_back, 1);
  // Clipped to a phase that ends on the 3rd.
  AlertCount early =
      CountAlerts(periods, {december.first, core::Date::FromYmd(2020, 12, 3)}, At(7, 6));
  EXPECT_EQ(early.alerts, 1);
  EXPECT_EQ(early.alert_days, 2);
}

TEST(HistoryTest, LongestRunCountsGaps) {
  const std::vector<AlertStep> steps{
      Make(Step::kIssue, Level::kYellow, At(1, 12)), Make(Step::kLift, Level::kNone, At(2, 12)),
      Make(Step::kIssue, Level::kYellow, At(5, 12)), Make(Step::kLift, Level::kNone, At(8, 12))};
  auto periods = AlertPeriods(steps);
  AlertCount c = CountAlerts(
      periods, {core::Date::FromYmd(2020, 12, 1), core::Date::FromYmd(2020, 12, 31)}, At(20, 0));
  EXPECT_EQ(c.alert_days, 6);  // 1, 2, 5, 6, 7, 8
  EXPECT_EQ(c.longest_run, 4);
  EXPECT_EQ(c.back_to_back, 0);
}

}  // namespace
}  // namespace lantian::alert
