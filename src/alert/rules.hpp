// The alert rule as data (domain.md §6): each level holds conditions, any one of
// which qualifies an episode; a condition asks for at least so many forecast
// days with AQI > 200, > 300 and ≥ 500 (0 = no demand). The strictest level an
// episode qualifies for is its level. Runs of days over 200 separated by no
// more than `merge_gap_days` days at or below 200 are one episode ("two
// episodes whose gap is too short to clear the first count as one").
//
// The national default (plan （六）):
//   red     ≥ 4 days > 200 and ≥ 2 days > 300; or ≥ 1 day ≥ 500
//   orange  ≥ 3 days > 200 and ≥ 1 day > 300
//   yellow  ≥ 2 days > 200
//   blue    ≥ 1 day > 200 (disabled by default)
// A city or region may load a stricter rule, never a milder one (IsAtLeastAsStrict).
#pragma once

#include <string>
#include <vector>

#include "alert/level.hpp"
#include "core/status.hpp"

namespace lantian::alert {

struct Condition {
  int days_over_200 = 0;
  int days_over_300 = 0;
  int days_at_500 = 0;  // days with AQI ≥ 500
  friend bool operator==(const Condition&, const Condition&) = default;
};

struct LevelRule {
  Level level = Level::kNone;
  bool enabled = true;
  std::vector<Condition> any_of;
  friend bool operator==(const LevelRule&, const LevelRule&) = default;
};

struct AlertRules {
  int merge_gap_days = 1;
  std::vector<LevelRule> levels;  // any order; none is not a rule
  friend bool operator==(const AlertRules&, const AlertRules&) = default;
};

AlertRules NationalDefault();

// Each level at most once, not "none"; every enabled level has a condition;
// each condition demands something; counts and the gap are not negative and at
// most 31 days.
core::Status CheckRules(const AlertRules& rules);

// Whether every episode gets at least the level `base` gives it under `rules`:
// each enabled condition of `base` is implied by some enabled condition of
// `rules` at the same or a stricter level (demanding no more days of each
// kind), and `rules` merges at least the gaps `base` merges. A sufficient
// check; the message names the first condition not covered.
core::Status IsAtLeastAsStrict(const AlertRules& rules, const AlertRules& base);

}  // namespace lantian::alert
