// The optimizer (issue 6 §4): when a list falls short at a level, the added
// measures that close the gap for all four pollutants at once at the least
// loss of output, as a linear program (GLPK's simplex).
//
//   variables   x_l ∈ [0, 1]: the share of line l's remaining output added to
//               its measure at the level (its remaining emissions fall by the
//               same share), for every eligible line
//   minimise    Σ c_l·x_l, c_l = the line's value added per day × its output
//               still running (lines without value added: see below)
//   such that   Σ a_lp·x_l ≥ shortfall_p for each pollutant p short of its
//               share (a_lp = the line's emissions of p still running)
//               y_l ≥ max{y_k : k of the next milder grade in the same
//               industry} (a C line never limited less than a B line, a D line
//               than a C line), y = the line's share after the addition
//
// Eligible: lines of grade B, C, D, non-leading, non-compliant or other,
// except enterprises that determine their own measures (A, leading),
// 保障类 (protected), small/micro and those never limited. Output lost is
// costed by value added; when a line has none, by its emissions (kg/day)
// times the median value added per kg of the lines that have it (or 1 yuan
// per kg when none has). Each proposal's share is rounded up to the next ‰,
// so the rounded plan still meets the shares. The marginal cost of a
// pollutant is the dual value of its row: what one more tonne would cost.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "emergency/check.hpp"

namespace lantian::emergency {

struct Proposal {
  std::string enterprise;
  std::string line;
  std::string industry;
  Grade grade = Grade::kB;
  PerPollutant from_permille{};  // the line's share now
  PerPollutant to_permille{};    // after the addition
  PerPollutant added_kg{};       // emissions removed per day
  double cost = 0;               // yuan/day of output lost
  bool costed_by_emissions = false;
  double CostPerTonne() const;  // cost ÷ tonnes removed (all four pollutants)
};

struct Optimization {
  alert::Level level = alert::Level::kYellow;
  bool needed = false;              // the list falls short at this level
  bool feasible = false;            // the eligible lines can close the gap
  std::string why;                  // when not feasible
  std::vector<Proposal> proposals;  // cheapest per tonne first
  double total_cost = 0;
  // yuan per tonne of the last tonne of each pollutant (0 when not binding).
  std::array<std::optional<double>, 4> marginal_cost_per_t{};
  ListCheck after;  // the check with the proposals applied
};

Optimization Optimize(const EmergencyList& list, const Inventory& inventory, alert::Level level);

// The list with the proposals applied (a limit at the new share, or a stop).
EmergencyList ApplyProposals(const EmergencyList& list, alert::Level level,
                             const std::vector<Proposal>& proposals);

}  // namespace lantian::emergency
