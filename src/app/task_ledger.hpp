// The key-task ledger as the bureaus read it (issue 8 §1; plan （十八）): every
// task with its units, each unit's progress (ledger/task_progress.hpp) from
// its reports and closures, who may do what with it, and the board of every
// task by province or region with the laggards.
//
// Who sees and does what (officials only; enterprises and the public never):
//   read       units within the principal's area, and the units above it
//              (a city sees its province's share and the regional total);
//   write      break a unit's share down and report its progress: the unit's
//              own office or any above it, within its area (a district
//              reports for itself, a city for its departments);
//   close      销号 and reopening: only an office above the unit (the one that
//              handed the share down, or higher) — no unit closes its own.
// A unit outside the area is reported as absent (NotFound).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "auth/principal.hpp"
#include "campaign/unit.hpp"
#include "core/civil_time.hpp"
#include "ledger/task_progress.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// A task's whole ledger as stored.
struct TaskLedger {
  ledger::KeyTask task;
  std::vector<ledger::TaskUnit> units;  // the root first
  std::vector<storage::TaskReport> reports;
  std::vector<storage::TaskEvent> events;

  const ledger::TaskUnit* Find(const std::string& unit) const;
  std::vector<const ledger::TaskUnit*> ChildrenOf(const std::string& unit) const;
  bool Closed(const std::string& unit) const;  // its last close/reopen event is a close
  bool EachRoot(const ledger::TaskUnit& u) const;
  // Drops the reports and events after `day`: the ledger as it stood then.
  void TrimTo(core::Date day);
};

// The task of `task_id` with its ledger; NotFound when there is none (or the
// task is one province's part of a regional task: its ledger is that task's).
core::Result<TaskLedger> LoadTaskLedger(storage::Store& store, const std::string& task_id);
// The tasks with a ledger (a root unit), in the plan's order.
core::Result<std::vector<TaskLedger>> LoadAllTaskLedgers(storage::Store& store);

// Each unit's progress as of `today`.
std::map<std::string, ledger::UnitProgress> ProgressOf(const TaskLedger& l, core::Date today);

// Where a unit is: its province, city and district ("" when above them).
struct UnitArea {
  std::string province;
  std::string city;
  std::string district;
};
UnitArea AreaOf(const TaskLedger& l, const ledger::TaskUnit& u,
                const std::map<std::string, campaign::Unit>& units);

enum class TaskRight { kNone, kRead, kWrite, kClose };
// The most `p` may do with the unit (kClose implies write and read).
TaskRight RightOn(const auth::Principal& p, const ledger::TaskUnit& u, const UnitArea& area,
                  const std::map<std::string, campaign::Unit>& units);

// The reads below show the ledger as it stood on `today` (reports and
// closures filed later left out), so that a past day can be replayed.
//
// A task's ledger as `p` may read it: the task, its readable units with their
// progress and rights, their report history and closures. NotFound when the
// task has no ledger; Unauthorized/Forbidden for the public and enterprises.
core::Result<nlohmann::json> TaskLedgerJson(storage::Store& store, const auth::Principal& p,
                                            const std::string& task_id, core::Date today);

// The board: every task, its status at `focus` ("" = the task's root; a
// province name or city code for that province's or city's dashboard) with
// the red/amber/green of the units one level below, and the laggards (units
// overdue or at risk, overdue first) within what `p` may read.
core::Result<nlohmann::json> LedgerBoardJson(storage::Store& store, const auth::Principal& p,
                                             const std::string& focus, core::Date today);

}  // namespace lantian::app
