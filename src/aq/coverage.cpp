#include "aq/coverage.hpp"

namespace lantian::aq {

std::optional<core::Decimal> Coverage::Percent(int digits) const {
  if (expected <= 0) return std::nullopt;
  return core::RoundedRatio(core::Decimal::FromInt(present) * 100, core::Decimal::FromInt(expected),
                            digits);
}

}  // namespace lantian::aq
