// Did a treatment facility run whenever its production line ran? (issue 7
// §4, plan （二十）: 分表计电 — meters on production lines and on their
// desulphurisation, denitration and dust removal.) From the 15-minute loads of
// the line's meter and of the facility's meter:
//
//   running   a meter is running in a quarter hour when its load is at least
//             10 % of its own 95th-percentile load over the period, and at
//             least 1 kW (so that standby draw is not running);
//   violation a quarter hour in which the line runs and the facility does not;
//   verdict   compliant with no such quarter hour (one is tolerated: the two
//             meters' clocks may differ by a reading); suspected otherwise,
//             with the stretches; no data when the facility has readings for
//             fewer than 75 % of the quarter hours the line ran.
// Pure.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "verify/load.hpp"

namespace lantian::verify {

struct TreatmentCheck {
  LoadVerdict verdict = LoadVerdict::kNotChecked;
  int line_ran = 0;      // quarter hours the line ran
  int covered = 0;       // of them, with a reading of the facility
  int facility_off = 0;  // of them, with the facility off
  std::vector<std::pair<core::Instant, core::Instant>> stretches;  // (first end - 15 min, last end]
};

TreatmentCheck CheckTreatment(const LoadSeries& line, const LoadSeries& facility);

// The load at which `series` counts as running (rule above).
double RunningThreshold(const LoadSeries& series);

}  // namespace lantian::verify
