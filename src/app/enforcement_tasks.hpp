// Violations become enforcement tasks (issue 7 §4; plan （二十一）: problems
// found are listed and tracked to closure, 拉条挂账). From the verification
// report of a city's alerts (app/verification_report.hpp), each violation is
// opened once as a task of the city's ledger, with a deadline:
//   load-cut       a line short of its cut in an alert stretch
//                  (one per meter and stretch);
//   treatment-off  a facility off while its line ran (one per facility meter
//                  and first off stretch);
//   exceedance     a device's hours over its limits under alert (one per
//                  device and period judged);
//   finding        a confirmed falsified-data finding (one per finding).
// The bureaus that keep the city's monitoring open and close tasks; closing
// needs a note (what was done: penalty, rectification) and happens once.
// Open tasks past their deadline are overdue. Issue 8's ledgers extend this.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "app/verification_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// The tasks a report's violations call for (not yet stored: id 0, status
// open, opened_at/by and deadline empty); `confirmed` are the confirmed
// findings of the report's devices in its period.
std::vector<storage::EnforcementTask> TasksOfReport(
    const VerificationReport& report, const std::vector<storage::MonitoringFinding>& confirmed);

struct OpenedTasks {
  int64_t violations = 0;                        // tasks the report calls for
  std::vector<storage::EnforcementTask> opened;  // of them new to the ledger
};

// Builds the city's report for `period` and opens the tasks not yet opened,
// due `deadline_days` after `now`; audited.
core::Result<OpenedTasks> OpenEnforcementTasks(storage::Store& store, const Actor& actor,
                                               const std::string& city, core::Period period,
                                               int deadline_days, core::Instant now);

// The tasks `p` may see: officials those of the cities whose lists they
// read, an enterprise its own; of `city` ("" = all) with `status` ("" = any,
// open, closed, overdue — open and past the deadline on `today`).
core::Result<std::vector<storage::EnforcementTask>> VisibleEnforcementTasks(
    storage::Store& store, const auth::Principal& p, const std::string& city,
    const std::string& status, core::Date today);

// Closes an open task with a note (required); Conflict when closed already.
core::Result<storage::EnforcementTask> CloseTask(storage::Store& store, const Actor& actor,
                                                 int64_t id, const std::string& note,
                                                 const std::string& now);

bool Overdue(const storage::EnforcementTask& t, core::Date today);
nlohmann::json TaskJson(const storage::EnforcementTask& t, core::Date today);

}  // namespace lantian::app
