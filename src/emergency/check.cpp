#include "emergency/check.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lantian::emergency {
namespace {}  // namespace

std::optional<double> PollutantCheck::Ratio() const {
  if (base_kg == 0) return std::nullopt;
  return static_cast<double>(reduction_units) / (static_cast<double>(base_kg) * 1000.0);
}

double PollutantCheck::ShortT() const {
  const int64_t gap = required_permille * base_kg - reduction_units;  // kg·‰
  return gap > 0 ? static_cast<double>(gap) / 1e6 : 0.0;
}

bool LevelCheck::Met() const {
  return std::all_of(pollutants.begin(), pollutants.end(),
                     [](const PollutantCheck& p) { return p.Met(); });
}

ListCheck CheckList(const EmergencyList& list, const Inventory& inventory) {
  ListCheck c;
  c.city = list.city.empty() ? inventory.city : list.city;
  for (size_t i = 0; i < kListLevels.size(); ++i) {
    c.levels[i].level = kListLevels[i];
    for (Pollutant p : kPollutants) {
      PollutantCheck& pc = c.levels[i].pollutants[static_cast<int>(p)];
      pc.base_kg = inventory.kg[static_cast<int>(p)];
      pc.required_permille = RequiredPermille(kListLevels[i]);
    }
  }
  // Enterprises by code, each with its lines; reductions summed per enterprise
  // first, then into the breakdowns (one map lookup per enterprise, not per measure).
  std::unordered_map<std::string_view, size_t> enterprise_of;
  enterprise_of.reserve(list.enterprises.size());
  for (size_t i = 0; i < list.enterprises.size(); ++i) {
    enterprise_of.emplace(list.enterprises[i].credit_code, i);
  }
  std::vector<std::vector<size_t>> lines_of(list.enterprises.size());
  for (size_t i = 0; i < list.lines.size(); ++i) {
    auto it = enterprise_of.find(list.lines[i].enterprise);
    if (it != enterprise_of.end()) lines_of[it->second].push_back(i);
  }
  std::vector<LevelReductions> per_enterprise(list.enterprises.size(), LevelReductions{});
  std::vector<uint8_t> counted(list.lines.size(), 0);  // bit per level already counted
  for (const Measure& m : list.measures) {
    const int level = ListLevelIndex(m.level);
    if (level < 0) continue;
    auto e = enterprise_of.find(m.enterprise);
    if (e == enterprise_of.end()) continue;
    size_t line_index = list.lines.size();
    for (size_t i : lines_of[e->second]) {
      if (list.lines[i].id == m.line) {
        line_index = i;
        break;
      }
    }
    if (line_index == list.lines.size() || (counted[line_index] & (1u << level))) continue;
    counted[line_index] |= static_cast<uint8_t>(1u << level);
    const Line& line = list.lines[line_index];
    for (int k = 0; k < 4; ++k) {
      const int64_t cut = line.baseline_kg[k] * std::clamp<int64_t>(m.permille[k], 0, 1000);
      c.levels[level].pollutants[k].reduction_units += cut;
      per_enterprise[e->second][level][k] += cut;
    }
  }
  for (size_t i = 0; i < list.enterprises.size(); ++i) {
    const Enterprise& e = list.enterprises[i];
    for (auto* breakdown :
         {&c.by_industry[e.industry], &c.by_grade[std::string(GradeName(e.grade))],
          &c.by_district[e.district]}) {
      for (int level = 0; level < 3; ++level) {
        for (int k = 0; k < 4; ++k) (*breakdown)[level][k] += per_enterprise[i][level][k];
      }
    }
  }
  return c;
}

}  // namespace lantian::emergency
