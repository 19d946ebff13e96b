// The check of an emergency list (plan （五）): for each alert level and
// pollutant, the society-wide baseline, the reduction the list's measures
// achieve (Σ over lines of baseline × the measure's share; a stop is 100 %),
// the ratio, the share required (10 / 20 / 30 %), met or short by how much;
// and the reductions broken down by industry, grade and district. Exact:
// reductions are kept in kg·‰, so "met" compares integers.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include "emergency/list.hpp"

namespace lantian::emergency {

struct PollutantCheck {
  int64_t base_kg = 0;          // society-wide, kg/day
  int64_t reduction_units = 0;  // kg·‰ per day
  int required_permille = 0;
  bool Met() const { return reduction_units >= required_permille * base_kg; }
  double BaseT() const { return static_cast<double>(base_kg) / 1000.0; }
  double ReductionT() const { return static_cast<double>(reduction_units) / 1e6; }
  std::optional<double> Ratio() const;
  // How many t/day the list falls short by (0 when met).
  double ShortT() const;
};

struct LevelCheck {
  alert::Level level = alert::Level::kYellow;
  std::array<PollutantCheck, 4> pollutants{};
  bool Met() const;
};

// Reductions (kg·‰ per day) per level (yellow, orange, red) and pollutant.
using LevelReductions = std::array<PerPollutant, 3>;

struct ListCheck {
  std::string city;
  std::array<LevelCheck, 3> levels{};  // yellow, orange, red
  std::map<std::string, LevelReductions> by_industry;
  std::map<std::string, LevelReductions> by_grade;
  std::map<std::string, LevelReductions> by_district;
};

// Measures of lines or enterprises not on the list are left out (ValidateList
// reports them); of two measures of a line at one level, the first counts.
ListCheck CheckList(const EmergencyList& list, const Inventory& inventory);

}  // namespace lantian::emergency
