// City targets of a campaign phase （二）: the ceiling of the city's PM2.5 mean
// and of its number of heavy-pollution days, official (imported from the table
// published with the plan) or derived by the tier rule (campaign/tier_rule.hpp)
// from the city's baseline. Value types and the check of an official table.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/unit.hpp"
#include "core/decimal.hpp"

namespace lantian::campaign {

// The plan's two phases.
inline constexpr std::string_view kPhases[] = {"2020Q4", "2021Q1"};
bool IsPhase(std::string_view phase);

enum class TargetSource { kOfficial, kTierRule };
std::string_view TargetSourceName(TargetSource s);  // "official", "tier-rule"

// How the tier rule reached a target; shown beside it.
struct TargetDerivation {
  int tier = 0;        // PM2.5 tier, 1 = most polluted
  int heavy_tier = 0;  // heavy-day tier
  core::Decimal baseline_pm25;
  int baseline_heavy_days = 0;
  core::Decimal pm25_reduction_percent;  // including any stricter addition
  int heavy_days_reduction = 0;          // including any stricter addition
  std::string stricter_reason;           // "" unless the city got a stricter target
  friend bool operator==(const TargetDerivation&, const TargetDerivation&) = default;
};

struct CityTarget {
  std::string city_code;
  std::string phase;                           // "2020Q4", "2021Q1"
  core::Decimal pm25;                          // µg/m³: the phase mean may not exceed it
  int heavy_days = 0;                          // days with daily AQI > 200 the phase may have
  std::optional<core::Decimal> baseline_pm25;  // as the table or the derivation gives it
  std::optional<int> baseline_heavy_days;
  TargetSource source = TargetSource::kOfficial;
  std::optional<TargetDerivation> derivation;  // tier-rule targets only
  std::string note;
  friend bool operator==(const CityTarget&, const CityTarget&) = default;
};

// Range limits of a target table's numbers.
inline constexpr int kMaxPm25 = 1000;       // µg/m³
inline constexpr int kMaxDaysInPhase = 92;  // heavy days cannot exceed a phase's days

// One problem of a target table: the row (0-based index into the checked rows;
// -1 for the table as a whole), the field, and what is wrong.
struct TableProblem {
  int row = -1;
  std::string field;
  std::string message;
};

// Checks an official table of one or both phases against the plan's units:
// every city is a plan unit and appears at most once per phase, every 2+26 and
// Fenwei city is present for each phase the table covers, numbers are in range.
std::vector<TableProblem> CheckTargetTable(std::span<const CityTarget> rows,
                                           std::span<const Unit> units);

}  // namespace lantian::campaign
