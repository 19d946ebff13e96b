#include "app/workshop_register.hpp"

#include <map>
#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "app/monitoring_devices.hpp"
#include "io/power_account_table.hpp"
#include "io/xlsx_reader.hpp"
#include "verify/industrial_load.hpp"

namespace lantian::app {
namespace {

using ledger::WorkshopAction;
using ledger::WorkshopStatus;

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

WorkshopStatus StatusOf(const storage::Workshop& w) {
  return ledger::ParseWorkshopStatus(w.status).value_or(WorkshopStatus::kFound);
}

ledger::WorkshopPlace PlaceOf(const storage::Workshop& w) {
  return {w.id, w.city_code, w.address, w.lat, w.lon, StatusOf(w)};
}

std::vector<ledger::WorkshopPlace> PlacesOf(const std::vector<storage::Workshop>& all) {
  std::vector<ledger::WorkshopPlace> out;
  for (const auto& w : all) out.push_back(PlaceOf(w));
  return out;
}

core::Status Audit(storage::Store& store, const Actor& actor, const std::string& at,
                   const std::string& object, int64_t id, std::string before, std::string after) {
  return storage::AppendAudit(
      store, audit::Entry{0, at, actor.name, actor.action, object, std::to_string(id),
                          std::move(before), std::move(after), "", ""});
}

bool Matches(const storage::Workshop& w, const std::string& status, core::Date today) {
  if (status.empty()) return true;
  const auto s = StatusOf(w);
  if (status == "open") return ledger::WorkshopOpen(s);
  if (status == "overdue") return ledger::WorkshopOverdue(s, w.deadline, today);
  if (status == "rebound") return w.rebound_of != 0;
  return w.status == status;
}

nlohmann::json Coordinate(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

// Fills what the finder left out from the named power account.
core::Status FromAccount(storage::Store& store, const std::string& city_code, NewWorkshop& in,
                         std::string& source_ref) {
  if (in.account.empty()) return core::Status::Ok();
  LANTIAN_ASSIGN_OR_RETURN(auto accounts, store.PowerAccounts(city_code));
  for (const auto& a : accounts) {
    if (a.account != in.account) continue;
    if (in.address.empty()) in.address = a.address;
    if (in.district.empty()) in.district = a.district;
    if (!in.lat && !in.lon) {
      in.lat = a.lat;
      in.lon = a.lon;
    }
    if (in.source.empty()) in.source = "electricity";
    source_ref = "account:" + a.account;
    return core::Status::Ok();
  }
  return core::NotFound("no power account " + in.account + " in city " + city_code, "account");
}

}  // namespace

nlohmann::json WorkshopJson(const storage::Workshop& w, core::Date today,
                            const std::vector<storage::WorkshopEvent>& history) {
  const auto s = StatusOf(w);
  nlohmann::json j{
      {"id", w.id},
      {"city", w.city_code},
      {"district", w.district},
      {"township", w.township},
      {"name", w.name},
      {"address", w.address},
      {"lat", Coordinate(w.lat)},
      {"lon", Coordinate(w.lon)},
      {"industry", w.industry},
      {"what", w.what},
      {"source", w.source},
      {"source_ref", w.source_ref},
      {"found_by", w.found_by},
      {"found_at", w.found_at},
      {"photos", w.photos},
      {"deadline", w.deadline},
      {"status", w.status},
      {"status_zh", std::string(ledger::WorkshopStatusZh(s))},
      {"overdue", ledger::WorkshopOverdue(s, w.deadline, today)},
      {"rebound_of", w.rebound_of == 0 ? nlohmann::json(nullptr) : nlohmann::json(w.rebound_of)},
      {"updated_at", w.updated_at}};
  if (!history.empty()) {
    nlohmann::json h = nlohmann::json::array();
    for (const auto& e : history) {
      h.push_back({{"action", e.action},
                   {"by", e.actor},
                   {"at", e.at},
                   {"status", e.status},
                   {"evidence", e.evidence},
                   {"note", e.note}});
    }
    j["history"] = h;
  }
  return j;
}

core::Result<storage::Workshop> FindWorkshop(storage::Store& store, const Actor& actor,
                                             const NewWorkshop& given, core::Instant now) {
  if (given.city.empty()) return core::InvalidInput("name the city", "city");
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, given.city));
  NewWorkshop in = given;
  std::string source_ref;
  LANTIAN_RETURN_IF_ERROR(FromAccount(store, u.code, in, source_ref));
  if (!in.district.empty() &&
      (in.district.size() != 6 || auth::ParentCityOfDistrict(in.district) != u.code ||
       in.district == u.code)) {
    return core::InvalidInput(in.district + " is not a district of " + u.name_zh, "district");
  }
  LANTIAN_RETURN_IF_ERROR(
      AccessStatus(auth::CanFindProblem(actor.principal, auth::PlaceOf(u), in.district),
                   "city " + u.code, "workshops are registered by the environment bureaus"));
  if (Blank(in.address)) return core::InvalidInput("give the workshop's address", "address");
  if (in.lat.has_value() != in.lon.has_value()) {
    return core::InvalidInput("give both lat and lon, or neither", in.lat ? "lon" : "lat");
  }
  if ((in.lat && (*in.lat < -90 || *in.lat > 90)) ||
      (in.lon && (*in.lon < -180 || *in.lon > 180))) {
    return core::InvalidInput("coordinates are decimal degrees", "lat");
  }
  if (Blank(in.what)) {
    return core::InvalidInput("say what makes it 散乱污 (no permit, no treatment …)", "what");
  }
  const std::string source = in.source.empty() ? "inspection" : in.source;
  auto parsed_source = ledger::ParseWorkshopSource(source);
  if (!parsed_source) {
    return core::InvalidInput(
        "the source is inspection, grid, electricity, satellite, drone or hotline", "source");
  }
  std::string deadline = in.deadline.empty() ? core::FormatIsoDate(now.date() + 30) : in.deadline;
  auto d = core::ParseIsoDate(deadline);
  if (!d) return core::InvalidInput(d.error().message(), "deadline");
  if (*d < now.date()) return core::InvalidInput("the deadline has passed already", "deadline");
  const std::string at = core::FormatInstant(now);
  storage::Workshop w{0,
                      u.code,
                      in.district,
                      in.township,
                      in.name,
                      in.address,
                      in.lat,
                      in.lon,
                      in.industry,
                      in.what,
                      std::string(ledger::WorkshopSourceName(*parsed_source)),
                      source_ref,
                      actor.name,
                      at,
                      in.photos,
                      deadline,
                      "found",
                      0,
                      at};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto earlier, store.Workshops(u.code));
    const auto places = PlacesOf(earlier);
    if (auto open = ledger::OpenWorkshopAt(PlaceOf(w), places)) {
      return core::Conflict("workshop " + std::to_string(*open) +
                            " at the same place is on the register and not yet handled");
    }
    w.rebound_of = ledger::WorkshopReboundOf(PlaceOf(w), places).value_or(0);
    LANTIAN_ASSIGN_OR_RETURN(w.id, store.AddWorkshop(w));
    LANTIAN_RETURN_IF_ERROR(
        store.AddWorkshopEvent({0, w.id, "found", actor.name, at, "found", w.photos, w.what})
            .status());
    return Audit(store, actor, at, "workshop", w.id, "", WorkshopJson(w, now.date()).dump());
  }));
  return w;
}

core::Result<storage::Workshop> ActOnWorkshop(storage::Store& store, const Actor& actor, int64_t id,
                                              WorkshopAction action, const std::string& note,
                                              const std::string& evidence,
                                              const std::string& deadline, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.Workshops(""));
  const storage::Workshop* found = nullptr;
  for (const auto& w : all) {
    if (w.id == id) found = &w;
  }
  const auto not_found = core::NotFound("no workshop " + std::to_string(id), "id");
  if (!found) return not_found;
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, found->city_code));
  const auth::Place place = auth::PlaceOf(u);
  const auto read = auth::CanReadProblem(actor.principal, place, found->district, "");
  if (read == auth::Access::kOutOfScope) return not_found;
  LANTIAN_RETURN_IF_ERROR(AccessStatus(read, "workshop", "log in first"));
  if (ledger::IsAcceptance(action)) {
    LANTIAN_RETURN_IF_ERROR(AccessStatus(
        auth::CanSuperviseProblem(actor.principal, place, found->district), "workshop",
        "a closure or rectification is accepted by an office above the unit responsible"));
  } else {
    LANTIAN_RETURN_IF_ERROR(
        AccessStatus(auth::CanRectifyProblem(actor.principal, place, found->district), "workshop",
                     "a workshop is assessed by the unit responsible or an office above it"));
  }
  const auto next = ledger::NextWorkshopStatus(StatusOf(*found), action);
  if (!next) {
    return core::Conflict("workshop " + std::to_string(id) + " is " + found->status + ": " +
                          std::string(ledger::WorkshopActionName(action)) + " does not apply");
  }
  storage::Workshop after = *found;
  if (!ledger::IsAcceptance(action)) {
    if (Blank(note)) return core::InvalidInput("give the reason for the assessment", "note");
    if (!deadline.empty()) {
      auto d = core::ParseIsoDate(deadline);
      if (!d) return core::InvalidInput(d.error().message(), "deadline");
      after.deadline = deadline;
    }
  } else if (Blank(evidence)) {
    return core::InvalidInput(action == WorkshopAction::kAcceptClosure
                                  ? "acceptance of a closure needs evidence of 两断三清 (power and "
                                    "water cut; materials, products and equipment cleared)"
                                  : "acceptance of a rectification needs evidence (permits, "
                                    "treatment facilities, monitoring)",
                              "evidence");
  }
  after.status = std::string(ledger::WorkshopStatusName(*next));
  after.updated_at = core::FormatInstant(now);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(
        store.UpdateWorkshop(id, after.status, after.deadline, after.updated_at));
    LANTIAN_RETURN_IF_ERROR(
        store
            .AddWorkshopEvent({0, id, std::string(ledger::WorkshopActionName(action)), actor.name,
                               after.updated_at, after.status, evidence, note})
            .status());
    return Audit(store, actor, after.updated_at, "workshop", id,
                 WorkshopJson(*found, now.date()).dump(), WorkshopJson(after, now.date()).dump());
  }));
  return after;
}

core::Result<std::vector<storage::Workshop>> VisibleWorkshops(storage::Store& store,
                                                              const auth::Principal& p,
                                                              const std::string& city,
                                                              const std::string& status,
                                                              core::Date today) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (p.role == auth::Role::kPublic || p.role == auth::Role::kEnterprise) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "the register is for the environment bureaus");
  }
  static const std::set<std::string> statuses{"",           "found",       "to-close",
                                              "to-rectify", "closed-down", "whitelisted",
                                              "open",       "overdue",     "rebound"};
  if (!statuses.contains(status)) {
    return core::InvalidInput(
        "the status is found, to-close, to-rectify, closed-down, whitelisted, open, overdue or "
        "rebound",
        "status");
  }
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.Workshops(code));
  std::vector<storage::Workshop> out;
  for (auto& w : all) {
    auto u = units.find(w.city_code);
    if (u == units.end() || !Matches(w, status, today)) continue;
    if (auth::CanReadProblem(p, auth::PlaceOf(u->second), w.district, "") !=
        auth::Access::kAllowed) {
      continue;
    }
    out.push_back(std::move(w));
  }
  return out;
}

core::Result<nlohmann::json> WorkshopStatsJson(storage::Store& store, const auth::Principal& p,
                                               core::Date today) {
  LANTIAN_ASSIGN_OR_RETURN(auto visible, VisibleWorkshops(store, p, "", "", today));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto boundaries, store.Boundaries());
  std::map<std::string, std::string> district_names;
  for (const auto& b : boundaries) district_names[b.code] = b.name;
  std::map<std::string, std::map<std::string, ledger::DistrictCount>> by_city;
  for (const auto& w : visible) {
    ledger::CountWorkshop(by_city[w.city_code][w.district], StatusOf(w), w.deadline,
                          w.rebound_of != 0, today);
  }
  const auto counts = [](const ledger::DistrictCount& c) {
    return nlohmann::json{{"found", c.found},
                          {"open", c.open},
                          {"overdue", c.overdue},
                          {"closed_down", c.closed_down},
                          {"whitelisted", c.whitelisted},
                          {"rebounds", c.rebounds},
                          {"dynamic_zero", c.DynamicZero()}};
  };
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& [code, districts] : by_city) {
    auto u = units.find(code);
    ledger::DistrictCount total;
    nlohmann::json rows = nlohmann::json::array();
    int64_t at_zero = 0;
    for (const auto& [district, c] : districts) {
      nlohmann::json row = counts(c);
      row["district"] = district;
      auto name = district_names.find(district);
      row["name"] = district.empty()               ? "市本级"
                    : name == district_names.end() ? district
                                                   : name->second;
      rows.push_back(row);
      if (c.DynamicZero()) ++at_zero;
      total.found += c.found;
      total.open += c.open;
      total.overdue += c.overdue;
      total.closed_down += c.closed_down;
      total.whitelisted += c.whitelisted;
      total.rebounds += c.rebounds;
    }
    nlohmann::json city = counts(total);
    city["city"] = code;
    city["name"] = u == units.end() ? code : u->second.name_zh;
    city["districts_at_zero"] = at_zero;
    city["districts"] = rows;
    cities.push_back(city);
  }
  return nlohmann::json{{"as_of", core::FormatIsoDate(today)}, {"cities", cities}};
}

core::Result<std::vector<storage::PowerAccount>> ImportPowerAccounts(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto rows = io::ReadPowerAccounts(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no account was registered"));
  if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<std::string> cities;
  std::vector<storage::PowerAccount> accounts;
  for (const auto& r : rows) {
    cities.push_back(r.city_code);
    accounts.push_back({r.account, r.city_code, r.district, r.customer, r.address, r.lat, r.lon,
                        r.tariff, r.capacity_kva, actor.name, now});
  }
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.PutPowerAccounts(accounts));
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& a : accounts) ids.push_back(a.account);
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "power-accounts", file.name, "",
                            ids.dump(), "", ""});
  }));
  return accounts;
}

core::Result<nlohmann::json> WorkshopCandidatesJson(storage::Store& store, const auth::Principal& p,
                                                    const std::string& city,
                                                    const std::string& from, const std::string& to,
                                                    core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(p, u));
  for (const auto& [field, value] : {std::pair{"from", from}, std::pair{"to", to}}) {
    if (!value.empty() && !core::ParseInstant(value)) {
      return core::InvalidInput(std::string(field) + " is YYYY-MM-DD HH:MM:SS", field);
    }
  }
  // Where licensed enterprises are: the city's emergency list in force.
  std::vector<ledger::WorkshopPlace> licensed;
  LANTIAN_ASSIGN_OR_RETURN(auto in_force, ListInForceAt(store, u.code, now));
  if (in_force) {
    LANTIAN_ASSIGN_OR_RETURN(auto list, ListContent(in_force->version));
    for (const auto& e : list.enterprises) {
      licensed.push_back({0, u.code, e.address, e.lat, e.lon, WorkshopStatus::kWhitelisted});
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(auto register_rows, store.Workshops(u.code));
  LANTIAN_ASSIGN_OR_RETURN(auto accounts, store.PowerAccounts(u.code));
  nlohmann::json rows = nlohmann::json::array();
  int64_t checked = 0, industrial = 0;
  for (const auto& a : accounts) {
    // A district sees the leads within it (属地管理); the city and above all of them.
    if (p.role == auth::Role::kDistrict && a.district != p.scope) continue;
    ++checked;
    LANTIAN_ASSIGN_OR_RETURN(auto readings, store.ElectricityReadings(a.account, from, to));
    verify::LoadSeries series;
    for (const auto& r : readings) {
      if (auto t = core::ParseInstant(r.at)) series[*t] = r.kw;
    }
    const auto load = verify::ClassifyLoad(series);
    if (!load.industrial) continue;
    ++industrial;
    const ledger::WorkshopPlace here{0, u.code, a.address, a.lat, a.lon, WorkshopStatus::kFound};
    bool at_licensed = false;
    for (const auto& l : licensed) at_licensed = at_licensed || ledger::SameWorkshopPlace(here, l);
    if (at_licensed) continue;
    std::optional<int64_t> open, whitelisted, closed_down;
    for (const auto& w : register_rows) {
      if (!ledger::SameWorkshopPlace(here, PlaceOf(w))) continue;
      const auto s = StatusOf(w);
      if (ledger::WorkshopOpen(s)) open = w.id;
      if (s == WorkshopStatus::kWhitelisted) whitelisted = w.id;
      if (s == WorkshopStatus::kClosedDown) closed_down = w.id;
    }
    if (open || whitelisted) continue;
    rows.push_back(
        {{"account", a.account},
         {"customer", a.customer},
         {"address", a.address},
         {"district", a.district},
         {"lat", Coordinate(a.lat)},
         {"lon", Coordinate(a.lon)},
         {"tariff", a.tariff},
         {"capacity_kva", a.capacity_kva},
         {"pattern", std::string(verify::LoadPatternName(load.pattern))},
         {"days", load.days},
         {"operating_days", load.operating_days},
         {"mean_kwh", load.mean_kwh},
         {"working_kw", load.working_kw},
         {"evening_kw", load.evening_kw},
         {"night_kw", load.night_kw},
         {"why", load.why},
         {"rebound_of", closed_down ? nlohmann::json(*closed_down) : nlohmann::json(nullptr)}});
  }
  return nlohmann::json{{"city", u.code},
                        {"name", u.name_zh},
                        {"from", from},
                        {"to", to},
                        {"accounts", checked},
                        {"industrial", industrial},
                        {"licensed_places", licensed.size()},
                        {"candidates", rows}};
}

}  // namespace lantian::app
