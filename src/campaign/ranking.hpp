// Rankings of cities (城市环境空气质量排名技术规定; 变化程度排名方案): sorted
// by a value, lower first for the composite index, PM2.5 and their change;
// equal values share a rank and the next rank skips (并列, "1224"). Cities
// without a value are not ranked. Best and worst N keep every city tied at the
// boundary.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/decimal.hpp"

namespace lantian::campaign {

// Rank of each entry (1 = lowest value when `ascending`), nullopt without a value.
std::vector<std::optional<int>> CompetitionRanks(std::span<const std::optional<core::Decimal>> keys,
                                                 bool ascending = true);

// Indices of the entries ranked 1…n (best) or last…last−n+1 (worst), in rank
// order; ties at the boundary are all included.
std::vector<size_t> BestN(std::span<const std::optional<core::Decimal>> keys, int n);
std::vector<size_t> WorstN(std::span<const std::optional<core::Decimal>> keys, int n);

}  // namespace lantian::campaign
