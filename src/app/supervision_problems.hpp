// The board of supervision problems (issue 8 §2; plan （二十一）拉条挂账):
// problems found, their rectification to closure (ledger/problem.hpp), who
// may do what (auth/access.hpp CanFindProblem …), the links from the
// verification's enforcement tasks and confirmed station findings, the counts
// per city (open, overdue, rebounds), and the positive list of enterprises
// with stable compliance. Every change is audited with it, in one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "ledger/problem.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// What a finder records. `city` is a code or name; `deadline` "" = 30 days
// after finding; `source` "" = inspection.
struct NewProblem {
  std::string city;
  std::string district;
  std::string credit_code;
  std::string site;
  std::string kind;
  std::string what;
  std::string photos;
  std::string deadline;
  std::string source;
};

// Records a problem (status found), marked as a rebound of the newest closed
// problem at the same place (ledger::ReboundOf). Errors name the field.
core::Result<storage::Problem> FindProblem(storage::Store& store, const Actor& actor,
                                           const NewProblem& problem, core::Instant now);

// One step of a problem's rectification: plan (note = the plan, required;
// `deadline` revises the deadline), rectify (evidence required), verify-pass
// and verify-fail (note = what the check on site found, required), close.
// Conflict when the step does not follow from the status.
core::Result<storage::Problem> ActOnProblem(storage::Store& store, const Actor& actor, int64_t id,
                                            ledger::ProblemAction action, const std::string& note,
                                            const std::string& evidence,
                                            const std::string& deadline, core::Instant now);

// The problems `p` may read, of `city` ("" = all) with `status` ("" = any;
// found, planned, rectified, verified, closed; open = not closed; overdue;
// rebound).
core::Result<std::vector<storage::Problem>> VisibleProblems(storage::Store& store,
                                                            const auth::Principal& p,
                                                            const std::string& city,
                                                            const std::string& status,
                                                            core::Date today);

struct LinkedProblems {
  int64_t enforcement = 0;       // problems opened from enforcement tasks
  int64_t station_findings = 0;  // from confirmed station findings
};
// Opens a problem (once) for every open enforcement task and every confirmed
// station finding of the cities `actor` may find problems in.
core::Result<LinkedProblems> LinkProblems(storage::Store& store, const Actor& actor,
                                          core::Instant now);

// Per city `p` may read: problems in all, open, overdue, rebounds, closed.
core::Result<nlohmann::json> ProblemStatsJson(storage::Store& store, const auth::Principal& p,
                                              core::Date today);

// The positive list (正面清单) of a city: the enterprises of its emergency list
// in force with no problem found in the 365 days to `today`, no enforcement
// task and no confirmed monitoring finding.
core::Result<nlohmann::json> PositiveListJson(storage::Store& store, const auth::Principal& p,
                                              const std::string& city, core::Instant now);

nlohmann::json ProblemJson(const storage::Problem& p, core::Date today,
                           const std::vector<storage::ProblemEvent>& history = {});

}  // namespace lantian::app
