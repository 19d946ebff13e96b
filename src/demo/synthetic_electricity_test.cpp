#include "demo/synthetic_electricity.hpp"

#include <gtest/gtest.h>

namespace lantian::demo {
namespace {

const core::Instant kFrom = *core::ParseInstant("2020-12-01 00:00:00");
constexpr int kQuarters = 20 * 96;
// Days 10 and 11 under a limit of 30 %, day 15 under a stop.
const std::vector<AlertCut> kCuts{{kFrom + 10 * 86400, kFrom + 12 * 86400, 0.3},
                                  {kFrom + 15 * 86400, kFrom + 16 * 86400, 1.0}};

// Mean load of the quarter hours ending in (from, to].
double Mean(const std::map<core::Instant, double>& s, core::Instant from, core::Instant to) {
  double sum = 0;
  int n = 0;
  for (auto it = s.upper_bound(from); it != s.end() && it->first <= to; ++it, ++n)
    sum += it->second;
  return n ? sum / n : 0;
}

TEST(SyntheticElectricityTest, DeterministicWithAQuarterHourGrid) {
  auto a = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kNone);
  auto b = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kNone);
  ASSERT_EQ(a.line.size(), static_cast<size_t>(kQuarters));
  ASSERT_EQ(a.treatment.size(), static_cast<size_t>(kQuarters));
  EXPECT_EQ(a.line.begin()->first, kFrom + 900);  // keyed by the quarter hour's end
  EXPECT_EQ(a.line, b.line);
  auto other = SyntheticLineLoad(7, "E-130100-2", kFrom, kQuarters, kCuts, PowerCheat::kNone);
  EXPECT_NE(a.line, other.line);
}

TEST(SyntheticElectricityTest, AnObeyingLineCutsAtLeastWhatItsMeasureSays) {
  auto p = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kNone);
  const double before = Mean(p.line, kFrom + 3 * 86400, kFrom + 8 * 86400);
  const double limited = Mean(p.line, kFrom + 10 * 86400, kFrom + 12 * 86400);
  EXPECT_GT(before, 700);
  EXPECT_LE(limited / before, 0.72);
  EXPECT_GE(limited / before, 0.6);
  EXPECT_LT(Mean(p.line, kFrom + 15 * 86400, kFrom + 16 * 86400), 1.0);  // stopped: standby
  // The facility runs whenever the line does.
  for (const auto& [end, kw] : p.line) {
    if (kw > 4.0) {
      EXPECT_GT(p.treatment.at(end), 0.05 * kw);
    }
  }
}

TEST(SyntheticElectricityTest, EachCheatLeavesItsMark) {
  auto honest = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kNone);
  auto no_cut = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kNoCut);
  const double before = Mean(no_cut.line, kFrom + 3 * 86400, kFrom + 8 * 86400);
  EXPECT_GT(Mean(no_cut.line, kFrom + 15 * 86400, kFrom + 16 * 86400), 0.85 * before);
  auto off = SyntheticLineLoad(7, "E-130100-1", kFrom, kQuarters, kCuts, PowerCheat::kTreatmentOff);
  int off_while_running = 0, off_outside_alerts = 0;
  for (const auto& [end, kw] : off.line) {
    if (kw <= 4.0 || off.treatment.at(end) > 1.0) continue;
    const bool alert = end > kCuts[0].from && end <= kCuts[0].to;
    ++(alert ? off_while_running : off_outside_alerts);
  }
  EXPECT_EQ(off_while_running, 2 * 8 * 4);  // two nights of 21:00-05:00
  EXPECT_EQ(off_outside_alerts, 0);
  EXPECT_EQ(honest.line, off.line);  // the line itself obeys
}

TEST(SyntheticElectricityTest, AboutOneEnterpriseInFourCheats) {
  int cheats = 0, no_cut = 0;
  for (int i = 0; i < 2000; ++i) {
    const PowerCheat c = PowerCheatOf(7, "91130100MA0" + std::to_string(i));
    cheats += c != PowerCheat::kNone;
    no_cut += c == PowerCheat::kNoCut;
  }
  EXPECT_NEAR(cheats, 500, 80);
  EXPECT_NEAR(no_cut, 250, 60);
  EXPECT_EQ(PowerCheatName(PowerCheat::kTreatmentOff), "treatment-off");
}

}  // namespace
}  // namespace lantian::demo
