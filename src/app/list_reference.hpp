// What a city's list is checked against (issue 6 §2): the 39 industries and
// the measure templates built in, with its province's own tables when the
// province stored them — industries added to the 39, templates whose rows for
// an industry replace the built-in rows of that industry
// (emergency::MergeTemplates). A province stores its tables as a CSV or
// workbook (`lantian list province-table`, POST /api/provinces/{p}/list-tables/
// {kind}); they are kept as canonical CSV and replaced whole, each change in
// the audit trail.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "emergency/rules.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct ListReference {
  std::set<std::string> industries;
  emergency::Templates templates;
  std::vector<std::string> own;  // the kinds the province stored ("templates", "industries")
};

core::Result<ListReference> ReferenceForProvince(storage::Store& store,
                                                 const std::string& province_zh);

// `kind`: templates (industry,grade,level,min_percent) or industries (code[,…]).
// The national office, or the province itself, may store them.
core::Result<storage::ProvinceListTable> ImportProvinceTable(
    storage::Store& store, const TableFile& file, const std::string& province_zh,
    const std::string& kind, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// The stored tables ("" = every province): officials (not enterprises).
core::Result<std::vector<storage::ProvinceListTable>> ProvinceTables(
    storage::Store& store, const auth::Principal& principal, const std::string& province_zh);

}  // namespace lantian::app
