#include "emergency/optimizer.hpp"

#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace lantian::emergency {
namespace {

// The grade order the plan keeps within an industry (B milder than C than D).
int OrderRank(Grade g) {
  switch (g) {
    case Grade::kB:
      return 1;
    case Grade::kC:
      return 2;
    case Grade::kD:
      return 3;
    default:
      return 0;
  }
}

bool Eligible(const Enterprise& e) {
  return !MaySelfDetermine(e.grade) && !e.categories.guarantee && !e.categories.small_micro &&
         !e.categories.NeverLimited();
}

struct Candidate {
  size_t line = 0;
  const Enterprise* enterprise = nullptr;
  PerPollutant now{};                 // ‰ at the level
  std::array<double, 4> remaining{};  // kg/day still emitted
  double output_share = 0;            // 0…1 of output already cut
  double cost = 0;                    // yuan/day if all remaining output stopped
  bool by_emissions = false;
};

struct GlpProb {
  glp_prob* p = glp_create_prob();
  ~GlpProb() { glp_delete_prob(p); }
};

}  // namespace

double Proposal::CostPerTonne() const {
  double kg = 0;
  for (int64_t v : added_kg) kg += static_cast<double>(v);
  return kg > 0 ? cost / (kg / 1000.0) : 0;
}

EmergencyList ApplyProposals(const EmergencyList& list, alert::Level level,
                             const std::vector<Proposal>& proposals) {
  EmergencyList out = list;
  // The measures of each line: the first at the level, and any (for its verification).
  struct OfLine {
    std::optional<size_t> at_level;
    std::optional<size_t> any;
  };
  std::unordered_map<std::string, OfLine> of_line;
  for (size_t i = 0; i < out.measures.size(); ++i) {
    const Measure& m = out.measures[i];
    OfLine& o = of_line[m.enterprise + '\t' + m.line];
    if (m.level == level && !o.at_level) o.at_level = i;
    o.any = i;
  }
  for (const Proposal& p : proposals) {
    OfLine& o = of_line[p.enterprise + '\t' + p.line];
    if (!o.at_level) {
      Measure m;
      m.enterprise = p.enterprise;
      m.line = p.line;
      m.level = level;
      if (o.any) m.verify = out.measures[*o.any].verify;
      out.measures.push_back(m);
      o.at_level = o.any = out.measures.size() - 1;
    }
    Measure& found = out.measures[*o.at_level];
    found.permille = p.to_permille;
    const bool stop = std::all_of(p.to_permille.begin(), p.to_permille.end(),
                                  [](int64_t v) { return v == 1000; });
    const bool uniform = std::all_of(p.to_permille.begin(), p.to_permille.end(),
                                     [&](int64_t v) { return v == p.to_permille[0]; });
    found.kind = stop      ? MeasureKind::kStop
                 : uniform ? MeasureKind::kLimit
                           : MeasureKind::kStopProcesses;
    found.detail = "proposed by the optimizer";
  }
  return out;
}

Optimization Optimize(const EmergencyList& list, const Inventory& inventory, alert::Level level) {
  Optimization o;
  o.level = level;
  const int li = ListLevelIndex(level);
  const ListCheck before = CheckList(list, inventory);
  o.after = before;
  if (li < 0) {
    o.why = "the list answers yellow, orange and red";
    return o;
  }
  std::array<double, 4> need{};  // kg/day still to cut
  for (int k = 0; k < 4; ++k) {
    const PollutantCheck& c = before.levels[li].pollutants[k];
    const int64_t gap = c.required_permille * c.base_kg - c.reduction_units;  // kg·‰
    if (gap > 0) {
      need[k] = static_cast<double>(gap) / 1000.0;
      o.needed = true;
    }
  }
  if (!o.needed) {
    o.feasible = true;
    return o;
  }

  // The lines that may take more, with what they emit still and what stopping costs.
  std::unordered_map<std::string, const Enterprise*> enterprise_of;
  for (const Enterprise& e : list.enterprises) enterprise_of.emplace(e.credit_code, &e);
  std::unordered_map<std::string, size_t> line_index;
  for (size_t i = 0; i < list.lines.size(); ++i) {
    line_index.emplace(list.lines[i].enterprise + '\t' + list.lines[i].id, i);
  }
  std::vector<PerPollutant> now(list.lines.size(), PerPollutant{});
  std::vector<bool> seen(list.lines.size(), false);
  for (const Measure& m : list.measures) {
    if (m.level != level) continue;
    auto it = line_index.find(m.enterprise + '\t' + m.line);
    if (it == line_index.end() || seen[it->second]) continue;
    seen[it->second] = true;
    for (int k = 0; k < 4; ++k) now[it->second][k] = std::clamp<int64_t>(m.permille[k], 0, 1000);
  }
  std::vector<Candidate> cands;
  std::vector<double> value_per_kg;
  for (size_t i = 0; i < list.lines.size(); ++i) {
    const Line& line = list.lines[i];
    auto e = enterprise_of.find(line.enterprise);
    if (e == enterprise_of.end() || !Eligible(*e->second)) continue;
    Candidate c;
    c.line = i;
    c.enterprise = e->second;
    c.now = now[i];
    double emitted = 0, share = 0;
    int counted = 0;
    for (int k = 0; k < 4; ++k) {
      c.remaining[k] = static_cast<double>(line.baseline_kg[k]) * (1000 - c.now[k]) / 1000.0;
      emitted += static_cast<double>(line.baseline_kg[k]);
      if (line.baseline_kg[k] > 0) {
        share += static_cast<double>(c.now[k]) / 1000.0;
        ++counted;
      }
    }
    if (counted == 0 || emitted == 0) continue;
    c.output_share = share / counted;
    if (line.value_added) {
      c.cost = static_cast<double>(*line.value_added) * (1 - c.output_share);
    } else {
      c.by_emissions = true;
      c.cost = emitted * (1 - c.output_share);  // scaled below
    }
    cands.push_back(c);
  }
  // The price of a kg of emissions for lines without value added: the median
  // of every line of the list that has one.
  for (const Line& line : list.lines) {
    double emitted = 0;
    for (int64_t v : line.baseline_kg) emitted += static_cast<double>(v);
    if (line.value_added && emitted > 0) {
      value_per_kg.push_back(static_cast<double>(*line.value_added) / emitted);
    }
  }
  double median = 1;
  if (!value_per_kg.empty()) {
    std::nth_element(value_per_kg.begin(), value_per_kg.begin() + value_per_kg.size() / 2,
                     value_per_kg.end());
    median = value_per_kg[value_per_kg.size() / 2];
  }
  for (Candidate& c : cands) {
    if (c.by_emissions) c.cost *= median;
  }

  // The linear program.
  glp_term_out(GLP_OFF);
  GlpProb lp;
  glp_set_obj_dir(lp.p, GLP_MIN);
  const int n = static_cast<int>(cands.size());
  if (n > 0) glp_add_cols(lp.p, n);
  for (int j = 0; j < n; ++j) {
    glp_set_col_bnds(lp.p, j + 1, GLP_DB, 0.0, 1.0);
    glp_set_obj_coef(lp.p, j + 1, cands[j].cost);
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  std::array<int, 4> row_of{};
  for (int k = 0; k < 4; ++k) {
    if (need[k] <= 0) continue;
    const int row = glp_add_rows(lp.p, 1);
    row_of[k] = row;
    glp_set_row_bnds(lp.p, row, GLP_LO, need[k], 0.0);
    for (int j = 0; j < n; ++j) {
      if (cands[j].remaining[k] <= 0) continue;
      ia.push_back(row);
      ja.push_back(j + 1);
      ar.push_back(cands[j].remaining[k]);
    }
  }
  // Grade order within each industry: the most any B line gives (M) bounds
  // every C line from below, and likewise C for D.
  std::map<std::pair<std::string, int>, std::vector<int>> by_grade;
  for (int j = 0; j < n; ++j) {
    const int rank = OrderRank(cands[j].enterprise->grade);
    if (rank) by_grade[{cands[j].enterprise->industry, rank}].push_back(j);
  }
  for (const auto& [key, milder] : by_grade) {
    auto stricter = by_grade.find({key.first, key.second + 1});
    if (stricter == by_grade.end()) continue;
    const int m = glp_add_cols(lp.p, 1);
    glp_set_col_bnds(lp.p, m, GLP_DB, 0.0, 1.0);
    auto share_row = [&](int j, double sign_m, double lower) {
      // sign_m·M + sign_x·(1 − o_j)·x_j ≥ lower
      const int row = glp_add_rows(lp.p, 1);
      glp_set_row_bnds(lp.p, row, GLP_LO, lower, 0.0);
      ia.push_back(row);
      ja.push_back(m);
      ar.push_back(sign_m);
      ia.push_back(row);
      ja.push_back(j + 1);
      ar.push_back(-sign_m * (1 - cands[j].output_share));
    };
    for (int j : milder) share_row(j, 1.0, cands[j].output_share);              // M ≥ y_j
    for (int j : stricter->second) share_row(j, -1.0, -cands[j].output_share);  // y_j ≥ M
  }
  glp_load_matrix(lp.p, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
  glp_smcp parm;
  glp_init_smcp(&parm);
  parm.msg_lev = GLP_MSG_OFF;
  parm.presolve = GLP_ON;
  // The dual simplex: the program has a few covering rows and many grade-order
  // rows; it solves a city of 6,600 lines about twice as fast as the primal.
  parm.meth = GLP_DUALP;
  const int rc = glp_simplex(lp.p, &parm);
  const int status = rc == 0 ? glp_get_status(lp.p) : GLP_NOFEAS;
  if (status != GLP_OPT) {
    // What stopping every eligible line would reach.
    std::string reach;
    for (int k = 0; k < 4; ++k) {
      if (need[k] <= 0) continue;
      double most = 0;
      for (const Candidate& c : cands) most += c.remaining[k];
      reach += (reach.empty() ? "" : "; ") + std::string(PollutantName(static_cast<Pollutant>(k))) +
               " short by " + std::to_string(static_cast<int64_t>(std::ceil(need[k]))) +
               " kg/day, eligible lines emit " + std::to_string(static_cast<int64_t>(most)) +
               " kg/day";
    }
    o.why = "the eligible lines cannot close the gap (" + reach +
            "); A, leading, protected, small/micro and never-limited enterprises are not touched";
    return o;
  }
  for (int k = 0; k < 4; ++k) {
    if (row_of[k]) o.marginal_cost_per_t[k] = glp_get_row_dual(lp.p, row_of[k]) * 1000.0;
  }
  for (int j = 0; j < n; ++j) {
    const double x = glp_get_col_prim(lp.p, j + 1);
    if (x <= 1e-9) continue;
    const Candidate& c = cands[j];
    const Line& line = list.lines[c.line];
    Proposal p;
    p.enterprise = line.enterprise;
    p.line = line.id;
    p.industry = c.enterprise->industry;
    p.grade = c.enterprise->grade;
    p.from_permille = c.now;
    for (int k = 0; k < 4; ++k) {
      const double to =
          static_cast<double>(c.now[k]) + (1000.0 - static_cast<double>(c.now[k])) * x;
      // Up to the next ‰ (within the solver's tolerance of an exact ‰), so the
      // rounded plan still meets the shares.
      p.to_permille[k] = std::min<int64_t>(1000, static_cast<int64_t>(std::ceil(to - 1e-6)));
      p.added_kg[k] = line.baseline_kg[k] * (p.to_permille[k] - c.now[k]) / 1000;
    }
    p.cost = c.cost * x;
    p.costed_by_emissions = c.by_emissions;
    o.total_cost += p.cost;
    o.proposals.push_back(p);
  }
  std::sort(o.proposals.begin(), o.proposals.end(), [](const Proposal& a, const Proposal& b) {
    const double ca = a.CostPerTonne(), cb = b.CostPerTonne();
    if (std::abs(ca - cb) > 1e-6 * std::max(1.0, std::abs(ca))) return ca < cb;
    return std::tie(a.enterprise, a.line) < std::tie(b.enterprise, b.line);
  });
  o.after = CheckList(ApplyProposals(list, level, o.proposals), inventory);
  o.feasible = o.after.levels[li].Met();
  if (!o.feasible) o.why = "the rounded proposals fall short; report this list";
  return o;
}

}  // namespace lantian::emergency
