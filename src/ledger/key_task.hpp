// A quantified key task of the plan （八）-（二十）(key-tasks.csv): what must be
// achieved, where, by when, and how the achieved value compares with the target.
// Value type; the task ledger of later issues builds on it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"

namespace lantian::ledger {

// How an achieved value is judged against the target.
enum class Comparison { kAtLeast, kAtMost, kAbout };
std::string_view ComparisonSymbol(Comparison c);  // ">=", "<=", "~"
std::optional<Comparison> ParseComparison(std::string_view s);

struct KeyTask {
  std::string id;       // "T08-heating"
  std::string section;  // plan section, "八"
  std::string task_zh;
  std::string metric;  // "households_converted"
  std::string unit;    // "万户"
  std::string scope;   // "JJJ+FW", "河北省", "each city"
  core::Decimal target;
  std::string deadline;  // "2020-10-31" or "monthly"
  Comparison comparison = Comparison::kAtLeast;
  friend bool operator==(const KeyTask&, const KeyTask&) = default;
};

}  // namespace lantian::ledger
