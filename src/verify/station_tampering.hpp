// The station-tampering pattern (issue 7 §5; domain.md §8: "a monitoring
// station reading far below its neighbours"): an ambient station whose
// samplers were covered, sprayed or moved reads far below the stations around
// it while the air is bad — the days there is something to hide. Logic
// (docs/standards.md §13):
//   neighbours   the other stations within 50 km with a value that day; a
//                day is compared when at least 3 have one;
//   ratio        the station's daily PM2.5 ÷ its neighbours' median;
//   usual        the median of its ratios over the period (at least 10
//                compared days): stations differ for good reasons (a park,
//                a kerb), so each is compared with itself;
//   suspicious   a day whose neighbours' median is at least 75 µg/m³ (a
//                polluted day, by GB 3095 the daily limit of grade II) and
//                whose ratio is under half the usual;
//   finding      a suspicious day, or a run of them (one finding for the
//                run): requiring two in a row missed most of the synthetic
//                tampering, which begins as an episode ends.
// Pure.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::verify {

struct StationDays {
  std::string code;
  double lat = 0, lon = 0;
  std::map<core::Date, double> pm25;  // daily means, µg/m³
};

struct StationTamperingOptions {
  double radius_km = 50;
  int min_neighbours = 3;
  double polluted = 75;
  double fraction = 0.5;
  int min_days = 1;
  int min_history = 10;
};

struct StationFinding {
  std::string station;
  core::Date from, to;  // the suspicious days, inclusive
  std::string evidence;
};

// Great-circle distance (spherical Earth, R = 6371 km).
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

std::vector<StationFinding> DetectLowStations(const std::vector<StationDays>& stations,
                                              const StationTamperingOptions& options = {});

}  // namespace lantian::verify
