#include "app/list_store.hpp"

#include "app/access_status.hpp"
#include "app/list_records.hpp"
#include "auth/access.hpp"
#include "emergency/workflow.hpp"
#include "io/campaign_tables.hpp"

namespace lantian::app {

core::Result<std::map<std::string, campaign::Unit>> UnitsByCode(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::map<std::string, campaign::Unit> out;
  for (auto& u : units) out.emplace(u.code, std::move(u));
  return out;
}

core::Result<campaign::Unit> ListCityUnit(storage::Store& store, const std::string& city) {
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const campaign::Unit* u = io::FindUnit(city, units);
  if (!u) return core::NotFound("no unit " + city + " in the plan", "city");
  return *u;
}

core::Result<storage::ListVersion> ListVersionOf(storage::Store& store,
                                                 const std::string& city_code, int number) {
  LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(city_code));
  if (versions.empty()) return core::NotFound("no list of " + city_code + " is stored", "city");
  if (number == 0) return versions.back();
  for (auto& v : versions) {
    if (v.version == number) return v;
  }
  return core::NotFound("no version " + std::to_string(number) + " of " + city_code + "'s list",
                        "version");
}

core::Result<emergency::EmergencyList> ListContent(const storage::ListVersion& v) {
  auto j = nlohmann::json::parse(v.content, nullptr, false);
  if (j.is_discarded())
    return core::Internal("stored list version " + std::to_string(v.id) + " is not JSON");
  return ListFromJson(j);
}

core::Status CanReadListOf(const auth::Principal& p, const campaign::Unit& u) {
  return AccessStatus(auth::CanReadList(p, auth::PlaceOf(u)), "city " + u.code,
                      "this role may not see emergency lists");
}

core::Result<std::optional<ListInForce>> ListInForceAt(storage::Store& store,
                                                       const std::string& city_code,
                                                       core::Instant t) {
  LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(city_code));
  std::optional<ListInForce> approved, latest;
  for (auto& v : versions) {
    auto created = core::ParseInstant(v.created_at);
    if (!created || *created > t) continue;
    LANTIAN_ASSIGN_OR_RETURN(auto steps, store.ListSteps(v.id));
    std::string approved_at;
    for (const auto& s : steps) {
      const auto step = emergency::ParseListStep(s.step);
      const auto at = core::ParseInstant(s.at);
      if (!step || !at || *at > t) continue;
      if (*step == emergency::ListStep::kApprove || *step == emergency::ListStep::kReport) {
        if (approved_at.empty()) approved_at = s.at;
      } else if (*step == emergency::ListStep::kReturn) {
        approved_at.clear();  // sent back: no longer approved
      }
    }
    if (!approved_at.empty()) approved = ListInForce{v, true, approved_at};
    latest = ListInForce{std::move(v), false, ""};
  }
  if (approved) return approved;
  return latest;
}

}  // namespace lantian::app
