// What the list asks of each line while an alert of one level is in force
// (issue 6 §5, plan （五）: "when an alert is issued, the measures of that level
// are carried out"): the line's measure at that level, or none when the list
// names none (the rules report that), with the reduction it promises. The
// verification of issue 7 compares these duties with what the meters show.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "emergency/list.hpp"

namespace lantian::emergency {

struct LineDuty {
  std::string enterprise;  // credit code
  std::string enterprise_name;
  std::string line;
  std::string line_name;
  std::optional<Measure> measure;  // nullopt: the list names no measure at this level
  PerPollutant reduction_kg{};     // baseline × share, kg/day, rounded down
};

// Every line of the list's enterprises, in the list's order; empty for a level
// the list does not answer (none, blue). Of two measures of a line at one
// level the first counts, as in CheckList.
std::vector<LineDuty> DutiesAt(const EmergencyList& list, alert::Level level);

}  // namespace lantian::emergency
