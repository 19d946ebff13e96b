// How well the detectors of falsified data (verify/detectors.hpp) find the
// cheats of the synthetic outlets (demo/synthetic_monitoring.hpp), whose truth
// is known: `outlets` outlets of December 2020 with three alert stretches,
// about one in four cheating in one of five ways, blatantly or subtly; for
// each detector, the
// outlets it flags (on SO2) against those with the cheat it is meant for.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/synthetic_monitoring.hpp"

namespace lantian::app {

struct DetectorScore {
  std::string detector;
  std::string cheat;     // the cheat it is meant to find
  int64_t cheating = 0;  // outlets with that cheat
  int64_t flagged = 0;   // outlets it flagged
  int64_t true_positives = 0;
  double precision() const { return flagged ? double(true_positives) / double(flagged) : 1.0; }
  double recall() const { return cheating ? double(true_positives) / double(cheating) : 1.0; }
};

struct DetectorEvaluation {
  int64_t outlets = 0;
  int64_t honest = 0;
  int64_t honest_flagged = 0;  // honest outlets flagged by any detector
  std::vector<DetectorScore> scores;
};

DetectorEvaluation EvaluateDetectors(uint64_t seed, int outlets,
                                     demo::Strength strength = demo::Strength::kBlatant);

}  // namespace lantian::app
