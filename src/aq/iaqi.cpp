#include "aq/iaqi.hpp"

#include <cassert>

namespace lantian::aq {

std::optional<int> Iaqi(const BreakpointTable& table, Metric metric, core::Decimal concentration) {
  assert(!concentration.IsNegative());
  const core::Decimal c = concentration.RoundHalfEven(ReportDigits(PollutantOf(metric)));
  const MetricBreakpoints& bp = table.For(metric);
  for (size_t i = 1; i < kIaqiLevels.size(); ++i) {
    if (!bp.concentration[i]) break;
    const core::Decimal hi = core::Decimal::FromInt(*bp.concentration[i]);
    if (c > hi) continue;
    const core::Decimal lo = core::Decimal::FromInt(*bp.concentration[i - 1]);
    const core::Int128 num = core::Int128{kIaqiLevels[i] - kIaqiLevels[i - 1]} * (c - lo).units();
    const core::Int128 den = (hi - lo).units();
    return kIaqiLevels[i - 1] + static_cast<int>(core::DivideCeil(num, den));
  }
  if (bp.above == AboveTable::kNoSubIndex) return std::nullopt;
  return 500;
}

}  // namespace lantian::aq
