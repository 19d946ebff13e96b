// The tier rule of plan （二）: when no official table of city targets is
// loaded, cities are put into tiers by their baseline pollution (the same quarter
// of 2019), and each tier has its required reduction (the plan: 6 tiers, 1
// percentage point of PM2.5 and 2 heavy-pollution days apart; "浓度高的多降、
// 浓度低的少降"). lantian reads the tiers as two ladders: the PM2.5 tier by the
// baseline PM2.5, the heavy-day tier by the baseline heavy days, so that a city
// with few heavy days is not asked to cut more days than it had. Cities behind their 13th
// five-year-plan trajectory get a stricter target. The boundaries, rates and steps are
// configuration (data/tier-rule.csv, data/stricter-targets.csv): the official numbers were not
// published with the text lantian has (../shared/realdata/facts.md §1.5, §1.10).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "campaign/city_target.hpp"
#include "core/decimal.hpp"
#include "core/status.hpp"

namespace lantian::campaign {

struct Tier {
  std::string phase;
  int tier = 0;                          // 1 = most polluted
  core::Decimal baseline_pm25_from;      // a city is in the first tier whose bound it reaches
  core::Decimal pm25_reduction_percent;  // at most one decimal place
  int baseline_heavy_days_from = 0;      // the same for the heavy-day ladder
  int heavy_days_reduction = 0;
  friend bool operator==(const Tier&, const Tier&) = default;
};

// A city held to a stricter target, for one phase or both ("" phase).
struct StricterTarget {
  std::string city_code;
  std::string phase;
  core::Decimal extra_pm25_percent;  // at most one decimal place
  int extra_heavy_days = 0;
  std::string reason;
  friend bool operator==(const StricterTarget&, const StricterTarget&) = default;
};

// The tiers of `phase`, ordered 1, 2, … Checks that tiers are numbered 1…n
// without gaps, both ladders' bounds fall strictly from tier to tier down to 0
// in the last, reductions do not grow from tier to tier, percentages lie in [0, 100) with at
// most one decimal place and day reductions are not negative.
core::Result<std::vector<Tier>> TiersOf(std::span<const Tier> rule, std::string_view phase);
core::Status CheckTierRule(std::span<const Tier> rule);
core::Status CheckStricterTargets(std::span<const StricterTarget> stricter);

// The stricter entry of a city for a phase (one naming the phase wins over one
// for both phases), or nullptr.
const StricterTarget* StricterFor(std::span<const StricterTarget> stricter,
                                  std::string_view city_code, std::string_view phase);

// Derives a city's target: PM2.5 tier by baseline PM2.5, PM2.5 target =
// baseline × (1 − reduction%) rounded half to even to an integer; heavy-day
// tier by baseline heavy days, heavy-day target = baseline heavy days −
// reduction, not below 0. `tiers` from TiersOf.
CityTarget DeriveCityTarget(std::span<const Tier> tiers, const std::string& city_code,
                            const std::string& phase, core::Decimal baseline_pm25,
                            int baseline_heavy_days, const StricterTarget* stricter);

}  // namespace lantian::campaign
