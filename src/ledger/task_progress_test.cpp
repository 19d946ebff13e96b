#include "ledger/task_progress.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

core::Decimal D(std::string_view s) { return *core::Decimal::Parse(s); }
core::Date Day(std::string_view s) { return *core::ParseIsoDate(s); }

KeyTask Boilers() {
  return {"T15-boiler35", "十五", "燃煤锅炉淘汰", "remaining",        "台",
          "each city",    D("0"), "2020-12-31",   Comparison::kAtMost};
}
KeyTask Trucks() {
  return {"T13-diesel", "十三",       "淘汰柴油货车",      "trucks", "万辆", "JJJ+FW",
          D("100"),     "2020-12-31", Comparison::kAtLeast};
}

TaskUnit Leaf(std::string target, std::optional<std::string> start_value = std::nullopt) {
  TaskUnit u;
  u.unit = "130100";
  u.level = Level::kCity;
  u.target = D(target);
  u.deadline = "2020-12-31";
  u.start_date = "2020-10-01";
  if (start_value) u.start_value = D(*start_value);
  return u;
}

ProgressPoint Point(std::string due, std::string value, std::string filed) {
  return {Day(due), D(value), Day(filed)};
}

TEST(TaskProgressTest, DueDatesAreMonthEndsOrFridaysAndTheDeadline) {
  auto monthly =
      DueDates(Rhythm::kMonthly, Day("2020-10-15"), Day("2020-12-20"), Day("2021-01-31"));
  ASSERT_EQ(monthly.size(), 3u);
  EXPECT_EQ(core::FormatIsoDate(monthly[0]), "2020-10-31");
  EXPECT_EQ(core::FormatIsoDate(monthly[1]), "2020-11-30");
  EXPECT_EQ(core::FormatIsoDate(monthly[2]), "2020-12-20");
  auto weekly = DueDates(Rhythm::kWeekly, Day("2020-11-01"), Day("2020-11-30"), Day("2020-11-20"));
  ASSERT_EQ(weekly.size(), 3u);  // Fridays 6, 13, 20 November 2020
  EXPECT_EQ(core::FormatIsoDate(weekly[0]), "2020-11-06");
  EXPECT_EQ(core::FormatIsoDate(weekly[2]), "2020-11-20");
  EXPECT_EQ(DueDates(Rhythm::kMonthly, Day("2020-11-01"), std::nullopt, Day("2021-01-05")).size(),
            2u);
}

TEST(TaskProgressTest, ThePaceFromTheStartValueIsCarriedToTheDeadline) {
  // 12 boilers on 1 October, 8 left on 30 November: 4 in 60 days, 6 more by
  // 31 December (91 days in all) leaves 12 − 4 × 91/60 = 5.9333 — at risk.
  auto p = LeafProgress(
      Boilers(), Leaf("0", "12"),
      {Point("2020-10-31", "10", "2020-10-30"), Point("2020-11-30", "8", "2020-12-02")}, false,
      Day("2020-12-05"));
  EXPECT_EQ(p.status, TaskStatus::kAtRisk);
  EXPECT_EQ(p.projected, D("5.9333"));
  EXPECT_EQ(p.late, 1);
  EXPECT_TRUE(p.missing.empty());
  ASSERT_EQ(p.reasons.size(), 1u);
  EXPECT_EQ(p.reasons[0], "按目前进度预计到期完成 5.93 台，目标 <= 0");
  // Faster: 12 → 2 in 60 days reaches 0 in time.
  auto fast =
      LeafProgress(Boilers(), Leaf("0", "12"),
                   {Point("2020-10-31", "7", "2020-10-31"), Point("2020-11-30", "2", "2020-11-30")},
                   false, Day("2020-12-05"));
  EXPECT_EQ(fast.status, TaskStatus::kOnTrack);
  // The same pace with 31 October unreported: at risk for the missing report.
  auto gap = LeafProgress(Boilers(), Leaf("0", "12"), {Point("2020-11-30", "2", "2020-11-30")},
                          false, Day("2020-12-05"));
  EXPECT_EQ(gap.status, TaskStatus::kAtRisk);
  ASSERT_EQ(gap.reasons.size(), 1u);
  EXPECT_EQ(gap.reasons[0], "缺报 1 次（最近应报 2020-10-31）");
}

TEST(TaskProgressTest, AMissingReportPutsTheUnitAtRiskAndThePassedDeadlineOverdue) {
  auto p = LeafProgress(Trucks(), Leaf("10", "0"), {Point("2020-10-31", "5", "2020-10-31")}, false,
                        Day("2020-12-05"));
  EXPECT_EQ(p.status, TaskStatus::kAtRisk);
  ASSERT_EQ(p.missing.size(), 1u);
  EXPECT_EQ(core::FormatIsoDate(p.missing[0]), "2020-11-30");
  EXPECT_EQ(p.projected, D("15.1667"));  // 5 in 30 days, 91 days in all
  auto late = LeafProgress(Trucks(), Leaf("10", "0"), {Point("2020-10-31", "5", "2020-10-31")},
                           false, Day("2021-01-01"));
  EXPECT_EQ(late.status, TaskStatus::kOverdue);
  auto closed = LeafProgress(Trucks(), Leaf("10", "0"), {Point("2020-10-31", "5", "2020-10-31")},
                             true, Day("2021-01-01"));
  EXPECT_EQ(closed.status, TaskStatus::kDone);
}

TEST(TaskProgressTest, WithoutAStartValueThePaceNeedsTwoReports) {
  auto one = LeafProgress(Boilers(), Leaf("0"), {Point("2020-10-31", "10", "2020-10-31")}, false,
                          Day("2020-11-05"));
  EXPECT_EQ(one.projected, std::nullopt);
  EXPECT_EQ(one.status, TaskStatus::kOnTrack);
  auto two = LeafProgress(
      Boilers(), Leaf("0"),
      {Point("2020-10-31", "10", "2020-10-31"), Point("2020-11-30", "4", "2020-11-30")}, false,
      Day("2020-12-01"));
  EXPECT_EQ(two.projected, D("-2.2000"));  // 6 fewer a month: past zero by the deadline
  EXPECT_EQ(two.status, TaskStatus::kOnTrack);
}

TEST(TaskProgressTest, AnAboutTargetIsMetWithinFivePercent) {
  EXPECT_TRUE(Meets(Comparison::kAbout, D("1575"), D("1500")));
  EXPECT_FALSE(Meets(Comparison::kAbout, D("1575.1"), D("1500")));
  EXPECT_TRUE(Meets(Comparison::kAbout, D("1425"), D("1500")));
  EXPECT_FALSE(Meets(Comparison::kAbout, D("1424"), D("1500")));
}

TEST(TaskProgressTest, AParentOfAnAmountSumsItsChildrensPaceARateTakesTheWorst) {
  UnitProgress slow, fast;
  slow.status = TaskStatus::kAtRisk;
  slow.latest = D("20");
  slow.projected = D("40");
  fast.latest = D("55");
  fast.projected = D("70");
  auto root = Leaf("100");
  auto sum = ParentProgress(Trucks(), root, false, {slow, fast}, false, Day("2020-12-01"));
  EXPECT_EQ(sum.status, TaskStatus::kOnTrack);  // 40 + 70 reaches 100
  EXPECT_EQ(sum.latest, D("75"));
  EXPECT_EQ(sum.projected, D("110"));
  slow.projected = D("25");
  auto short_sum = ParentProgress(Trucks(), root, false, {slow, fast}, false, Day("2020-12-01"));
  EXPECT_EQ(short_sum.status, TaskStatus::kAtRisk);
  auto each = ParentProgress(Boilers(), Leaf("0"), true, {slow, fast}, false, Day("2020-12-01"));
  EXPECT_EQ(each.status, TaskStatus::kAtRisk);
  EXPECT_EQ(each.latest, std::nullopt);
  ASSERT_EQ(each.reasons.size(), 1u);
  EXPECT_EQ(each.reasons[0], "1 个下级单位进度滞后");
}

TEST(TaskProgressTest, AStandingMonthlyLimitIsJudgedOnTheLastMonth) {
  KeyTask dust{"T17-dustfall", "十七", "降尘",    "dust_fall",        "吨/月·平方公里",
               "each city",    D("9"), "monthly", Comparison::kAtMost};
  auto u = Leaf("9");
  u.deadline = "monthly";
  auto p = LeafProgress(
      dust, u, {Point("2020-10-31", "8.2", "2020-11-03"), Point("2020-11-30", "9.6", "2020-12-01")},
      false, Day("2020-12-10"));
  EXPECT_EQ(p.status, TaskStatus::kAtRisk);
  EXPECT_EQ(p.projected, std::nullopt);
  EXPECT_EQ(p.late, 2);
}

}  // namespace
}  // namespace lantian::ledger
