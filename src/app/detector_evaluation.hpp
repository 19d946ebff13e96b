// How well the detectors of falsified data (verify/detectors.hpp) find the
// cheats of the synthetic outlets (demo/synthetic_monitoring.hpp), whose truth
// is known: `outlets` outlets of December 2020 with three alert stretches,
// about one in four cheating in one of five ways, blatantly or subtly — and,
// with a daily load from the works' meters, one honest outlet in ten hiding
// its busy days behind typed-in concentrations (for load-inverse); for each
// detector, the outlets it flags (on SO2) against those with the cheat it is
// meant for.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/synthetic_monitoring.hpp"
#include "storage/store.hpp"

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

// How well the station-tampering detector (verify/station_tampering.hpp)
// finds tampered ambient stations: the store's stations (where they stand;
// background stations left out) with the synthetic season's PM2.5 of
// December 2020 and January 2021 (demo/synthetic_season.hpp); about one in
// twenty tampered from a polluted day on — read at 25-45 % of the air for 2
// to 5 days (blatant) or at 50-65 % for 2 or 3 (subtle); a station counts
// as flagged with any finding.
struct StationDetectorEvaluation {
  int64_t stations = 0;
  int64_t tampered = 0;
  int64_t flagged = 0;
  int64_t true_positives = 0;
  double precision() const { return flagged ? double(true_positives) / double(flagged) : 1.0; }
  double recall() const { return tampered ? double(true_positives) / double(tampered) : 1.0; }
};

core::Result<StationDetectorEvaluation> EvaluateStationDetector(
    storage::Store& store, uint64_t seed, demo::Strength strength = demo::Strength::kBlatant);

}  // namespace lantian::app
