// Changes to the key-task ledger (issue 8 §1; plan （十八）): the plan's own
// breakdowns seeded at init, shares handed down, progress reported, units
// closed (销号) and reopened. Each change is checked against the rights of
// app/task_ledger.hpp and recorded in the audit trail in one transaction with
// the change; nothing is half-written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "app/task_ledger.hpp"
#include "io/file_report.hpp"

namespace lantian::app {

// Gives every key task a ledger unless it has one: its scope as the root
// unit, and the breakdown the plan itself gives — a regional task's provinces
// from the provincial rows of key-tasks.csv ("T08-heating-HE" is 河北省's part
// of "T08-heating"), every province of an "each province" task, every
// municipality and prefecture of an "each city" task. The season's ledgers
// start on 2020-10-01.
core::Status SeedPlanLedger(storage::Store& store, const std::string& at);

struct BreakdownResult {
  std::vector<ledger::TaskUnit> children;  // as stored
  std::vector<std::string> dropped;        // units of the former breakdown removed
  std::optional<core::Decimal> over;       // the shares' sum when more than the parent's
};

// Replaces the breakdown of `parent` with `children` (level, unit, name,
// target, deadline, responsible person and office; rhythm, start value and
// start date optional: the parent's rhythm, no start value, the parent's
// start date). A child's
// key is checked against its level: a province of the plan, a city of the
// parent's province or region, a district of the parent city, a department
// (its key becomes "<parent>/<name>"). A unit of the former breakdown that
// has reports, closures or units of its own cannot be dropped.
core::Result<BreakdownResult> BreakDown(storage::Store& store, const Actor& actor,
                                        const std::string& task_id, const std::string& parent,
                                        std::vector<ledger::TaskUnit> children, bool rhythm_given,
                                        core::Instant now);
// The same from a table file (io/breakdown_table.hpp).
core::Result<BreakdownResult> BreakDownFromFile(storage::Store& store, const Actor& actor,
                                                const std::string& task_id,
                                                const std::string& parent, const TableFile& file,
                                                core::Instant now,
                                                std::vector<io::FileReport>& reports);

// Files a progress report of a unit without a breakdown for the due date
// `due` ("" = the latest due date passed, or the first when none has): one of
// the unit's due dates, not beyond the current period. Not for a closed unit.
core::Result<storage::TaskReport> ReportProgress(storage::Store& store, const Actor& actor,
                                                 const std::string& task_id,
                                                 const std::string& unit, const std::string& due,
                                                 core::Decimal value, const std::string& evidence,
                                                 const std::string& note, core::Instant now);

// 销号: closes a unit with its evidence (required) — a unit without a
// breakdown once its latest report meets its target, a unit with one once
// every unit below it is closed; never a standing monthly limit.
core::Result<storage::TaskEvent> CloseTaskUnit(storage::Store& store, const Actor& actor,
                                               const std::string& task_id, const std::string& unit,
                                               const std::string& evidence, const std::string& note,
                                               core::Instant now);
// Reopens a closed unit, saying why (required); not while the unit above it
// is closed.
core::Result<storage::TaskEvent> ReopenTaskUnit(storage::Store& store, const Actor& actor,
                                                const std::string& task_id, const std::string& unit,
                                                const std::string& note, core::Instant now);

}  // namespace lantian::app
