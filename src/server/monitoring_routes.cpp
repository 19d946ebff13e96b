#include "server/monitoring_routes.hpp"

#include "app/access_status.hpp"
#include "app/electricity.hpp"
#include "app/monitoring_devices.hpp"
#include "app/monitoring_findings.hpp"
#include "app/outlet_limits.hpp"
#include "app/verification_report.hpp"
#include "campaign/baseline.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

nlohmann::json Number(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json FindingJson(const storage::MonitoringFinding& f) {
  return {{"id", f.id},
          {"mn", f.mn},
          {"pollutant", f.pollutant},
          {"detector", f.detector},
          {"from", f.from_at},
          {"to", f.to_at},
          {"evidence", f.evidence},
          {"found_at", f.found_at},
          {"status", f.status},
          {"reviewed_by", f.reviewed_by},
          {"reviewed_at", f.reviewed_at},
          {"note", f.note}};
}

nlohmann::json StatusJson(const app::DeviceStatus& s) {
  return {{"mn", s.device.mn},
          {"enterprise", s.device.credit_code},
          {"city", s.device.city_code},
          {"outlet", s.device.outlet},
          {"pollutants", s.device.pollutants},
          {"registered_by", s.device.registered_by},
          {"registered_at", s.device.registered_at},
          {"packets", s.packets},
          {"last_received_at", s.last_received_at},
          {"online", s.online},
          {"missing_hours_24h", s.missing_hours},
          {"open_gaps", s.open_gaps}};
}

// The verification report of the city in the path over ?period= (default:
// the season), for both of its routes.
core::Result<app::VerificationReport> VerificationOf(Exchange& x) {
  LANTIAN_RETURN_IF_ERROR(RequireLogin(x));
  auto p = campaign::ParseSeasonOrPeriod(x.Query("period").value_or("season"));
  if (!p) return core::InvalidInput(p.error().message(), "period");
  return app::CityVerification(x.app().store(), x.principal(), x.PathParam(0), *p, x.app().Now());
}

}  // namespace

void AddMonitoringRoutes(std::vector<Route>& routes) {
  const std::string readers =
      "officials of the devices' cities' areas; an enterprise, its own devices";
  routes.push_back({"GET",
                    "/api/devices",
                    "The online-monitoring devices the caller may see, each with its packet "
                    "count, last packet and whether it sent one in the last 10 minutes",
                    readers,
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto all = app::DeviceStatuses(x.app().store(), x.principal(), x.app().Now());
                      if (!all) return x.Error(all.error());
                      nlohmann::json j = nlohmann::json::array();
                      for (const auto& s : *all) j.push_back(StatusJson(s));
                      x.Json(200, {{"devices", j}});
                    }});
  routes.push_back(
      {"POST",
       "/api/devices",
       "Register the devices of a table (mn,enterprise,city,outlet,pollutants,password): all or "
       "nothing, audited; an MN already registered is replaced",
       "the bureaus that keep the devices' cities' emergency lists",
       {{"name", "query", "file name (.csv or .xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto ds, app::ImportDevices(x.app().store(), file, actor, now, reports));
                       nlohmann::json mns = nlohmann::json::array();
                       for (const auto& d : ds) mns.push_back(d.mn);
                       return nlohmann::json{{"registered", mns}};
                     });
       }});
  routes.push_back(
      {"GET",
       "/api/devices/{mn}/values",
       "A device's values: minute, hourly and daily rows as stored, real-time values read from "
       "their frames; each with Rtd/Avg/Min/Max/Cou, the device's converted (Zs) values and the "
       "data flag",
       readers,
       {{"mn", "path", "the device's MN", true},
        {"kind", "query", "real-time, minute, hourly or daily (default: all)", false},
        {"from", "query", "data time from (YYYY-MM-DD HH:MM:SS)", false},
        {"to", "query", "data time to", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const storage::MonitoringQuery q{x.PathParam(0), x.Query("kind").value_or(""),
                                          x.Query("from").value_or(""), x.Query("to").value_or("")};
         auto rows = app::DeviceValues(x.app().store(), x.principal(), q);
         if (!rows) return x.Error(rows.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& v : *rows) {
           j.push_back({{"kind", v.kind},
                        {"data_time", v.data_time},
                        {"pollutant", v.pollutant},
                        {"rtd", Number(v.rtd)},
                        {"avg", Number(v.avg)},
                        {"min", Number(v.minimum)},
                        {"max", Number(v.maximum)},
                        {"cou", Number(v.cou)},
                        {"zs_rtd", Number(v.zs_rtd)},
                        {"zs_avg", Number(v.zs_avg)},
                        {"flag", v.flag}});
         }
         x.Json(200, {{"mn", q.mn}, {"values", j}});
       }});
  routes.push_back(
      {"POST",
       "/api/outlet-limits",
       "Store outlets' limits from a table (enterprise,city,outlet,pollutant,ordinary"
       "[,ultra_low][,reference_o2]; mg/m³, %): all or nothing, audited; each outlet named is "
       "replaced",
       "the bureaus that keep the outlets' cities' emergency lists",
       {{"name", "query", "file name (.csv or .xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto rows,
                           app::ImportOutletLimits(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"stored", rows.size()}};
                     });
       }});
  routes.push_back(
      {"GET",
       "/api/devices/{mn}/load",
       "The load behind a device's outlet: the hourly mean of its enterprise's production "
       "meters (kW), for the load curve beside its concentrations",
       readers,
       {{"mn", "path", "the device's MN", true},
        {"from", "query", "hour from (YYYY-MM-DD HH:MM:SS)", false},
        {"to", "query", "hour to", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto l = app::LoadBehindDevice(x.app().store(), x.principal(), x.PathParam(0),
                                        x.Query("from").value_or(""), x.Query("to").value_or(""));
         if (!l) return x.Error(l.error());
         nlohmann::json hours = nlohmann::json::array();
         for (const auto& [at, kw] : l->hours) hours.push_back({at, kw});
         x.Json(200, {{"mn", l->mn},
                      {"enterprise", l->enterprise},
                      {"meters", l->meters},
                      {"hours", hours}});
       }});
  routes.push_back(
      {"GET",
       "/api/devices/{mn}/check",
       "A device's hourly data against its outlet's limits: per pollutant the limit applied, "
       "hours judged (flag N), hours flagged otherwise, hours without O2 and each exceedance "
       "(O2-corrected where the outlet has a reference O2)",
       readers,
       {{"mn", "path", "the device's MN", true},
        {"from", "query", "data time from (YYYY-MM-DD HH:MM:SS)", false},
        {"to", "query", "data time to", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto c = app::CheckDeviceLimits(x.app().store(), x.principal(), x.PathParam(0),
                                         x.Query("from").value_or(""), x.Query("to").value_or(""));
         if (!c) return x.Error(c.error());
         nlohmann::json pollutants = nlohmann::json::array();
         for (const auto& p : c->pollutants) {
           nlohmann::json exceedances = nlohmann::json::array();
           for (const auto& e : p.result.exceedances) {
             exceedances.push_back(
                 {{"hour", core::FormatInstant(e.hour)}, {"value", e.value}, {"limit", e.limit}});
           }
           pollutants.push_back({{"pollutant", p.limit.pollutant},
                                 {"limit", p.applied},
                                 {"ordinary", p.limit.ordinary},
                                 {"ultra_low", Number(p.limit.ultra_low)},
                                 {"reference_o2", Number(p.limit.reference_o2)},
                                 {"judged", p.result.judged},
                                 {"not_normal", p.result.not_normal},
                                 {"no_o2", p.result.no_o2},
                                 {"untrusted", p.untrusted},
                                 {"exceedances", exceedances}});
         }
         x.Json(200, {{"mn", c->device.mn},
                      {"enterprise", c->device.credit_code},
                      {"outlet", c->device.outlet},
                      {"pollutants", pollutants}});
       }});
  routes.push_back(
      {"POST",
       "/api/findings/scan",
       "Run the detectors of falsified or bad data over the hourly data of the devices the caller "
       "keeps, for a period; new findings join the review queue (JSON {from, to})",
       "the bureaus that keep the devices' cities' emergency lists",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"from", "to"});
         if (!body) return x.Error(body.error());
         auto r =
             app::ScanDevices(x.app().store(), x.actor(), (*body)["from"].get<std::string>(),
                              (*body)["to"].get<std::string>(), core::FormatInstant(x.app().Now()));
         if (!r) return x.Error(r.error());
         x.Json(200, {{"devices", r->devices}, {"found", r->found}, {"added", r->added}});
       }});
  routes.push_back(
      {"GET",
       "/api/findings",
       "The review queue: what the detectors found in the data of the devices the caller may see",
       readers,
       {{"status", "query", "open, confirmed or dismissed (default: any)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto all =
             app::VisibleFindings(x.app().store(), x.principal(), x.Query("status").value_or(""));
         if (!all) return x.Error(all.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& f : *all) j.push_back(FindingJson(f));
         x.Json(200, {{"findings", j}});
       }});
  routes.push_back(
      {"POST",
       "/api/findings/{id}/review",
       "Confirm (the stretch's data are then not judged against the limits) or dismiss an open "
       "finding, with a note (JSON {decision: confirm|dismiss, note}); audited",
       "the bureaus that keep the device's city's emergency list",
       {{"id", "path", "the finding's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"decision"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "finding");
         if (!id) return x.Error(id.error());
         auto f = app::ReviewFinding(
             x.app().store(), x.actor(), *id, (*body)["decision"].get<std::string>(),
             OptionalText(*body, "note"), core::FormatInstant(x.app().Now()));
         if (!f) return x.Error(f.error());
         x.Json(200, FindingJson(*f));
       }});
  const Param city{"city", "path", "the city (code or name)", true};
  const Param period{"period", "query", "2020Q4, 2021Q1, a month, a range, or season (default)",
                     false};
  routes.push_back({"GET",
                    "/api/verification/{city}",
                    "The verification report of a city's alerts: per listed enterprise a verdict "
                    "(suspected, compliant, no-data), and each line's load cut per alert stretch "
                    "(stored readings), each treatment facility against its line, each device's "
                    "hours over the limits under alert and its findings",
                    "officials who may read the city's emergency list",
                    {city, period},
                    [](Exchange& x) {
                      auto r = VerificationOf(x);
                      if (!r) return x.Error(r.error());
                      x.Json(200, app::VerificationJson(*r));
                    }});
  routes.push_back({"GET",
                    "/api/verification/{city}/xlsx",
                    "The verification report as a workbook (enterprises, lines, facilities, "
                    "devices)",
                    "officials who may read the city's emergency list",
                    {city, period},
                    [](Exchange& x) {
                      auto r = VerificationOf(x);
                      if (!r) return x.Error(r.error());
                      TempFile file(".xlsx");
                      if (auto s = app::WriteVerificationXlsx(*r, file.path); !s.ok()) {
                        return x.Error(s);
                      }
                      SendFile(x, file.path, "lantian-verification-" + r->city + ".xlsx");
                    }});
  routes.push_back(
      {"GET",
       "/api/meters/{meter}/readings",
       "An electricity meter's 15-minute readings (kW, by the quarter hour's end) from..to",
       "its enterprise; officials who may read its city's emergency list (another's: 404)",
       {{"meter", "path", "the meter id", true},
        {"from", "query", "YYYY-MM-DD HH:MM:SS (default: open)", false},
        {"to", "query", "YYYY-MM-DD HH:MM:SS (default: open)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto m = app::ReadMeter(x.app().store(), x.principal(), x.PathParam(0),
                                 x.Query("from").value_or(""), x.Query("to").value_or(""));
         if (!m) return x.Error(m.error());
         nlohmann::json readings = nlohmann::json::array();
         for (const auto& r : m->readings) readings.push_back({r.at, r.kw});
         x.Json(200, {{"meter", m->meter.meter},
                      {"enterprise", m->meter.credit_code},
                      {"line", m->meter.line},
                      {"kind", m->meter.kind},
                      {"facility", m->meter.facility},
                      {"readings", readings}});
       }});
  routes.push_back(
      {"GET",
       "/api/device-rejections",
       "What the HJ 212 receiver refused (unknown devices, wrong passwords, malformed frames), "
       "newest first",
       "the ministry, regional offices, provinces and cities",
       {{"limit", "query", "how many (default 100, at most 1000)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const auth::Role role = x.principal().role;
         if (role == auth::Role::kEnterprise || role == auth::Role::kDistrict ||
             role == auth::Role::kPublic) {
           return x.Error(app::AccessStatus(auth::Access::kRoleForbidden, "",
                                            "this role may not see the receiver's log"));
         }
         int64_t limit = 100;
         try {
           limit = std::clamp<int64_t>(std::stoll(x.Query("limit").value_or("100")), 1, 1000);
         } catch (...) {
           return x.Error(core::InvalidInput("limit is a number", "limit"));
         }
         auto rows = x.app().store().DeviceRejections(limit);
         if (!rows) return x.Error(rows.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& r : *rows) {
           j.push_back({{"at", r.at}, {"peer", r.peer}, {"mn", r.mn}, {"reason", r.reason}});
         }
         x.Json(200, {{"rejections", j}});
       }});
}

}  // namespace lantian::server
