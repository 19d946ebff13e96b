#include "app/enterprise_sheet.hpp"

#include <algorithm>

#include "app/access_status.hpp"
#include "app/list_records.hpp"
#include "auth/access.hpp"
#include "campaign/baseline.hpp"

namespace lantian::app {
namespace {

// The newest version of a city's list (of `city` only when given) that names
// the enterprise, with that list: the first city whose newest version does.
struct Found {
  campaign::Unit unit;
  storage::ListVersion version;
  emergency::EmergencyList list;
};
core::Result<std::optional<Found>> FindNewest(storage::Store& store, const std::string& credit_code,
                                              const std::string& city) {
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(code));
  // By city then version: the newest of a city is the last of its run.
  for (size_t i = 0; i < versions.size(); ++i) {
    const bool newest =
        i + 1 == versions.size() || versions[i + 1].city_code != versions[i].city_code;
    if (!newest || versions[i].content.find(credit_code) == std::string::npos) continue;
    LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList list, ListContent(versions[i]));
    const bool named = std::any_of(list.enterprises.begin(), list.enterprises.end(),
                                   [&](const auto& e) { return e.credit_code == credit_code; });
    if (!named) continue;
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, versions[i].city_code));
    return std::optional<Found>(Found{std::move(u), std::move(versions[i]), std::move(list)});
  }
  return std::optional<Found>{};
}

core::Status NotListed(const std::string& credit_code) {
  return core::NotFound("no stored emergency list names enterprise " + credit_code, "enterprise");
}

}  // namespace

core::Result<EnterpriseSheet> SheetOf(storage::Store& store, const auth::Principal& principal,
                                      const std::string& credit_code, const std::string& city) {
  if (!principal.authenticated()) {
    return AccessStatus(auth::Access::kNotLoggedIn, "sheet", "log in first");
  }
  // An enterprise asking for another's sheet learns nothing, not even whether it is listed.
  if (principal.role == auth::Role::kEnterprise && principal.scope != credit_code) {
    return NotListed(credit_code);
  }
  LANTIAN_ASSIGN_OR_RETURN(auto found, FindNewest(store, credit_code, city));
  if (!found) return NotListed(credit_code);
  LANTIAN_RETURN_IF_ERROR(
      AccessStatus(auth::CanReadSheet(principal, auth::PlaceOf(found->unit), credit_code),
                   "enterprise " + credit_code, "this role may not see emergency lists"));
  EnterpriseSheet s;
  s.city = found->unit.code;
  s.city_name = found->unit.name_zh;
  for (auto& e : found->list.enterprises) {
    if (e.credit_code == credit_code) s.enterprise = e;
  }
  for (auto& l : found->list.lines) {
    if (l.enterprise == credit_code) s.lines.push_back(l);
  }
  for (const auto& l : s.lines) {
    for (auto level : emergency::kListLevels) {
      for (const auto& m : found->list.measures) {
        if (m.enterprise == credit_code && m.line == l.id && m.level == level) {
          s.measures.push_back(m);
          break;
        }
      }
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(auto confirmations, store.SheetConfirmations(found->version.id));
  for (auto& c : confirmations) {
    if (c.credit_code == credit_code) s.confirmations.push_back(std::move(c));
  }
  LANTIAN_ASSIGN_OR_RETURN(core::Period season, campaign::ParseSeasonOrPeriod("season"));
  LANTIAN_ASSIGN_OR_RETURN(s.in_force, InForceOf(store, found->unit, season, credit_code));
  found->version.content.clear();
  s.version = std::move(found->version);
  return s;
}

core::Result<storage::SheetConfirmation> ConfirmSheet(storage::Store& store,
                                                      const std::string& credit_code, int version,
                                                      const std::string& note, const Actor& actor,
                                                      const std::string& now) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanConfirmSheet(actor.principal, credit_code),
                                       "enterprise " + credit_code,
                                       "only the enterprise itself confirms its sheet"));
  if (version <= 0) {
    return core::InvalidInput("version: the number of the version whose sheet was shown",
                              "version");
  }
  storage::SheetConfirmation c;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto found, FindNewest(store, credit_code, ""));
    if (!found) return NotListed(credit_code);
    if (found->version.version != version) {
      return core::Conflict("version " + std::to_string(version) + " is not the newest list of " +
                                found->unit.code + " naming " + credit_code + "; version " +
                                std::to_string(found->version.version) + " is",
                            "version");
    }
    c = {0, found->version.id, credit_code, actor.name, now, note};
    LANTIAN_ASSIGN_OR_RETURN(c.id, store.AddSheetConfirmation(c));
    return storage::AppendAudit(
        store,
        audit::Entry{0, now, actor.name, actor.action, "emergency-sheet",
                     credit_code + " in " + found->unit.code + " v" + std::to_string(version), "",
                     nlohmann::json{{"confirmed", true}, {"note", note}}.dump(), "", ""});
  }));
  return c;
}

nlohmann::json SheetJson(const EnterpriseSheet& s) {
  emergency::EmergencyList own{s.city, {s.enterprise}, s.lines, s.measures};
  nlohmann::json confirmations = nlohmann::json::array();
  for (const auto& c : s.confirmations) {
    confirmations.push_back({{"by", c.confirmed_by}, {"at", c.confirmed_at}, {"note", c.note}});
  }
  return {{"city", s.city},
          {"city_name", s.city_name},
          {"version",
           {{"version", s.version.version},
            {"status", s.version.status},
            {"created_at", s.version.created_at}}},
          {"sheet", ListToJson(own)},
          {"confirmations", confirmations},
          {"in_force", InForceJson(s.in_force, true)}};
}

}  // namespace lantian::app
