#include "app/detector_evaluation.hpp"

#include <gtest/gtest.h>

namespace lantian::app {
namespace {

// The detectors must find the synthetic cheats they are meant for and leave
// the honest outlets alone; docs/standards.md §13 has the figures at 2,000.
TEST(DetectorEvaluationTest, EachDetectorFindsItsCheatAndSparesTheHonest) {
  const DetectorEvaluation e = EvaluateDetectors(1, 400);
  EXPECT_EQ(e.outlets, 400);
  EXPECT_GT(e.honest, 250);
  EXPECT_LE(e.honest_flagged, e.honest / 50);
  ASSERT_EQ(e.scores.size(), 6u);
  EXPECT_EQ(e.scores.back().detector, "load-inverse");
  for (const auto& s : e.scores) {
    EXPECT_GT(s.cheating, 5) << s.detector;
    EXPECT_GE(s.precision(), 0.9) << s.detector;
    EXPECT_GE(s.recall(), 0.9) << s.detector;
  }
}

// Cheats that try to hide are missed more often, but the honest are still spared.
TEST(DetectorEvaluationTest, SubtleCheatsAreMissedMoreButNothingHonestIsFlagged) {
  const DetectorEvaluation e = EvaluateDetectors(1, 400, demo::Strength::kSubtle);
  EXPECT_LE(e.honest_flagged, e.honest / 50);
  for (const auto& s : e.scores) EXPECT_GE(s.precision(), 0.9) << s.detector;
  const auto flags = e.scores[4];
  ASSERT_EQ(flags.detector, "flag-overuse");
  EXPECT_LT(flags.recall(), 0.9);  // a fifth of the alert hours flagged sits at the threshold
}

}  // namespace
}  // namespace lantian::app
