#include "emergency/in_force.hpp"

#include <map>
#include <utility>

namespace lantian::emergency {

std::vector<LineDuty> DutiesAt(const EmergencyList& list, alert::Level level) {
  std::vector<LineDuty> out;
  if (ListLevelIndex(level) < 0) return out;
  std::map<std::string, const Enterprise*> enterprises;
  for (const Enterprise& e : list.enterprises) enterprises.emplace(e.credit_code, &e);
  std::map<std::pair<std::string, std::string>, const Measure*> measures;
  for (const Measure& m : list.measures) {
    if (m.level == level) measures.emplace(std::make_pair(m.enterprise, m.line), &m);
  }
  for (const Line& line : list.lines) {
    const auto e = enterprises.find(line.enterprise);
    if (e == enterprises.end()) continue;
    LineDuty duty{line.enterprise, e->second->name, line.id, line.name, std::nullopt, {}};
    if (const auto m = measures.find({line.enterprise, line.id}); m != measures.end()) {
      duty.measure = *m->second;
      for (size_t p = 0; p < kPollutants.size(); ++p) {
        duty.reduction_kg[p] = line.baseline_kg[p] * m->second->permille[p] / 1000;
      }
    }
    out.push_back(std::move(duty));
  }
  return out;
}

}  // namespace lantian::emergency
