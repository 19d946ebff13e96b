// The individual air quality index (IAQI) of one concentration, HJ 633-2012 §5.1
// formula (1): IAQI = (IAQI_hi − IAQI_lo)/(BP_hi − BP_lo) × (C − BP_lo) + IAQI_lo,
// rounded up to an integer. The concentration is first rounded half to even to its
// reporting precision (GB/T 8170; integers, CO 0.1). Exact integer arithmetic.
#pragma once

#include <optional>

#include "aq/breakpoints.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

// The IAQI of `concentration` (≥ 0) for `metric`, or nullopt where the table gives
// no sub-index (SO2 1h above 800, O3 8h above 800). Above the last breakpoint of
// other metrics the IAQI is 500.
std::optional<int> Iaqi(const BreakpointTable& table, Metric metric, core::Decimal concentration);

}  // namespace lantian::aq
