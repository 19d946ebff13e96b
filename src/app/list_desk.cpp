#include "app/list_desk.hpp"

#include <algorithm>

#include "app/access_status.hpp"
#include "app/list_records.hpp"
#include "app/list_reference.hpp"
#include "app/list_store.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "io/campaign_tables.hpp"
#include "io/emergency_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

// When a step was taken: `at` as a canonical time, or `now`.
core::Result<std::string> TakenAt(const std::string& at, const std::string& now) {
  if (at.empty()) return now;
  auto t = core::ParseInstant(at);
  if (!t) return core::InvalidInput(t.error().message(), "at");
  return core::FormatInstant(*t);
}

}  // namespace

core::Result<ListImported> StoreListDraft(storage::Store& store, const campaign::Unit& u,
                                          emergency::EmergencyList list, const std::string& source,
                                          const Actor& actor, const std::string& now,
                                          const std::string& taken_at, nlohmann::json audit_extra) {
  list.city = u.code;
  for (auto& e : list.enterprises) e.city = u.code;
  LANTIAN_ASSIGN_OR_RETURN(ListReference reference, ReferenceForProvince(store, u.province_zh));
  ListImported out;
  out.enterprises = list.enterprises.size();
  out.lines = list.lines.size();
  out.measures = list.measures.size();
  out.findings = emergency::ValidateList(list, reference.industries, reference.templates).size();
  storage::ListVersion& v = out.version;
  v.city_code = u.code;
  v.status = std::string(emergency::ListStatusName(emergency::ListStatus::kDraft));
  v.content = ListToJson(list).dump();
  v.file = source;
  // A folder of CSVs has no one hash: the hash of its content as stored.
  v.sha256 = crypto::Sha256Hex(v.content);
  v.created_by = actor.name;
  v.created_at = taken_at;
  nlohmann::json after{{"file", v.file},           {"sha256", v.sha256},
                       {"status", v.status},       {"enterprises", out.enterprises},
                       {"lines", out.lines},       {"measures", out.measures},
                       {"findings", out.findings}, {"drawn_up_at", v.created_at}};
  if (audit_extra.is_object()) after.update(audit_extra);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(u.code));
    v.version = versions.empty() ? 1 : versions.back().version + 1;
    LANTIAN_ASSIGN_OR_RETURN(v.id, store.AddListVersion(v));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "emergency-list",
                            u.code + " v" + std::to_string(v.version), "", after.dump(), "", ""});
  }));
  return out;
}

core::Result<ListImported> ImportList(storage::Store& store, const TableFile& file,
                                      const Actor& actor, const std::string& now,
                                      std::vector<io::FileReport>& reports, const std::string& at) {
  LANTIAN_ASSIGN_OR_RETURN(const std::string taken_at, TakenAt(at, now));
  LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList list,
                           io::ReadEmergencyList(file.path, reports));
  if (list.enterprises.empty())
    return core::InvalidInput(file.name + ": the list has no enterprise");
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, list.city));
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanDraftList(actor.principal, auth::PlaceOf(u)),
                                       "city " + u.code,
                                       "this role may not draft emergency lists"));
  return StoreListDraft(store, u, std::move(list), file.name, actor, now, taken_at, {});
}

core::Result<emergency::Inventory> ImportInventory(storage::Store& store, const TableFile& file,
                                                   const Actor& actor, const std::string& now,
                                                   std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  emergency::Inventory inv = io::ReadInventory(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus());
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, inv.city));
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanDraftList(actor.principal, auth::PlaceOf(u)),
                                       "city " + u.code, "this role may not set inventories"));
  inv.city = u.code;
  std::vector<storage::InventoryRow> rows;
  nlohmann::json after = nlohmann::json::object();
  for (auto p : emergency::kPollutants) {
    const std::string name(emergency::PollutantName(p));
    rows.push_back({u.code, name, inv.kg[static_cast<int>(p)], inv.source});
    after[name + "_kg_per_day"] = inv.kg[static_cast<int>(p)];
  }
  after["source"] = inv.source;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto before_rows, store.Inventory(u.code));
    nlohmann::json before = nlohmann::json::object();
    for (const auto& r : before_rows) before[r.pollutant + "_kg_per_day"] = r.kg_per_day;
    LANTIAN_RETURN_IF_ERROR(store.ReplaceInventory(u.code, rows));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "emission-inventory", u.code,
                            before_rows.empty() ? "" : before.dump(), after.dump(), "", ""});
  }));
  return inv;
}

core::Result<storage::ListVersion> TakeListStep(storage::Store& store, const std::string& city,
                                                int version, emergency::ListStep step,
                                                const std::string& comment, const Actor& actor,
                                                const std::string& now, const std::string& at) {
  LANTIAN_ASSIGN_OR_RETURN(const std::string taken_at, TakenAt(at, now));
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  const auth::Place place = auth::PlaceOf(u);
  if (emergency::IsReviewStep(step)) {
    LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanReviewList(actor.principal, place),
                                         "city " + u.code,
                                         "only the province, the regional office or the ministry "
                                         "reviews and reports lists"));
  } else {
    LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanDraftList(actor.principal, place),
                                         "city " + u.code, "this role may not submit lists"));
  }
  storage::ListVersion v;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(v, ListVersionOf(store, u.code, version));
    auto current = emergency::ParseListStatus(v.status);
    if (!current) return core::Internal("list version " + std::to_string(v.id) + " has no status");
    LANTIAN_ASSIGN_OR_RETURN(emergency::ListStatus next,
                             emergency::ApplyListStep(*current, step, comment));
    LANTIAN_ASSIGN_OR_RETURN(auto earlier, store.ListSteps(v.id));
    const std::string previous = earlier.empty() ? v.created_at : earlier.back().at;
    const auto t = core::ParseInstant(taken_at);
    const auto before_t = core::ParseInstant(previous);
    if (t && before_t && *t < *before_t) {
      return core::InvalidInput("the step is dated " + taken_at +
                                    ", before the version's previous step (" + previous + ")",
                                "at");
    }
    const std::string before = v.status;
    v.status = std::string(emergency::ListStatusName(next));
    LANTIAN_RETURN_IF_ERROR(store.SetListStatus(v.id, v.status));
    LANTIAN_RETURN_IF_ERROR(store
                                .AddListStep({0, v.id, std::string(emergency::ListStepName(step)),
                                              comment, actor.name, taken_at})
                                .status());
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "emergency-list",
                            u.code + " v" + std::to_string(v.version),
                            nlohmann::json{{"status", before}}.dump(),
                            [&] {
                              nlohmann::json after{{"status", v.status},
                                                   {"step", emergency::ListStepName(step)},
                                                   {"comment", comment}};
                              if (!at.empty()) after["at"] = taken_at;
                              return after.dump();
                            }(),
                            "", ""});
  }));
  v.content.clear();
  return v;
}

core::Result<std::vector<ListVersionView>> ListVersionsOf(storage::Store& store,
                                                          const auth::Principal& principal,
                                                          const std::string& city) {
  // Roles that may see no list at all are refused as such, not given an empty answer.
  if (const auto a = auth::CanReadList(principal, auth::Place{});
      a == auth::Access::kNotLoggedIn || a == auth::Access::kRoleForbidden) {
    return AccessStatus(a, "lists", "this role may not see emergency lists");
  }
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    LANTIAN_RETURN_IF_ERROR(CanReadListOf(principal, u));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(code));
  std::vector<ListVersionView> out;
  for (auto& v : versions) {
    const campaign::Unit* u = io::FindUnit(v.city_code, units);
    if (!u || auth::CanReadList(principal, auth::PlaceOf(*u)) != auth::Access::kAllowed) continue;
    ListVersionView view;
    LANTIAN_ASSIGN_OR_RETURN(view.steps, store.ListSteps(v.id));
    LANTIAN_ASSIGN_OR_RETURN(auto confirmed, store.SheetConfirmations(v.id));
    view.confirmations = confirmed.size();
    v.content.clear();
    view.version = std::move(v);
    out.push_back(std::move(view));
  }
  return out;
}

core::Result<std::pair<storage::ListVersion, emergency::EmergencyList>> ListVersionContent(
    storage::Store& store, const auth::Principal& principal, const std::string& city, int version) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(principal, u));
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion v, ListVersionOf(store, u.code, version));
  LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList list, ListContent(v));
  v.content.clear();
  return std::make_pair(std::move(v), std::move(list));
}

core::Result<ListCheckResult> CheckStoredList(storage::Store& store,
                                              const auth::Principal& principal,
                                              const std::string& city, int version) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(principal, u));
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion v, ListVersionOf(store, u.code, version));
  ListCheckResult r;
  LANTIAN_ASSIGN_OR_RETURN(r.list, ListContent(v));
  LANTIAN_ASSIGN_OR_RETURN(auto rows, store.Inventory(u.code));
  if (rows.empty()) {
    return core::NotFound("no emission inventory of " + u.code + " is stored; import one first",
                          "inventory");
  }
  r.inventory.city = u.code;
  for (const auto& row : rows) {
    for (auto p : emergency::kPollutants) {
      if (emergency::PollutantName(p) == row.pollutant)
        r.inventory.kg[static_cast<int>(p)] = row.kg_per_day;
    }
    r.inventory.source = row.source;
  }
  LANTIAN_ASSIGN_OR_RETURN(ListReference reference, ReferenceForProvince(store, u.province_zh));
  r.findings = emergency::ValidateList(r.list, reference.industries, reference.templates);
  r.check = emergency::CheckList(r.list, r.inventory);
  return r;
}

core::Result<emergency::Optimization> OptimizeStoredList(storage::Store& store,
                                                         const auth::Principal& principal,
                                                         const std::string& city, int version,
                                                         alert::Level level) {
  LANTIAN_ASSIGN_OR_RETURN(ListCheckResult r, CheckStoredList(store, principal, city, version));
  return emergency::Optimize(r.list, r.inventory, level);
}

core::Result<std::vector<emergency::Change>> DiffListVersions(storage::Store& store,
                                                              const auth::Principal& principal,
                                                              const std::string& city, int from,
                                                              int to) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(principal, u));
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion a, ListVersionOf(store, u.code, from));
  LANTIAN_ASSIGN_OR_RETURN(storage::ListVersion b, ListVersionOf(store, u.code, to));
  LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList la, ListContent(a));
  LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList lb, ListContent(b));
  return emergency::DiffLists(la, lb);
}

}  // namespace lantian::app
