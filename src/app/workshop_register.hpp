// The 散乱污 register (issue 8 §3; plan （十）): workshops found by inspection,
// grid report, electricity data, satellite, drone or hotline; assessed to be
// closed down or rectified; accepted as closed down (两断三清) or white-listed;
// a find where a closed-down or white-listed one was is a rebound
// (ledger/workshop.hpp). Counts per district with "dynamic zero". Rights are
// those of supervision problems (auth/access.hpp): found by the bureaus within
// their area (a district in its own), assessed by the responsible unit or
// above, accepted strictly above it (the city for a district's workshop).
// Every change is audited with it, in one transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "io/file_report.hpp"
#include "ledger/workshop.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// What a finder records. `city` a code or name; `account` a power account
// whose address, district and coordinates fill what is not given (and which
// becomes the source_ref); `deadline` "" = 30 days after finding; `source` ""
// = inspection (electricity when an account is named).
struct NewWorkshop {
  std::string city;
  std::string district;
  std::string township;
  std::string name;
  std::string address;
  std::optional<double> lat, lon;
  std::string industry;
  std::string what;
  std::string source;
  std::string photos;
  std::string deadline;
  std::string account;
};

// Registers a found workshop, marked as a rebound of the newest closed-down
// or white-listed one at the same place. Conflict when an open workshop at
// the same place is on the register already. Errors name the field.
core::Result<storage::Workshop> FindWorkshop(storage::Store& store, const Actor& actor,
                                             const NewWorkshop& workshop, core::Instant now);

// One step: assess-close / assess-rectify (note = the reason, required;
// `deadline` sets the handling deadline), accept-closure (evidence of 两断三清
// required) and accept-rectification (evidence of the permits and the
// treatment required). Conflict when the step does not follow from the status.
core::Result<storage::Workshop> ActOnWorkshop(storage::Store& store, const Actor& actor, int64_t id,
                                              ledger::WorkshopAction action,
                                              const std::string& note, const std::string& evidence,
                                              const std::string& deadline, core::Instant now);

// The workshops `p` may read, of `city` ("" = all) with `status` ("" = any;
// found, to-close, to-rectify, closed-down, whitelisted; open; overdue;
// rebound).
core::Result<std::vector<storage::Workshop>> VisibleWorkshops(storage::Store& store,
                                                              const auth::Principal& p,
                                                              const std::string& city,
                                                              const std::string& status,
                                                              core::Date today);

// Per city and district `p` may read: found, open, overdue, closed down,
// white-listed, rebounds, and whether it is at dynamic zero.
core::Result<nlohmann::json> WorkshopStatsJson(storage::Store& store, const auth::Principal& p,
                                               core::Date today);

// Registers the grid company's dedicated-transformer accounts (CSV or XLSX,
// io/power_account_table.hpp) for the cities whose lists `actor` keeps; all
// or none, audited. Their readings load with `lantian electricity readings`.
core::Result<std::vector<storage::PowerAccount>> ImportPowerAccounts(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// The candidates of `city` over the quarter hours ending in [from, to]: every
// power account whose load looks industrial (verify/industrial_load.hpp) at
// a place where no enterprise of the city's emergency list in force and no
// white-listed workshop is, and no open workshop of the register; a
// candidate at the place of a closed-down workshop is marked as a suspected
// rebound. Officials who may read the city's lists (a district the accounts
// within it).
core::Result<nlohmann::json> WorkshopCandidatesJson(storage::Store& store, const auth::Principal& p,
                                                    const std::string& city,
                                                    const std::string& from, const std::string& to,
                                                    core::Instant now);

nlohmann::json WorkshopJson(const storage::Workshop& w, core::Date today,
                            const std::vector<storage::WorkshopEvent>& history = {});

}  // namespace lantian::app
