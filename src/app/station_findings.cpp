#include "app/station_findings.hpp"

#include <map>

#include "app/access_status.hpp"
#include "app/daily_tables.hpp"
#include "app/dust_records.hpp"
#include "app/list_store.hpp"
#include "campaign/baseline.hpp"
#include "verify/station_tampering.hpp"

namespace lantian::app {
namespace {

bool MayReview(const auth::Principal& p, const std::map<std::string, campaign::Unit>& units,
               const std::string& city) {
  const auto u = units.find(city);
  return u != units.end() &&
         auth::CanRecordFalsification(p, auth::PlaceOf(u->second)) == auth::Access::kAllowed;
}

// Not logged in → Unauthorized; a role that never records falsified data →
// Forbidden (the access rule for a place outside the plan says which).
core::Status MayReviewAtAll(const auth::Principal& p) {
  const auto access = auth::CanRecordFalsification(p, auth::Place{"", "", std::nullopt});
  if (access == auth::Access::kNotLoggedIn || access == auth::Access::kRoleForbidden) {
    return AccessStatus(access, "", "only national and regional offices check stations");
  }
  return core::Status::Ok();
}

}  // namespace

core::Result<std::vector<StationPlace>> StationPlaces(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto stations, store.Stations());
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  std::vector<StationPlace> out;
  for (const auto& s : stations) {
    if (s.background) continue;
    const auto u = units.find(s.city_code);
    const campaign::Unit* unit = u == units.end() ? nullptr : &u->second;
    const std::optional<double> lat = s.lat ? s.lat : unit ? unit->lat : std::nullopt;
    const std::optional<double> lon = s.lon ? s.lon : unit ? unit->lon : std::nullopt;
    if (lat && lon) out.push_back({s.code, s.city_code, *lat, *lon});
  }
  return out;
}

core::Result<StationScan> ScanStations(storage::Store& store, const Actor& actor,
                                       core::Period period, const std::string& now) {
  LANTIAN_RETURN_IF_ERROR(MayReviewAtAll(actor.principal));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto places, StationPlaces(store));
  LANTIAN_ASSIGN_OR_RETURN(DailyTable table, DailyFromStore(store, {period, false, std::nullopt}));
  std::map<std::string, size_t> index;
  std::vector<verify::StationDays> days;
  for (const auto& p : places) {
    index[p.code] = days.size();
    days.push_back({p.code, p.lat, p.lon, {}});
  }
  for (const auto& row : table.rows) {
    const auto at = index.find(row.id);
    const auto& pm25 = row.values[aq::DailyColumn::kPM25];
    if (at == index.end() || !pm25) continue;
    days[at->second].pm25[row.date] = static_cast<double>(pm25->ScaledHalfEven(1)) / 10.0;
  }
  std::map<std::string, std::string> city_of;
  for (const auto& p : places) city_of[p.code] = p.city_code;
  StationScan scan;
  for (const auto& d : days) scan.stations += !d.pm25.empty();
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    for (const auto& f : verify::DetectLowStations(days)) {
      const std::string& city = city_of[f.station];
      if (!MayReview(actor.principal, units, city)) continue;
      ++scan.found;
      LANTIAN_ASSIGN_OR_RETURN(
          bool added, store.AddStationFinding({0, f.station, city, core::FormatIsoDate(f.from),
                                               core::FormatIsoDate(f.to), f.evidence, now, "open",
                                               "", "", ""}));
      scan.added += added;
    }
    return storage::AppendAudit(
        store, audit::Entry{
                   0, now, actor.name, actor.action, "station-scan",
                   core::FormatIsoDate(period.first) + ".." + core::FormatIsoDate(period.last), "",
                   nlohmann::json{
                       {"stations", scan.stations}, {"found", scan.found}, {"added", scan.added}}
                       .dump(),
                   "", ""});
  }));
  return scan;
}

core::Result<std::vector<storage::StationFindingRow>> VisibleStationFindings(
    storage::Store& store, const auth::Principal& p, const std::string& status) {
  LANTIAN_RETURN_IF_ERROR(MayReviewAtAll(p));
  if (!status.empty() && status != "open" && status != "confirmed" && status != "dismissed") {
    return core::InvalidInput("the status is open, confirmed or dismissed", "status");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.StationFindings(status));
  std::erase_if(all, [&](const auto& f) { return !MayReview(p, units, f.city_code); });
  return all;
}

core::Result<StationReview> ReviewStation(storage::Store& store, const Actor& actor, int64_t id,
                                          const std::string& decision, const std::string& note,
                                          const std::string& now) {
  if (decision != "confirm" && decision != "dismiss") {
    return core::InvalidInput("the decision is confirm or dismiss", "decision");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto visible, VisibleStationFindings(store, actor.principal, ""));
  const storage::StationFindingRow* found = nullptr;
  for (const auto& f : visible) {
    if (f.id == id) found = &f;
  }
  if (!found) return core::NotFound("no station finding " + std::to_string(id), "id");
  if (found->status != "open") {
    return core::Status(core::ErrorCode::kConflict, "station finding " + std::to_string(id) +
                                                        " was " + found->status + " already");
  }
  if (decision == "confirm" && note.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::InvalidInput("say what the inspection found", "note");
  }
  StationReview out{*found, 0};
  out.finding.status = decision == "confirm" ? "confirmed" : "dismissed";
  out.finding.reviewed_by = actor.name;
  out.finding.reviewed_at = now;
  out.finding.note = note;
  LANTIAN_ASSIGN_OR_RETURN(core::Date first, core::ParseIsoDate(found->from_date));
  const std::string phase = campaign::PhaseOf(first);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(
        store.ReviewStationFinding(id, out.finding.status, actor.name, now, note));
    LANTIAN_RETURN_IF_ERROR(storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "station-finding", std::to_string(id),
                            nlohmann::json{{"status", "open"}}.dump(),
                            nlohmann::json{{"status", out.finding.status}, {"note", note}}.dump(),
                            "", ""}));
    if (decision != "confirm" || phase.empty()) return core::Status::Ok();
    LANTIAN_ASSIGN_OR_RETURN(
        out.falsification,
        StoreFalsification(
            store,
            {0, found->city_code, phase, first,
             "站点 " + found->station + " " + found->from_date + " 至 " + found->to_date +
                 " 读数远低于周边站点（" + found->evidence + "）；核查：" + note,
             "", ""},
            actor, now));
    return core::Status::Ok();
  }));
  return out;
}

nlohmann::json StationFindingJson(const storage::StationFindingRow& f) {
  return {{"id", f.id},
          {"station", f.station},
          {"city", f.city_code},
          {"from", f.from_date},
          {"to", f.to_date},
          {"evidence", f.evidence},
          {"found_at", f.found_at},
          {"status", f.status},
          {"reviewed_by", f.reviewed_by},
          {"reviewed_at", f.reviewed_at},
          {"note", f.note}};
}

}  // namespace lantian::app
