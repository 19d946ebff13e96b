#include "emergency/rules.hpp"

#include <set>

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "emergency/credit_code.hpp"

namespace lantian::emergency {
namespace {

std::string LevelText(alert::Level l) { return std::string(alert::LevelName(l)); }

}  // namespace

Templates::Templates(std::vector<Template> rows) : rows_(std::move(rows)) {
  for (const Template& t : rows_) index_[{t.industry, t.grade, t.level}] = t.min_permille;
}

std::vector<Template> MergeTemplates(const std::vector<Template>& built_in,
                                     const std::vector<Template>& own) {
  std::set<std::string> replaced;
  for (const Template& t : own) replaced.insert(t.industry);
  std::vector<Template> out;
  for (const Template& t : built_in) {
    if (!replaced.count(t.industry)) out.push_back(t);
  }
  out.insert(out.end(), own.begin(), own.end());
  return out;
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
  // Enterprises by code (the first of duplicates), each with its lines, each
  // line with its measure per level: hash lookups and short scans, so that a
  // region's list of hundreds of thousands of lines validates quickly.
  std::unordered_map<std::string_view, size_t> enterprise_of;
  enterprise_of.reserve(list.enterprises.size());
  for (size_t i = 0; i < list.enterprises.size(); ++i) {
    const Enterprise& e = list.enterprises[i];
    if (std::string why = CheckCreditCode(e.credit_code); !why.empty()) {
      out.push_back({e.credit_code.empty() ? e.name : e.credit_code, "", "credit-code",
                     e.name + ": " + why, "enterprises", e.row});
    }
    if (!enterprise_of.emplace(e.credit_code, i).second) {
      out.push_back(
          {e.credit_code, "", "duplicate", e.name + " is listed twice", "enterprises", e.row});
    }
    if (!industries.count(e.industry)) {
      out.push_back({e.credit_code, "", "unknown-industry",
                     "industry '" + e.industry + "' is not one of the known industries",
                     "enterprises", e.row});
    }
    // Plan （十一）: only steel works are assessed and certified ultra-low-emission.
    if (e.categories.ule_steel && e.industry != "steel-long" && e.industry != "steel-short") {
      out.push_back({e.credit_code, "", "ule-not-steel",
                     "certified ultra-low-emission steel, but the industry is '" + e.industry +
                         "' (only steel-long and steel-short works are certified)",
                     "enterprises", e.row});
    }
  }
  std::vector<std::vector<size_t>> lines_of(list.enterprises.size());
  std::vector<size_t> owner(list.lines.size(), list.enterprises.size());
  for (size_t i = 0; i < list.lines.size(); ++i) {
    const Line& l = list.lines[i];
    auto e = enterprise_of.find(l.enterprise);
    if (e == enterprise_of.end()) {
      out.push_back({l.enterprise, l.id, "unknown-enterprise",
                     "line " + l.id + " belongs to no listed enterprise", "lines", l.row});
      continue;
    }
    auto& mine = lines_of[e->second];
    if (std::any_of(mine.begin(), mine.end(), [&](size_t k) { return list.lines[k].id == l.id; })) {
      out.push_back(
          {l.enterprise, l.id, "duplicate", "line " + l.id + " is listed twice", "lines", l.row});
      continue;
    }
    mine.push_back(i);
    owner[i] = e->second;
  }
  // line → level → measure
  std::vector<std::array<const Measure*, 3>> measures(list.lines.size(),
                                                      {nullptr, nullptr, nullptr});
  for (const Measure& m : list.measures) {
    auto e = enterprise_of.find(m.enterprise);
    if (e == enterprise_of.end()) {
      out.push_back({m.enterprise, m.line, "unknown-enterprise",
                     "a measure of an enterprise that is not listed", "measures", m.row});
      continue;
    }
    const auto& mine = lines_of[e->second];
    auto l = std::find_if(mine.begin(), mine.end(),
                          [&](size_t k) { return list.lines[k].id == m.line; });
    if (l == mine.end()) {
      out.push_back({m.enterprise, m.line, "unknown-line",
                     "a measure of line " + m.line + ", which the enterprise does not have",
                     "measures", m.row});
      continue;
    }
    const int level = ListLevelIndex(m.level);
    if (level < 0) continue;
    const Measure*& slot = measures[*l][level];
    if (slot) {
      out.push_back({m.enterprise, m.line, "duplicate", "two measures at " + LevelText(m.level),
                     "measures", m.row});
      continue;
    }
    slot = &m;
  }

  std::vector<std::optional<std::array<std::optional<int>, 3>>> minimums(list.enterprises.size());
  for (size_t li = 0; li < list.lines.size(); ++li) {
    if (owner[li] == list.enterprises.size()) continue;
    const Line* line = &list.lines[li];
    const Enterprise& e = list.enterprises[owner[li]];
    const int64_t row = line->row;
    auto measure_at = [&](alert::Level level) -> const Measure* {
      return measures[li][ListLevelIndex(level)];
    };
    // The template minimum of the enterprise's industry and grade, looked up
    // once per enterprise.
    auto template_min = [&](size_t ei, alert::Level level) -> std::optional<int> {
      auto& cached = minimums[ei];
      if (!cached) {
        cached.emplace();
        for (size_t k = 0; k < kListLevels.size(); ++k) {
          (*cached)[k] = templates.MinPermille(e.industry, e.grade, kListLevels[k]);
        }
      }
      return (*cached)[ListLevelIndex(level)];
    };
    // Findings about a measure point at its row of the measures sheet; a
    // missing measure at the line's row of the lines sheet.
    auto finding = [&](const std::string& rule, const std::string& message, int64_t r) {
      out.push_back({e.credit_code, line->id, rule, message, "measures", r});
    };
    for (alert::Level level : kListLevels) {
      const Measure* found = measure_at(level);
      if (!found) {
        if (!e.categories.NeverLimited()) {
          out.push_back({e.credit_code, line->id, "missing-measure",
                         "no measure at " + LevelText(level), "lines", row});
        }
        continue;
      }
      const Measure& m = *found;
      // Built only for a finding: most measures have none.
      auto where_text = [&] {
        return LevelText(level) + ": " + std::string(MeasureKindName(m.kind));
      };
      for (Pollutant p : kPollutants) {
        const int64_t v = m.permille[static_cast<int>(p)];
        if (v < 0 || v > 1000) {
          finding("bad-share",
                  where_text() + ": " + std::string(PollutantName(p)) + " reduction " +
                      PercentText(v) + " is outside 0…100 %",
                  m.row);
        }
      }
      if (m.kind == MeasureKind::kLimit &&
          *std::max_element(m.permille.begin(), m.permille.end()) == 0) {
        finding("bad-share", where_text() + " of 0 %", m.row);
      }
      if (e.categories.NeverLimited() && CutsOutput(m.kind)) {
        finding("never-limited",
                where_text() +
                    ": residential heating and small life services are not stopped or limited",
                m.row);
      }
      const bool self_not_allowed =
          m.kind == MeasureKind::kSelfDetermined && !MaySelfDetermine(e.grade);
      if (self_not_allowed) {
        finding("self-not-allowed",
                where_text() +
                    ": only grade A and leading enterprises determine their own measures (" +
                    std::string(GradeName(e.grade)) + ")",
                m.row);
      }
      if (CutsOutput(m.kind) && !m.verify.Any()) {
        finding(
            "unverifiable",
            where_text() + " names no electricity meter, monitoring outlet, video or gate records",
            m.row);
      }
      if (m.kind == MeasureKind::kTransportLimit && !m.verify.gate) {
        finding("unverifiable", where_text() + " needs gate records of trucks", m.row);
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
                  where_text() +
                      ": an enterprise that does not steadily meet its standards stops or "
                      "takes the strictest limit (" +
                      PercentText(strictest) + "), not " + PercentText(least),
                  m.row);
        }
      } else if (!own_rules) {
        if (auto min = template_min(owner[li], level)) {
          for (Pollutant p : kPollutants) {
            const int64_t v = m.permille[static_cast<int>(p)];
            if (line->baseline_kg[static_cast<int>(p)] > 0 && v < *min) {
              finding("below-template",
                      where_text() + ": " + std::string(PollutantName(p)) + " cut " +
                          PercentText(v) + ", the template for grade " +
                          std::string(GradeName(e.grade)) + " in " + e.industry +
                          " asks at least " + PercentText(*min),
                      m.row);
              break;
            }
          }
        }
      }
    }
    // A stricter level never asks less of the line than a milder one.
    for (size_t i = 1; i < kListLevels.size(); ++i) {
      const Measure* milder = measure_at(kListLevels[i - 1]);
      const Measure* stricter = measure_at(kListLevels[i]);
      if (!milder || !stricter) continue;
      for (Pollutant p : kPollutants) {
        const int k = static_cast<int>(p);
        if (stricter->permille[k] < milder->permille[k]) {
          finding("weaker-when-stricter",
                  LevelText(kListLevels[i]) + " cuts " + std::string(PollutantName(p)) + " by " +
                      PercentText(stricter->permille[k]) + ", less than " +
                      LevelText(kListLevels[i - 1]) + " (" + PercentText(milder->permille[k]) + ")",
                  stricter->row);
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
