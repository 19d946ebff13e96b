// Statistics over a period of daily values (a month, a quarter, a campaign phase,
// a year): the period mean, HJ 663-2013 percentiles, and the validity rule of
// GB 3095-2012 Table 4 (324 daily values a year, 27 a month, 25 in February).
// Inputs are reported daily values; results are rounded once, half to even.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/decimal.hpp"

namespace lantian::aq {

inline constexpr int kMinDaysPerYear = 324;
inline constexpr int kMinDaysPerMonth = 27;
inline constexpr int kMinDaysPerFebruary = 25;

// Mean of the present values rounded to `digits`; nullopt when none is present.
std::optional<core::Decimal> PeriodMean(std::span<const std::optional<core::Decimal>> daily,
                                        int digits);

// The p-th percentile (0 < percent ≤ 100) by HJ 663-2013: sort ascending,
// k = 1 + (n − 1)·p, s = ⌊k⌋, m_p = X(s) + (X(s+1) − X(s))·(k − s); rounded to
// `digits`. nullopt for no values.
std::optional<core::Decimal> Percentile(std::vector<core::Decimal> values, int percent, int digits);

// Minimum valid days for a calendar month (1..12) per GB 3095-2012 Table 4.
int MinValidDaysInMonth(int month);

}  // namespace lantian::aq
