#include "emergency/check.hpp"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace lantian::emergency {
namespace {

int LevelIndex(alert::Level l) {
  for (size_t i = 0; i < kListLevels.size(); ++i) {
    if (kListLevels[i] == l) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

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
  std::unordered_map<std::string, const Enterprise*> enterprise_of;
  enterprise_of.reserve(list.enterprises.size());
  for (const Enterprise& e : list.enterprises) enterprise_of.emplace(e.credit_code, &e);
  std::unordered_map<std::string, size_t> line_of;  // "code\tline" → index
  line_of.reserve(list.lines.size());
  for (size_t i = 0; i < list.lines.size(); ++i) {
    const Line& l = list.lines[i];
    if (enterprise_of.count(l.enterprise)) line_of.emplace(l.enterprise + '\t' + l.id, i);
  }
  std::vector<uint8_t> counted(list.lines.size(), 0);  // bit per level already counted
  std::string key;
  for (const Measure& m : list.measures) {
    const int level = LevelIndex(m.level);
    if (level < 0) continue;
    key.assign(m.enterprise).append(1, '\t').append(m.line);
    auto it = line_of.find(key);
    if (it == line_of.end()) continue;
    const Line& line = list.lines[it->second];
    if (counted[it->second] & (1u << level)) continue;
    counted[it->second] |= static_cast<uint8_t>(1u << level);
    const Enterprise& e = *enterprise_of.at(m.enterprise);
    PerPollutant cut{};
    for (Pollutant p : kPollutants) {
      const int k = static_cast<int>(p);
      cut[k] = line.baseline_kg[k] * std::clamp<int64_t>(m.permille[k], 0, 1000);
      c.levels[level].pollutants[k].reduction_units += cut[k];
    }
    for (auto* breakdown :
         {&c.by_industry[e.industry], &c.by_grade[std::string(GradeName(e.grade))],
          &c.by_district[e.district]}) {
      for (int k = 0; k < 4; ++k) (*breakdown)[level][k] += cut[k];
    }
  }
  return c;
}

}  // namespace lantian::emergency
