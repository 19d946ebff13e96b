// What changed between two versions of a city's list (issue 6 §5: "diffs
// between versions shown"): enterprises, lines and measures added, removed or
// changed, each change with what it was and what it is. Pure.
#pragma once

#include <string>
#include <vector>

#include "emergency/list.hpp"

namespace lantian::emergency {

struct Change {
  std::string what;  // "added", "removed", "changed"
  std::string kind;  // "enterprise", "line", "measure"
  std::string enterprise;
  std::string line;
  std::string level;   // measures
  std::string detail;  // "grade B → C", "SO2 0.1 → 0.08 t/day", "limit 10 % → stop"
};

// In the order: enterprises, lines, measures; within each, removed and changed
// by key, then added by key.
std::vector<Change> DiffLists(const EmergencyList& from, const EmergencyList& to);

}  // namespace lantian::emergency
