#include "demo/synthetic_monitoring.hpp"

#include <gtest/gtest.h>

#include <map>

namespace lantian::demo {
namespace {

const SyntheticOutlet kOutlet{"MN1301001", 35, 50, 10, 16};
const core::Instant kFrom = *core::ParseInstant("2020-12-01 00:00:00");
const std::vector<std::pair<core::Instant, core::Instant>> kAlerts{
    {kFrom + 10 * 86400, kFrom + 13 * 86400}};

double Judged(const SyntheticHour& h, double value) {
  return value * (21.0 - kOutlet.reference_o2) / (21.0 - h.o2);
}

TEST(SyntheticMonitoringTest, DeterministicAndWithinLimitsWhenHonest) {
  auto a = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kNone);
  auto b = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kNone);
  ASSERT_EQ(a.hours.size(), 744u);
  EXPECT_EQ(a.hours[100].so2, b.hours[100].so2);
  int over = 0;
  for (const auto& h : a.hours) over += Judged(h, h.so2) > kOutlet.so2_limit;
  EXPECT_LT(over, 15);  // noise may cross now and then, rarely
}

TEST(SyntheticMonitoringTest, EachCheatLeavesItsMark) {
  auto pinned = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kPinnedUnderLimit);
  for (const auto& h : pinned.hours) {
    const double v = Judged(h, h.so2);
    EXPECT_GE(v, 0.94 * kOutlet.so2_limit);
    EXPECT_LE(v, kOutlet.so2_limit * 1.001);
  }
  auto flat = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kFlatLine);
  std::map<double, int> counts;
  for (const auto& h : flat.hours) ++counts[h.so2];
  int most = 0;
  for (const auto& [v, n] : counts) most = std::max(most, n);
  EXPECT_GE(most, 300);  // ten night hours a day at one value
  auto gaps = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kGaps);
  EXPECT_LT(gaps.hours.size(), 744u);
  auto flags = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kFlagAbuse);
  int flagged_in_alert = 0;
  for (const auto& h : flags.hours) {
    if (h.hour >= kAlerts[0].first && h.hour < kAlerts[0].second) flagged_in_alert += h.flag != 'N';
  }
  EXPECT_EQ(flagged_in_alert, 72);
  auto drop = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kDropAtAlert);
  auto honest = SyntheticOutletSeries(7, kOutlet, kFrom, 744, kAlerts, Cheat::kNone);
  EXPECT_LT(drop.hours[250].so2, 0.4 * honest.hours[250].so2);  // hour 250 is in the alert
}

TEST(SyntheticMonitoringTest, AboutOneOutletInFourCheats) {
  int cheats = 0;
  for (int i = 0; i < 400; ++i) cheats += CheatOf(7, "MN" + std::to_string(i)) != Cheat::kNone;
  EXPECT_GT(cheats, 70);
  EXPECT_LT(cheats, 130);
  EXPECT_EQ(CheatName(Cheat::kDropAtAlert), "drop-at-alert");
}

}  // namespace
}  // namespace lantian::demo
