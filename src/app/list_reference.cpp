#include "app/list_reference.hpp"

#include <algorithm>

#include "app/access_status.hpp"
#include "app/list_check.hpp"
#include "io/emergency_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

std::string CanonicalTemplates(const std::vector<emergency::Template>& rows) {
  std::string csv = "industry,grade,level,min_percent\n";
  for (const auto& t : rows) {
    const int p = t.min_permille;
    csv += t.industry + "," + std::string(emergency::GradeName(t.grade)) + "," +
           std::string(alert::LevelName(t.level)) + "," + std::to_string(p / 10) +
           (p % 10 ? "." + std::to_string(p % 10) : "") + "\n";
  }
  return csv;
}

std::string CanonicalIndustries(const std::set<std::string>& codes) {
  std::string csv = "code\n";
  for (const auto& c : codes) csv += c + "\n";
  return csv;
}

core::Status CanRead(const auth::Principal& p) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (p.role == auth::Role::kEnterprise || p.role == auth::Role::kPublic) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "this role may not see the provinces' list tables");
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<ListReference> ReferenceForProvince(storage::Store& store,
                                                 const std::string& province_zh) {
  ListReference r;
  LANTIAN_ASSIGN_OR_RETURN(r.industries, BuiltInIndustries());
  LANTIAN_ASSIGN_OR_RETURN(emergency::Templates built_in, BuiltInTemplates());
  std::vector<emergency::Template> own_templates;
  if (!province_zh.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(auto tables, store.ProvinceListTables(province_zh));
    for (const auto& t : tables) {
      if (t.kind == "templates") {
        LANTIAN_ASSIGN_OR_RETURN(own_templates, ReadTableText<std::vector<emergency::Template>>(
                                                    t.file, t.content, io::ReadTemplates));
      } else if (t.kind == "industries") {
        LANTIAN_ASSIGN_OR_RETURN(auto codes, ReadTableText<std::set<std::string>>(
                                                 t.file, t.content, io::ReadIndustries));
        r.industries.insert(codes.begin(), codes.end());
      }
      r.own.push_back(t.kind);
    }
  }
  r.templates = emergency::Templates(emergency::MergeTemplates(built_in.rows(), own_templates));
  return r;
}

core::Result<storage::ProvinceListTable> ImportProvinceTable(
    storage::Store& store, const TableFile& file, const std::string& province_zh,
    const std::string& kind, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  if (kind != "templates" && kind != "industries") {
    return core::InvalidInput("kind is templates or industries", "kind");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const bool known = std::any_of(units.begin(), units.end(),
                                 [&](const auto& u) { return u.province_zh == province_zh; });
  if (!known) {
    return core::NotFound("'" + province_zh + "' is not a province of the plan (e.g. 河北省)",
                          "province");
  }
  const auth::Principal& p = actor.principal;
  const bool may = p.role == auth::Role::kNational ||
                   (p.role == auth::Role::kProvince && p.scope == province_zh);
  if (!may) {
    if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
    return AccessStatus(
        p.role == auth::Role::kProvince ? auth::Access::kOutOfScope : auth::Access::kRoleForbidden,
        "province " + province_zh,
        "only the province itself (or the ministry) sets its list tables");
  }
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  storage::ProvinceListTable t{province_zh, kind, "", file.name, actor.name, now};
  if (kind == "templates") {
    auto rows = io::ReadTemplates(reader, reports.back());
    LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was stored"));
    if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
    t.content = CanonicalTemplates(rows);
  } else {
    auto codes = io::ReadIndustries(reader, reports.back());
    LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("nothing was stored"));
    if (codes.empty()) return core::InvalidInput(file.name + ": the table has no row");
    t.content = CanonicalIndustries(codes);
  }
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto before, store.ProvinceListTables(province_zh));
    std::string old;
    for (const auto& b : before) {
      if (b.kind == kind) old = nlohmann::json{{"file", b.file}, {"csv", b.content}}.dump();
    }
    LANTIAN_RETURN_IF_ERROR(store.PutProvinceListTable(t));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "province-list-table",
                            province_zh + " " + kind, old,
                            nlohmann::json{{"file", t.file}, {"csv", t.content}}.dump(), "", ""});
  }));
  return t;
}

core::Result<std::vector<storage::ProvinceListTable>> ProvinceTables(
    storage::Store& store, const auth::Principal& principal, const std::string& province_zh) {
  LANTIAN_RETURN_IF_ERROR(CanRead(principal));
  return store.ProvinceListTables(province_zh);
}

}  // namespace lantian::app
