// Synthetic 15-minute electricity readings of a production line and of its
// treatment facility for the demo (issue 7 §6), as the grid company's meters
// (分表计电) would report them: the line around its usual load with a daily
// cycle and noise, cut during the city's alerts by the share its measure
// takes away (a stop leaves standby draw), the facility drawing a share of
// the line's load whenever the line runs. Some enterprises cheat, each in one
// of the ways the plan's inspections found: production carried on through
// the alert (no cut), or the treatment facility switched off at night while
// the line runs. Pure and deterministic in (seed, meter).
#pragma once

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::demo {

enum class PowerCheat { kNone, kNoCut, kTreatmentOff };
std::string_view PowerCheatName(PowerCheat c);  // none, no-cut, treatment-off

// The cheat (if any) of an enterprise: about one in four, half of them each way.
PowerCheat PowerCheatOf(uint64_t seed, std::string_view enterprise);

// A stretch of an alert [from, to) and the share of output the line's measure
// at that level takes away (0 when it sets no load).
struct AlertCut {
  core::Instant from, to;
  double cut = 0;
};

// Average kW of each quarter hour, keyed by the quarter hour's end (as
// verify::LoadSeries).
struct SyntheticLinePower {
  std::map<core::Instant, double> line;
  std::map<core::Instant, double> treatment;
};

// `quarters` quarter hours from `from` (a quarter-hour boundary); `meter` names
// the line's meter and seeds its usual load (800 to 6,000 kW).
SyntheticLinePower SyntheticLineLoad(uint64_t seed, std::string_view meter, core::Instant from,
                                     int quarters, const std::vector<AlertCut>& cuts,
                                     PowerCheat cheat);

}  // namespace lantian::demo
