// New draft versions made from a stored one (issue 6 §5, §6): the dashboard's
// list editor replaces measures of lines; accepting the optimizer's proposals
// applies the chosen ones. Either way the stored version stays as it was and
// the result is the next draft, checked, audited, reviewable and comparable
// with `list diff` like any imported version.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/list_desk.hpp"

namespace lantian::app {

// One edited measure as the editor sends it: {"credit_code", "line", "level"
// (yellow|orange|red), "measure" (stop, limit, stop-processes, self,
// transport, none), "percent" (0–100, at most one decimal: the share of every
// pollutant; required for a limit, implied for stop and none) or "percent_by"
// {"SO2":…, "NOx":…, "PM":…, "VOCs":…}, "detail", "meter", "outlet", "video",
// "gate"}. Errors name the field as measures[i].field.
core::Result<emergency::Measure> MeasureEditFromJson(const nlohmann::json& j, size_t index);

// The version `from` (0: the latest) with each edit replacing the measure of
// its line and level (or added when the line had none). Every edit must name a
// line of that version.
core::Result<ListImported> ReviseMeasures(storage::Store& store, const std::string& city, int from,
                                          const std::vector<emergency::Measure>& edits,
                                          const std::string& note, const Actor& actor,
                                          const std::string& now);

// The version `from` with the optimizer's proposals at `level` for the named
// (enterprise, line) pairs applied; the others are rejected. The proposals are
// computed again on the stored version and inventory, so what is applied is
// what the optimizer proposes, not what a client sends.
core::Result<ListImported> AcceptProposals(
    storage::Store& store, const std::string& city, int from, alert::Level level,
    const std::vector<std::pair<std::string, std::string>>& accepted, const Actor& actor,
    const std::string& now);

}  // namespace lantian::app
