#include "campaign/ranking.hpp"

#include <algorithm>

namespace lantian::campaign {
namespace {

// Indices of the entries with a value, in order (ties keep input order).
std::vector<size_t> Order(std::span<const std::optional<core::Decimal>> keys, bool ascending) {
  std::vector<size_t> idx;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (keys[i]) idx.push_back(i);
  }
  std::stable_sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
    return ascending ? *keys[a] < *keys[b] : *keys[a] > *keys[b];
  });
  return idx;
}

std::vector<size_t> TopN(std::span<const std::optional<core::Decimal>> keys, int n,
                         bool ascending) {
  auto ranks = CompetitionRanks(keys, ascending);
  std::vector<size_t> out;
  for (size_t i : Order(keys, ascending)) {
    if (*ranks[i] <= n) out.push_back(i);
  }
  return out;
}

}  // namespace

std::vector<std::optional<int>> CompetitionRanks(std::span<const std::optional<core::Decimal>> keys,
                                                 bool ascending) {
  std::vector<std::optional<int>> ranks(keys.size());
  auto idx = Order(keys, ascending);
  for (size_t pos = 0; pos < idx.size(); ++pos) {
    const bool tied = pos > 0 && *keys[idx[pos]] == *keys[idx[pos - 1]];
    ranks[idx[pos]] = tied ? *ranks[idx[pos - 1]] : static_cast<int>(pos) + 1;
  }
  return ranks;
}

std::vector<size_t> BestN(std::span<const std::optional<core::Decimal>> keys, int n) {
  return TopN(keys, n, true);
}

std::vector<size_t> WorstN(std::span<const std::optional<core::Decimal>> keys, int n) {
  return TopN(keys, n, false);
}

}  // namespace lantian::campaign
