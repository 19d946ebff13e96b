#include "emergency/rules.hpp"

#include <algorithm>
#include <tuple>

#include "emergency/credit_code.hpp"

namespace lantian::emergency {
namespace {

std::string Percent(int64_t permille) {
  std::string s = std::to_string(permille / 10);
  if (permille % 10) s += "." + std::to_string(permille % 10);
  return s + " %";
}

std::string LevelText(alert::Level l) { return std::string(alert::LevelName(l)); }

}  // namespace

Templates::Templates(std::vector<Template> rows) : rows_(std::move(rows)) {
  for (const Template& t : rows_) index_[{t.industry, t.grade, t.level}] = t.min_permille;
}

std::optional<int> Templates::MinPermille(const std::string& industry, Grade grade,
                                          alert::Level level) const {
  if (auto it = index_.find({industry, grade, level}); it != index_.end()) return it->second;
  if (auto it = index_.find({"*", grade, level}); it != index_.end()) return it->second;
  return std::nullopt;
}

int Templates::Strictest(const std::string& industry) const {
  int strictest = 0;
  bool own = false;
  for (const Template& t : rows_) own = own || t.industry == industry;
  for (const Template& t : rows_) {
    if (t.industry == (own ? industry : "*")) strictest = std::max(strictest, t.min_permille);
  }
  return strictest;
}

std::vector<Finding> ValidateList(const EmergencyList& list,
                                  const std::set<std::string>& industries,
                                  const Templates& templates) {
  std::vector<Finding> out;
  std::map<std::string, const Enterprise*> enterprise_of;
  for (const Enterprise& e : list.enterprises) {
    if (std::string why = CheckCreditCode(e.credit_code); !why.empty()) {
      out.push_back({e.credit_code.empty() ? e.name : e.credit_code, "", "credit-code",
                     e.name + ": " + why, "enterprises", e.row});
    }
    if (!enterprise_of.emplace(e.credit_code, &e).second) {
      out.push_back(
          {e.credit_code, "", "duplicate", e.name + " is listed twice", "enterprises", e.row});
    }
    if (!industries.count(e.industry)) {
      out.push_back({e.credit_code, "", "unknown-industry",
                     "industry '" + e.industry + "' is not one of the known industries",
                     "enterprises", e.row});
    }
  }
  std::map<std::pair<std::string, std::string>, const Line*> line_of;
  for (const Line& l : list.lines) {
    if (!enterprise_of.count(l.enterprise)) {
      out.push_back({l.enterprise, l.id, "unknown-enterprise",
                     "line " + l.id + " belongs to no listed enterprise", "lines", l.row});
      continue;
    }
    if (!line_of.emplace(std::pair{l.enterprise, l.id}, &l).second) {
      out.push_back(
          {l.enterprise, l.id, "duplicate", "line " + l.id + " is listed twice", "lines", l.row});
    }
  }
  // line → level → measure
  std::map<std::pair<std::string, std::string>, std::map<alert::Level, const Measure*>> measures;
  for (const Measure& m : list.measures) {
    const auto key = std::pair{m.enterprise, m.line};
    if (!enterprise_of.count(m.enterprise)) {
      out.push_back({m.enterprise, m.line, "unknown-enterprise",
                     "a measure of an enterprise that is not listed", "measures", m.row});
      continue;
    }
    if (!line_of.count(key)) {
      out.push_back({m.enterprise, m.line, "unknown-line",
                     "a measure of line " + m.line + ", which the enterprise does not have",
                     "measures", m.row});
      continue;
    }
    if (!measures[key].emplace(m.level, &m).second) {
      out.push_back({m.enterprise, m.line, "duplicate", "two measures at " + LevelText(m.level),
                     "measures", m.row});
    }
  }

  for (const auto& [key, line] : line_of) {
    const Enterprise& e = *enterprise_of.at(key.first);
    const auto& at = measures[key];
    const int64_t row = line->row;
    // Findings about a measure point at its row of the measures sheet; a
    // missing measure at the line's row of the lines sheet.
    auto finding = [&](const std::string& rule, const std::string& message, int64_t r) {
      out.push_back({e.credit_code, line->id, rule, message, "measures", r});
    };
    for (alert::Level level : kListLevels) {
      auto it = at.find(level);
      if (it == at.end()) {
        if (!e.categories.NeverLimited()) {
          out.push_back({e.credit_code, line->id, "missing-measure",
                         "no measure at " + LevelText(level), "lines", row});
        }
        continue;
      }
      const Measure& m = *it->second;
      const std::string where = LevelText(level) + ": " + std::string(MeasureKindName(m.kind));
      for (Pollutant p : kPollutants) {
        const int64_t v = m.permille[static_cast<int>(p)];
        if (v < 0 || v > 1000) {
          finding("bad-share",
                  where + ": " + std::string(PollutantName(p)) + " reduction " + Percent(v) +
                      " is outside 0…100 %",
                  m.row);
        }
      }
      if (m.kind == MeasureKind::kLimit &&
          *std::max_element(m.permille.begin(), m.permille.end()) == 0) {
        finding("bad-share", where + " of 0 %", m.row);
      }
      if (e.categories.NeverLimited() && CutsOutput(m.kind)) {
        finding("never-limited",
                where + ": residential heating and small life services are not stopped or limited",
                m.row);
      }
      const bool self_not_allowed =
          m.kind == MeasureKind::kSelfDetermined && !MaySelfDetermine(e.grade);
      if (self_not_allowed) {
        finding("self-not-allowed",
                where + ": only grade A and leading enterprises determine their own measures (" +
                    std::string(GradeName(e.grade)) + ")",
                m.row);
      }
      if (CutsOutput(m.kind) && !m.verify.Any()) {
        finding("unverifiable",
                where + " names no electricity meter, monitoring outlet, video or gate records",
                m.row);
      }
      if (m.kind == MeasureKind::kTransportLimit && !m.verify.gate) {
        finding("unverifiable", where + " needs gate records of trucks", m.row);
      }
      // One finding per problem: a self-determined measure that is not allowed
      // is not also measured against the template.
      const bool own_rules = e.categories.guarantee || e.categories.small_micro ||
                             e.categories.NeverLimited() || MaySelfDetermine(e.grade) ||
                             self_not_allowed;
      if (e.grade == Grade::kNonCompliant && !self_not_allowed) {
        const int strictest = templates.Strictest(e.industry);
        const int64_t least = *std::min_element(m.permille.begin(), m.permille.end());
        if (m.kind != MeasureKind::kStop && least < strictest) {
          finding("non-compliant",
                  where +
                      ": an enterprise that does not steadily meet its standards stops or "
                      "takes the strictest limit (" +
                      Percent(strictest) + "), not " + Percent(least),
                  m.row);
        }
      } else if (!own_rules) {
        if (auto min = templates.MinPermille(e.industry, e.grade, level)) {
          for (Pollutant p : kPollutants) {
            const int64_t v = m.permille[static_cast<int>(p)];
            if (line->baseline_kg[static_cast<int>(p)] > 0 && v < *min) {
              finding("below-template",
                      where + ": " + std::string(PollutantName(p)) + " cut " + Percent(v) +
                          ", the template for grade " + std::string(GradeName(e.grade)) + " in " +
                          e.industry + " asks at least " + Percent(*min),
                      m.row);
              break;
            }
          }
        }
      }
    }
    // A stricter level never asks less of the line than a milder one.
    for (size_t i = 1; i < kListLevels.size(); ++i) {
      auto milder = at.find(kListLevels[i - 1]), stricter = at.find(kListLevels[i]);
      if (milder == at.end() || stricter == at.end()) continue;
      for (Pollutant p : kPollutants) {
        const int k = static_cast<int>(p);
        if (stricter->second->permille[k] < milder->second->permille[k]) {
          finding("weaker-when-stricter",
                  LevelText(kListLevels[i]) + " cuts " + std::string(PollutantName(p)) + " by " +
                      Percent(stricter->second->permille[k]) + ", less than " +
                      LevelText(kListLevels[i - 1]) + " (" + Percent(milder->second->permille[k]) +
                      ")",
                  stricter->second->row);
          break;
        }
      }
    }
  }
  // Sheet by sheet (enterprises, lines, measures), row by row.
  auto order = [](const Finding& f) {
    return f.sheet == "enterprises" ? 0 : f.sheet == "lines" ? 1 : 2;
  };
  std::stable_sort(out.begin(), out.end(), [&](const Finding& a, const Finding& b) {
    return std::pair(order(a), a.row) < std::pair(order(b), b.row);
  });
  return out;
}

}  // namespace lantian::emergency
