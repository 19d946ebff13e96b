// Lists where the values a provider published disagree with what lantian
// computes from the same hourly data (aq/published_check.hpp), with agreement
// rates per kind of value.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "aq/published_check.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct Agreement {
  int64_t compared = 0;      // both values present
  int64_t agreed = 0;        // equal
  int64_t within_one = 0;    // differ by at most one reporting unit
  int64_t not_computed = 0;  // published, but lantian has no value (no hourly data)
};

struct Mismatch {
  std::string station;
  std::string time;  // start of the hour of the published value
  aq::CheckKind kind;
  core::Decimal published;
  std::optional<core::Decimal> computed;
};

struct Comparison {
  std::array<Agreement, aq::kCheckKindCount> by_kind{};
  std::vector<Mismatch> mismatches;
};

core::Result<Comparison> ComparePublished(storage::Store& store, core::Period period,
                                          const std::optional<std::string>& station);

}  // namespace lantian::app
