// Where a unit of a key task stands (plan （十八）: 定期调度，逐项销号):
//
//   done      closed (销号) with evidence;
//   overdue   not closed and its deadline passed;
//   at risk   a report due is missing, or the pace so far does not reach the
//             target by the deadline, or (a standing monthly limit) the last
//             month broke it;
//   on track  otherwise.
//
// The pace (docs/standards.md §14): a straight line from the start point — the
// start value on the start date, or the first report when no start value was
// set — through the latest report, carried to the deadline:
//   projected = start + (latest − start) × (deadline − start date)
//                                          / (latest's date − start date),
// rounded half to even to 4 places. Until there are two points the pace is
// unknown and only missing reports put the unit at risk. A value meets the
// target when it is >= (or <=) it; for "~" within 5 % of it.
//
// A parent's status comes from its children: an amount's parent projects the
// sum of its children's projections (a fast district may make up for a slow
// one, but the slow one stays a laggard); a rate's or an "each" root's parent
// is as bad as its worst child. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"
#include "core/decimal.hpp"
#include "ledger/key_task.hpp"
#include "ledger/task_unit.hpp"

namespace lantian::ledger {

enum class TaskStatus { kOnTrack, kAtRisk, kOverdue, kDone };
std::string_view TaskStatusName(TaskStatus s);  // "on_track", "at_risk", "overdue", "done"
// Red, amber, green for the ledger board: overdue red, at risk amber, on track
// and done green.
std::string_view TaskStatusColour(TaskStatus s);

// The dates a unit's reports are due from its start date to `until`
// (inclusive, and never past the deadline): month ends or Fridays, and the
// deadline itself. A standing monthly task's are the month ends.
std::vector<core::Date> DueDates(Rhythm rhythm, core::Date start,
                                 std::optional<core::Date> deadline, core::Date until);

// A report of progress: the value achieved as of the due date it answers.
struct ProgressPoint {
  core::Date due;
  core::Decimal value;
  core::Date reported_on;  // the day it was filed; later than `due` is late
};

bool Meets(Comparison c, core::Decimal value, core::Decimal target);

struct UnitProgress {
  TaskStatus status = TaskStatus::kOnTrack;
  std::optional<core::Decimal> latest;     // the latest report's value (a parent: its children's)
  std::optional<core::Date> latest_due;    // the due date of that report (a parent: the newest)
  std::optional<core::Decimal> projected;  // at the deadline, by the pace so far
  bool achieved = false;                   // the latest value meets the target
  int reports = 0;                         // reports on record (one per due date counted)
  int late = 0;                            // of them filed after their due date
  std::vector<core::Date> missing;         // due dates passed without a report
  std::vector<std::string> reasons;        // why at risk or overdue, in Chinese
};

// A unit without children. `points` hold the latest report per due date, in
// due order; `closed` whether it is closed now.
UnitProgress LeafProgress(const KeyTask& task, const TaskUnit& unit,
                          const std::vector<ProgressPoint>& points, bool closed, core::Date today);

// A unit with children whose progress is known.
UnitProgress ParentProgress(const KeyTask& task, const TaskUnit& unit, bool each_root,
                            const std::vector<UnitProgress>& children, bool closed,
                            core::Date today);

}  // namespace lantian::ledger
