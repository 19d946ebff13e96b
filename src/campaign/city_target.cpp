#include "campaign/city_target.hpp"

#include <map>
#include <set>

namespace lantian::campaign {

bool IsPhase(std::string_view phase) {
  for (auto p : kPhases) {
    if (p == phase) return true;
  }
  return false;
}

std::string_view TargetSourceName(TargetSource s) {
  return s == TargetSource::kOfficial ? "official" : "tier-rule";
}

std::vector<TableProblem> CheckTargetTable(std::span<const CityTarget> rows,
                                           std::span<const Unit> units) {
  std::vector<TableProblem> problems;
  std::map<std::string, const Unit*> by_code;
  for (const auto& u : units) by_code[u.code] = &u;
  std::map<std::pair<std::string, std::string>, int> seen;  // (phase, city) → row
  std::set<std::string> phases;
  const core::Decimal max_pm25 = core::Decimal::FromInt(kMaxPm25);
  for (size_t i = 0; i < rows.size(); ++i) {
    const CityTarget& t = rows[i];
    const int row = static_cast<int>(i);
    if (!IsPhase(t.phase)) {
      problems.push_back({row, "phase", "phase must be 2020Q4 or 2021Q1, not '" + t.phase + "'"});
    } else {
      phases.insert(t.phase);
    }
    if (!by_code.count(t.city_code)) {
      problems.push_back({row, "city", "'" + t.city_code + "' is not a unit of the plan"});
    } else if (IsPhase(t.phase)) {
      auto [it, inserted] = seen.emplace(std::pair(t.phase, t.city_code), row);
      if (!inserted) {
        problems.push_back({row, "city",
                            t.city_code + " " + t.phase + " appears twice (first on row " +
                                std::to_string(it->second + 1) + ")"});
      }
    }
    if (t.pm25 <= core::Decimal() || t.pm25 > max_pm25) {
      problems.push_back({row, "pm25_target",
                          "PM2.5 target " + t.pm25.ToString() + " is outside (0, 1000] µg/m³"});
    }
    if (t.heavy_days < 0 || t.heavy_days > kMaxDaysInPhase) {
      problems.push_back(
          {row, "heavy_days_target",
           "heavy-day target " + std::to_string(t.heavy_days) + " is outside 0…92 days"});
    }
    if (t.baseline_pm25 && (*t.baseline_pm25 <= core::Decimal() || *t.baseline_pm25 > max_pm25)) {
      problems.push_back(
          {row, "baseline_pm25",
           "baseline PM2.5 " + t.baseline_pm25->ToString() + " is outside (0, 1000] µg/m³"});
    }
    if (t.baseline_heavy_days && (*t.baseline_heavy_days < 0 || *t.baseline_heavy_days > 92)) {
      problems.push_back({row, "baseline_heavy_days",
                          "baseline heavy days " + std::to_string(*t.baseline_heavy_days) +
                              " is outside 0…92 days"});
    }
  }
  for (const auto& phase : phases) {
    for (const auto& u : units) {
      if (NeedsCityTarget(u) && !seen.count({phase, u.code})) {
        problems.push_back({-1, "city",
                            "no " + phase + " target for " + u.code + " " + u.name_zh +
                                " (every 2+26 and Fenwei city needs one)"});
      }
    }
  }
  return problems;
}

}  // namespace lantian::campaign
