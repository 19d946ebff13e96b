// City targets as the assessment uses them: the official table where it is
// loaded, otherwise the tier rule applied to each city's baseline computed from
// the data (the same quarter of 2019, dust days left out); and the audited
// writes that load an official table or replace the tier rule.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/campaign_inputs.hpp"
#include "app/table_file.hpp"
#include "campaign/city_target.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Targets of `phase` ("2020Q4", "2021Q1") by city code, for every unit that has
// an official target or a baseline to derive one from. `inputs` must hold the
// phase's baseline period.
core::Result<std::map<std::string, campaign::CityTarget>> ResolveTargets(
    const CampaignInputs& inputs, const std::string& phase);

// Every unit's target of both phases, with where it came from (for `lantian
// targets show` and the API); units without either have none.
struct TargetsView {
  std::vector<campaign::CityTarget> targets;
  std::vector<std::string> notes;
};
core::Result<TargetsView> ShowTargets(storage::Store& store);

struct TargetsImportResult {
  std::string file;
  std::vector<std::string> phases;  // phases the table replaced
  size_t rows = 0;
};

// Loads an official table (CSV or XLSX, io/campaign_tables.hpp): the phases it
// covers are replaced as a whole, in one transaction with its audit entry.
// Nothing is stored when the table has any problem.
core::Result<TargetsImportResult> ImportCityTargets(storage::Store& store, const TableFile& table,
                                                    const Actor& actor, const std::string& now);

// Writes the template of the official table (.xlsx or .csv by the extension):
// one row per plan unit and phase with its code and name, the numbers left
// blank; the 2+26 and Fenwei cities must be filled in, the others may be.
core::Status WriteTargetTemplate(const std::vector<campaign::Unit>& units, const std::string& path);

// Replaces the tier rule (and the stricter targets when `stricter_path` is given).
core::Status ReplaceTierRule(storage::Store& store, const std::string& rule_path,
                             const std::optional<std::string>& stricter_path, const Actor& actor,
                             const std::string& now);

}  // namespace lantian::app
