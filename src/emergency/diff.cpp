#include "emergency/diff.hpp"

#include <map>
#include <tuple>

namespace lantian::emergency {
namespace {

std::string Tonnes(int64_t kg) {
  std::string s = std::to_string(kg / 1000);
  if (kg % 1000) {
    std::string frac = std::to_string(1000 + kg % 1000).substr(1);
    while (frac.back() == '0') frac.pop_back();
    s += "." + frac;
  }
  return s;
}

std::string MeasureText(const Measure& m) {
  std::string s(MeasureKindName(m.kind));
  if (m.kind == MeasureKind::kLimit) {
    s += " " + PercentText(m.permille[0]);
  } else if (m.kind == MeasureKind::kStopProcesses || m.kind == MeasureKind::kSelfDetermined) {
    s += " (";
    for (auto p : kPollutants) {
      const int64_t v = m.permille[static_cast<int>(p)];
      s +=
          (p == Pollutant::kSO2 ? "" : ", ") + std::string(PollutantName(p)) + " " + PercentText(v);
    }
    s += ")";
  }
  return s;
}

std::string CategoriesText(const Categories& c) {
  std::string s;
  auto add = [&](bool on, const char* name) {
    if (on) s += (s.empty() ? "" : "+") + std::string(name);
  };
  add(c.guarantee, "guarantee");
  add(c.small_micro, "small-micro");
  add(c.residential_heating, "residential-heating");
  add(c.life_service, "life-service");
  add(c.ule_steel, "ule-steel");
  return s.empty() ? "none" : s;
}

template <class T, class Key, class Describe, class Compare>
void DiffBy(const std::vector<T>& from, const std::vector<T>& to, Key key, const char* kind,
            Describe describe, Compare compare, std::vector<Change>& out) {
  std::map<std::tuple<std::string, std::string, std::string>, const T*> a, b;
  for (const T& x : from) a.emplace(key(x), &x);
  for (const T& x : to) b.emplace(key(x), &x);
  for (const auto& [k, x] : a) {
    auto it = b.find(k);
    if (it == b.end()) {
      out.push_back(
          {"removed", kind, std::get<0>(k), std::get<1>(k), std::get<2>(k), describe(*x)});
    } else if (std::string d = compare(*x, *it->second); !d.empty()) {
      out.push_back({"changed", kind, std::get<0>(k), std::get<1>(k), std::get<2>(k), d});
    }
  }
  for (const auto& [k, x] : b) {
    if (!a.count(k)) {
      out.push_back({"added", kind, std::get<0>(k), std::get<1>(k), std::get<2>(k), describe(*x)});
    }
  }
}

void Compare(std::string& out, const std::string& what, const std::string& a,
             const std::string& b) {
  if (a == b) return;
  out += (out.empty() ? "" : "; ") + what + " " + a + " → " + b;
}

}  // namespace

std::vector<Change> DiffLists(const EmergencyList& from, const EmergencyList& to) {
  std::vector<Change> out;
  DiffBy(
      from.enterprises, to.enterprises,
      [](const Enterprise& e) {
        return std::tuple{e.credit_code, std::string(), std::string()};
      },
      "enterprise", [](const Enterprise& e) { return e.name; },
      [](const Enterprise& a, const Enterprise& b) {
        std::string d;
        Compare(d, "name", a.name, b.name);
        Compare(d, "industry", a.industry, b.industry);
        Compare(d, "grade", std::string(GradeName(a.grade)), std::string(GradeName(b.grade)));
        Compare(d, "district", a.district, b.district);
        Compare(d, "categories", CategoriesText(a.categories), CategoriesText(b.categories));
        return d;
      },
      out);
  DiffBy(
      from.lines, to.lines,
      [](const Line& l) {
        return std::tuple{l.enterprise, l.id, std::string()};
      },
      "line", [](const Line& l) { return l.name.empty() ? l.id : l.name; },
      [](const Line& a, const Line& b) {
        std::string d;
        for (auto p : kPollutants) {
          const int k = static_cast<int>(p);
          if (a.baseline_kg[k] != b.baseline_kg[k]) {
            Compare(d, std::string(PollutantName(p)), Tonnes(a.baseline_kg[k]),
                    Tonnes(b.baseline_kg[k]) + " t/day");
          }
        }
        Compare(d, "can stop quickly", a.can_stop_quickly ? "yes" : "no",
                b.can_stop_quickly ? "yes" : "no");
        return d;
      },
      out);
  DiffBy(
      from.measures, to.measures,
      [](const Measure& m) {
        return std::tuple{m.enterprise, m.line, std::string(alert::LevelName(m.level))};
      },
      "measure", MeasureText,
      [](const Measure& a, const Measure& b) {
        std::string d;
        Compare(d, "", MeasureText(a), MeasureText(b));
        if (!d.empty()) d = d.substr(1);  // no name before a measure
        return d;
      },
      out);
  return out;
}

}  // namespace lantian::emergency
