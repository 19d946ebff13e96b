// The monitoring-network checks (issue 8 §5; plan （二十）; ledger/
// network_check.hpp) over the registry: the supplementary stations (VOCs,
// traffic, dust fall) and the outlets' stack heights loaded from tables; the
// devices and their uploads (issue 7); the emergency lists in force for the
// VOCs key sources; the monthly dust-fall results. Tables are kept by the
// bureaus that keep the cities' lists (all or none, audited); the checks are
// read by officials for the cities in their area.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

core::Result<std::vector<storage::NetworkSiteRow>> ImportNetworkSites(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

core::Result<std::vector<storage::SourceOutletRow>> ImportSourceOutlets(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// The four checks for every plan city `p` may read, as of `day`:
// {as_of, checks: {vocs|traffic|sources|dustfall: [{city, name, pass, overdue,
// have, need, gaps: [{object, what, note}]}]}, summary: {…: {pass, fail}}}.
core::Result<nlohmann::json> NetworkChecksJson(storage::Store& store, const auth::Principal& p,
                                               core::Date day);

}  // namespace lantian::app
