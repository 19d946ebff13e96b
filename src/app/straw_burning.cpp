#include "app/straw_burning.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "io/boundary_json.hpp"
#include "io/fire_point_table.hpp"
#include "io/xlsx_reader.hpp"
#include "ledger/fire_point.hpp"

namespace lantian::app {
namespace {

constexpr double kNearestKm = 100;

auth::Place PlaceOfCity(const std::map<std::string, campaign::Unit>& units,
                        const std::string& city) {
  auto it = units.find(city);
  return it == units.end() ? auth::Place{city, "", std::nullopt} : auth::PlaceOf(it->second);
}

bool MayWrite(const auth::Principal& p, const auth::Place& place) {
  return auth::CanWriteAirQuality(p, place) == auth::Access::kAllowed;
}

}  // namespace

core::Result<std::vector<core::Date>> ParseRainDays(const std::string& list,
                                                    const std::string& field) {
  std::vector<core::Date> out;
  for (size_t start = 0; start < list.size();) {
    const size_t comma = list.find(',', start);
    auto d =
        core::ParseIsoDate(list.substr(start, comma == std::string::npos ? comma : comma - start));
    if (!d) return core::InvalidInput(d.error().message(), field);
    out.push_back(*d);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

nlohmann::json FirePointJson(const storage::FirePoint& f) {
  const auto at = core::ParseInstant(f.observed_at);
  const auto period = ledger::DayPeriodOf(at ? static_cast<int>((at->seconds % 86400) / 3600) : 12);
  return {{"id", f.id},
          {"source", f.source},
          {"observed_at", f.observed_at},
          {"lat", f.lat},
          {"lon", f.lon},
          {"confidence", f.confidence},
          {"confidence_class", ledger::ConfidenceClass(f.confidence)},
          {"city", f.city_code},
          {"district", f.district},
          {"township", f.township},
          {"method", f.method},
          {"grid", f.grid},
          {"status", f.status},
          {"response", f.response},
          {"responded_by", f.responded_by},
          {"responded_at", f.responded_at},
          {"note", f.note},
          {"period", ledger::DayPeriodName(period)},
          {"period_zh", ledger::DayPeriodZh(period)}};
}

core::Result<int64_t> LoadBoundaries(storage::Store& store, const Actor& actor,
                                     const TableFile& file, core::Instant now) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanImport(actor.principal), "",
                                       "boundaries are loaded by the bureaus that import data"));
  std::ifstream in(file.path, std::ios::binary);
  if (!in) return core::NotFound("cannot read " + file.name, "file");
  std::stringstream text;
  text << in.rdbuf();
  LANTIAN_ASSIGN_OR_RETURN(auto areas, io::ReadBoundaries(text.str(), file.name));
  if (areas.empty()) return core::InvalidInput(file.name + ": the file has no feature");
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  std::set<std::string> cities, codes;
  for (const auto& a : areas) {
    if (!units.contains(a.city_code)) {
      return core::InvalidInput(
          file.name + ": " + a.code + ": city " + a.city_code + " is not a city of the plan",
          "city");
    }
    if (!codes.insert(a.code).second) {
      return core::InvalidInput(file.name + ": " + a.code + " is in the file twice", "code");
    }
    LANTIAN_RETURN_IF_ERROR(
        AccessStatus(auth::CanWriteAirQuality(actor.principal, PlaceOfCity(units, a.city_code)),
                     "city " + a.city_code, ""));
    cities.insert(a.city_code);
  }
  for (const auto& a : areas) {
    if (a.level == "township" && !codes.contains(a.parent) && a.parent.size() != 6) {
      return core::InvalidInput(
          file.name + ": " + a.code + ": parent " + a.parent + " is not a district", "parent");
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(auto stored, store.Boundaries());
  std::vector<storage::BoundaryRow> rows;
  for (auto& b : stored) {
    if (!cities.contains(b.city_code) && !codes.contains(b.code)) rows.push_back(std::move(b));
  }
  for (const auto& a : areas) {
    rows.push_back(
        {a.code, a.name, a.level, a.parent, a.city_code, a.responsible, io::GeometryJson(a)});
  }
  const std::string at = core::FormatInstant(now);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.ReplaceBoundaries(rows));
    return storage::AppendAudit(
        store, audit::Entry{0, at, actor.name, actor.action, "boundaries", file.name, "",
                            nlohmann::json{{"areas", areas.size()},
                                           {"cities", std::vector(cities.begin(), cities.end())}}
                                .dump(),
                            "", ""});
  }));
  return static_cast<int64_t>(areas.size());
}

core::Result<std::vector<ledger::Area>> StoredAreas(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto rows, store.Boundaries());
  std::vector<ledger::Area> out;
  for (const auto& r : rows) {
    LANTIAN_ASSIGN_OR_RETURN(auto polygons, io::ParseGeometry(r.geometry));
    out.push_back(
        {r.code, r.name, r.level, r.parent, r.city_code, r.responsible, std::move(polygons)});
  }
  return out;
}

core::Result<std::vector<ledger::Area>> CityAreas(storage::Store& store, const auth::Principal& p,
                                                  const std::string& city) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  if (p.role == auth::Role::kEnterprise) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "fire points are for the environment bureaus");
  }
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanReadAssessment(p, auth::PlaceOf(u)),
                                       "city " + u.code, "fire points are for the bureaus"));
  LANTIAN_ASSIGN_OR_RETURN(auto all, StoredAreas(store));
  std::vector<ledger::Area> out;
  for (auto& a : all) {
    if (a.city_code == u.code) out.push_back(std::move(a));
  }
  return out;
}

core::Result<nlohmann::json> CityBoundariesJson(storage::Store& store, const auth::Principal& p,
                                                const std::string& city) {
  LANTIAN_ASSIGN_OR_RETURN(auto areas, CityAreas(store, p, city));
  return nlohmann::json::parse(io::BoundariesJson(areas));
}

FireAssignment AssignFirePoint(double lon, double lat, const std::vector<ledger::Area>& areas,
                               const std::vector<campaign::Unit>& units) {
  const ledger::Area* district = nullptr;
  const ledger::Area* township = nullptr;
  for (const auto& a : areas) {
    if (!ledger::BoundsOf(a).Holds(lon, lat) || !ledger::Contains(a, lon, lat)) continue;
    if (a.level == "township" && !township) township = &a;
    if (a.level == "district" && !district) district = &a;
  }
  if (township) {
    std::string grid = township->responsible;
    return {township->city_code, township->parent, township->code, "boundary",
            grid.empty() ? township->name : grid};
  }
  if (district) {
    return {district->city_code, district->code, "", "boundary",
            district->responsible.empty() ? district->name : district->responsible};
  }
  const campaign::Unit* best = nullptr;
  double best_km = kNearestKm;
  for (const auto& u : units) {
    if (!u.lat || !u.lon) continue;
    const double km = ledger::DistanceKm(lon, lat, *u.lon, *u.lat);
    if (km <= best_km) {
      best_km = km;
      best = &u;
    }
  }
  if (!best) return {"", "", "", "none", ""};
  return {best->code, "", "", "nearest", best->name_zh + "生态环境局"};
}

core::Result<FireImport> ImportFirePoints(storage::Store& store, const Actor& actor,
                                          const TableFile& file, core::Instant now,
                                          std::vector<io::FileReport>& reports) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanImport(actor.principal), "",
                                       "fire points are loaded by the bureaus that import data"));
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto rows = io::ReadFirePoints(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no fire point was stored"));
  if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
  LANTIAN_ASSIGN_OR_RETURN(auto areas, StoredAreas(store));
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto by_code, UnitsByCode(store));
  FireImport out;
  out.rows = static_cast<int64_t>(rows.size());
  const std::string at = core::FormatInstant(now);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    for (const auto& r : rows) {
      const FireAssignment a = AssignFirePoint(r.lon, r.lat, areas, units);
      const bool inside = !a.city_code.empty();
      // Outside every city: kept by whoever covers the whole region.
      const bool yours = inside ? MayWrite(actor.principal, PlaceOfCity(by_code, a.city_code))
                                : actor.principal.role == auth::Role::kNational;
      if (!yours) {
        ++out.not_yours;
        continue;
      }
      storage::FirePoint f{0,           r.source,   core::FormatInstant(r.observed_at),
                           r.lat,       r.lon,      r.confidence,
                           a.city_code, a.district, a.township,
                           a.method,    a.grid,     inside ? "dispatched" : "outside",
                           "",          "",         "",
                           "",          at};
      LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddFirePoint(f));
      if (!id) {
        ++out.already;
        continue;
      }
      ++out.added;
      if (a.method == "boundary") ++out.by_boundary;
      if (a.method == "nearest") ++out.nearest;
      if (!inside) ++out.outside;
    }
    return storage::AppendAudit(
        store, audit::Entry{0, at, actor.name, actor.action, "fire-points", file.name, "",
                            nlohmann::json{{"rows", out.rows},
                                           {"added", out.added},
                                           {"already", out.already},
                                           {"not_yours", out.not_yours}}
                                .dump(),
                            "", ""});
  }));
  return out;
}

core::Result<storage::FirePoint> RespondToFire(storage::Store& store, const Actor& actor,
                                               int64_t id, const std::string& response,
                                               const std::string& note, core::Instant now) {
  if (!ledger::ParseFireResponse(response)) {
    return core::InvalidInput("the response is confirmed, false-alarm or handled", "response");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.FirePoints(""));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  const auto not_found = core::NotFound("no fire point " + std::to_string(id), "id");
  for (const auto& f : all) {
    if (f.id != id) continue;
    if (f.city_code.empty()) return not_found;
    const auto access = auth::CanFindProblem(
        actor.principal, PlaceOfCity(units, f.city_code),
        actor.principal.role == auth::Role::kDistrict ? f.district : std::string_view(""));
    if (access == auth::Access::kOutOfScope) return not_found;
    LANTIAN_RETURN_IF_ERROR(
        AccessStatus(access, "fire point", "the grid's response is recorded by the bureaus"));
    if (f.status == "responded") {
      return core::Conflict("fire point " + std::to_string(id) + " has its response already");
    }
    storage::FirePoint after = f;
    after.status = "responded";
    after.response = response;
    after.responded_by = actor.name;
    after.responded_at = core::FormatInstant(now);
    after.note = note;
    LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
      LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
      LANTIAN_RETURN_IF_ERROR(
          store.RespondFirePoint(id, response, actor.name, after.responded_at, note));
      return storage::AppendAudit(
          store, audit::Entry{0, after.responded_at, actor.name, actor.action, "fire-point",
                              std::to_string(id), FirePointJson(f).dump(),
                              FirePointJson(after).dump(), "", ""});
    }));
    return after;
  }
  return not_found;
}

core::Result<std::vector<storage::FirePoint>> VisibleFirePoints(storage::Store& store,
                                                                const auth::Principal& p,
                                                                const std::string& city,
                                                                core::Period period) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (p.role == auth::Role::kEnterprise || p.role == auth::Role::kPublic) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "fire points are for the environment bureaus");
  }
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.FirePoints(code));
  const std::string from = core::FormatIsoDate(period.first);
  const std::string to = core::FormatIsoDate(period.last);
  std::vector<storage::FirePoint> out;
  for (auto& f : all) {
    const std::string day = f.observed_at.substr(0, 10);
    if (day < from || day > to) continue;
    if (f.city_code.empty()) {
      if (p.role != auth::Role::kNational) continue;
    } else if (auth::CanReadProblem(p, PlaceOfCity(units, f.city_code), f.district, "") !=
               auth::Access::kAllowed) {
      continue;
    }
    out.push_back(std::move(f));
  }
  return out;
}

core::Result<nlohmann::json> FireStatsJson(storage::Store& store, const auth::Principal& p,
                                           core::Period period,
                                           const std::vector<core::Date>& rain_days,
                                           core::Period sowing) {
  LANTIAN_ASSIGN_OR_RETURN(auto points, VisibleFirePoints(store, p, "", period));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  struct Counts {
    int64_t points = 0, confirmed = 0, false_alarm = 0, handled = 0, awaiting = 0;
    std::vector<int64_t> minutes;
  };
  std::map<std::string, Counts> by_unit;  // city, or city/district
  std::map<std::string, int64_t> by_period;
  int64_t before_rain = 0, before_sowing = 0;
  for (const auto& f : points) {
    auto at = core::ParseInstant(f.observed_at);
    if (!at) continue;
    by_period[std::string(ledger::DayPeriodName(
        ledger::DayPeriodOf(static_cast<int>((at->seconds % 86400) / 3600))))]++;
    if (ledger::BeforeRain(*at, rain_days)) ++before_rain;
    if (ledger::BeforeSowing(at->date(), sowing.first, sowing.last)) ++before_sowing;
    for (const std::string& key :
         {f.city_code, f.district.empty() ? std::string() : f.city_code + "/" + f.district}) {
      if (key.empty()) continue;
      Counts& c = by_unit[key];
      ++c.points;
      if (f.response == "confirmed") ++c.confirmed;
      if (f.response == "false-alarm") ++c.false_alarm;
      if (f.response == "handled") ++c.handled;
      if (f.status == "dispatched") ++c.awaiting;
      if (auto r = core::ParseInstant(f.responded_at))
        c.minutes.push_back((r->seconds - at->seconds) / 60);
    }
  }
  nlohmann::json rows = nlohmann::json::array();
  for (auto& [key, c] : by_unit) {
    const auto slash = key.find('/');
    const std::string city = key.substr(0, slash);
    auto u = units.find(city);
    nlohmann::json median = nullptr;
    if (!c.minutes.empty()) {
      std::sort(c.minutes.begin(), c.minutes.end());
      median = c.minutes[c.minutes.size() / 2];
    }
    rows.push_back({{"city", city},
                    {"name", u == units.end() ? city : u->second.name_zh},
                    {"district", slash == std::string::npos ? "" : key.substr(slash + 1)},
                    {"points", c.points},
                    {"confirmed", c.confirmed},
                    {"false_alarm", c.false_alarm},
                    {"handled", c.handled},
                    {"awaiting", c.awaiting},
                    {"median_response_minutes", median}});
  }
  nlohmann::json periods = nlohmann::json::object();
  for (auto p2 : {ledger::DayPeriod::kAfterWork, ledger::DayPeriod::kFirstHalfNight,
                  ledger::DayPeriod::kSecondHalfNight, ledger::DayPeriod::kDaytime}) {
    periods[std::string(ledger::DayPeriodName(p2))] =
        by_period[std::string(ledger::DayPeriodName(p2))];
  }
  return nlohmann::json{
      {"from", core::FormatIsoDate(period.first)},
      {"to", core::FormatIsoDate(period.last)},
      {"points", points.size()},
      {"units", rows},
      {"periods", periods},
      {"before_rain", before_rain},
      {"rain_days", rain_days.size()},
      {"before_sowing", before_sowing},
      {"sowing", core::FormatIsoDate(sowing.first) + ".." + core::FormatIsoDate(sowing.last)}};
}

}  // namespace lantian::app
