#include "aq/period_statistics.hpp"

#include <algorithm>
#include <cassert>

namespace lantian::aq {

std::optional<core::Decimal> PeriodMean(std::span<const std::optional<core::Decimal>> daily,
                                        int digits) {
  core::Decimal sum;
  int64_t n = 0;
  for (const auto& v : daily) {
    if (v) {
      sum += *v;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return core::RoundedMean(sum, n, digits);
}

std::optional<core::Decimal> Percentile(std::vector<core::Decimal> values, int percent,
                                        int digits) {
  assert(percent > 0 && percent <= 100);
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const int64_t n = static_cast<int64_t>(values.size());
  // k − 1 = (n − 1)·percent/100 = whole + fraction/100
  const int64_t scaled = (n - 1) * percent;
  const int64_t whole = scaled / 100;  // s − 1, a 0-based index
  const int64_t fraction = scaled % 100;
  const core::Decimal lo = values[static_cast<size_t>(whole)];
  const core::Decimal hi = fraction == 0 ? lo : values[static_cast<size_t>(whole + 1)];
  return core::RoundedInterpolation(lo, hi, fraction, 100, digits);
}

int MinValidDaysInMonth(int month) { return month == 2 ? kMinDaysPerFebruary : kMinDaysPerMonth; }

}  // namespace lantian::aq
