// The reference data lantian ships in data/ and compiles into the binary: the
// plan's units, regional targets, key tasks, the station registry of the plan's
// cities, and the tier rule that derives city targets when no official table is
// loaded. Read from the embedded copy or from a directory.
#pragma once

#include <string>
#include <vector>

#include "aq/station.hpp"
#include "campaign/plan_target.hpp"
#include "campaign/tier_rule.hpp"
#include "campaign/unit.hpp"
#include "core/status.hpp"
#include "ledger/key_task.hpp"

namespace lantian::app {

struct ReferenceData {
  std::vector<campaign::Unit> units;
  std::vector<campaign::RegionalTarget> targets;
  std::vector<ledger::KeyTask> key_tasks;
  std::vector<aq::Station> stations;
  std::vector<campaign::Tier> tier_rule;           // tier-rule.csv
  std::vector<campaign::StricterTarget> stricter;  // stricter-targets.csv
};

// From the copy compiled into the binary.
core::Result<ReferenceData> EmbeddedReferenceData();
// From regions.csv, plan-targets.csv, key-tasks.csv, stations.csv, tier-rule.csv
// and stricter-targets.csv in `dir`.
core::Result<ReferenceData> ReferenceDataFrom(const std::string& dir);

}  // namespace lantian::app
