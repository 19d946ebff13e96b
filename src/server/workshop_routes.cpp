#include "server/workshop_routes.hpp"

#include "app/electricity.hpp"
#include "app/workshop_register.hpp"
#include "app/workshop_xlsx.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

// A coordinate of a JSON body: a number, or absent/null.
core::Result<std::optional<double>> OptionalNumber(const nlohmann::json& body, const char* field) {
  if (!body.contains(field) || body[field].is_null()) return std::optional<double>{};
  if (!body[field].is_number()) {
    return core::InvalidInput(std::string(field) + " is a number of degrees", field);
  }
  return std::optional<double>{body[field].get<double>()};
}

}  // namespace

void AddWorkshopRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"GET",
       "/api/workshops",
       "The 散乱污 register: each workshop with where, what, source, finder, deadline, status, "
       "overdue and the closed-down or white-listed one it rebounds from",
       "officials within their area (a district its own district's)",
       {{"city", "query", "the city (default: all)", false},
        {"status", "query",
         "found, to-close, to-rectify, closed-down, whitelisted, open, overdue or rebound "
         "(default: any)",
         false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const core::Date today = x.app().Now().date();
         auto all =
             app::VisibleWorkshops(x.app().store(), x.principal(), x.Query("city").value_or(""),
                                   x.Query("status").value_or(""), today);
         if (!all) return x.Error(all.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& w : *all) out.push_back(app::WorkshopJson(w, today));
         x.Json(200, {{"workshops", out}});
       }});
  routes.push_back(
      {"GET",
       "/api/workshops/{id}",
       "One workshop with its history (found, assess-close, assess-rectify, accept-closure, "
       "accept-rectification: who, when, evidence, note)",
       "as /api/workshops",
       {{"id", "path", "the workshop's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto id = PathId(x, "workshop");
         if (!id) return x.Error(id.error());
         const core::Date today = x.app().Now().date();
         auto all = app::VisibleWorkshops(x.app().store(), x.principal(), "", "", today);
         if (!all) return x.Error(all.error());
         for (const auto& w : *all) {
           if (w.id != *id) continue;
           auto history = x.app().store().WorkshopEvents(w.id);
           if (!history) return x.Error(history.error());
           return x.Json(200, app::WorkshopJson(w, today, *history));
         }
         x.Error(core::NotFound("no workshop " + std::to_string(*id), "id"));
       }});
  routes.push_back(
      {"POST",
       "/api/workshops",
       "Register a workshop found (JSON {city, district, township, name, address, lat, lon, "
       "industry, what, source (inspection, grid, electricity, satellite, drone, hotline), photos, "
       "deadline (default 30 days), account (a power account whose address fills in)}); a "
       "rebound when a closed-down or white-listed one was at the same place; 409 when an open "
       "one is; audited",
       "officials within their area (a district in its own)",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"city", "what"});
         if (!body) return x.Error(body.error());
         auto lat = OptionalNumber(*body, "lat");
         if (!lat) return x.Error(lat.error());
         auto lon = OptionalNumber(*body, "lon");
         if (!lon) return x.Error(lon.error());
         const core::Instant now = x.app().Now();
         auto w =
             app::FindWorkshop(x.app().store(), x.actor(),
                               {(*body)["city"].get<std::string>(), OptionalText(*body, "district"),
                                OptionalText(*body, "township"), OptionalText(*body, "name"),
                                OptionalText(*body, "address"), *lat, *lon,
                                OptionalText(*body, "industry"), (*body)["what"].get<std::string>(),
                                OptionalText(*body, "source"), OptionalText(*body, "photos"),
                                OptionalText(*body, "deadline"), OptionalText(*body, "account")},
                               now);
         if (!w) return x.Error(w.error());
         x.Json(200, app::WorkshopJson(*w, now.date()));
       }});
  routes.push_back(
      {"POST",
       "/api/workshops/{id}/act",
       "One step (JSON {action: assess-close|assess-rectify|accept-closure|accept-rectification, "
       "note, evidence, deadline}): an assessment needs its reason, an acceptance evidence (两断"
       "三清; permits and treatment); 409 when the step does not follow; audited",
       "assessment: the unit responsible or above; acceptance: strictly above it",
       {{"id", "path", "the workshop's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"action"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "workshop");
         if (!id) return x.Error(id.error());
         auto step = ledger::ParseWorkshopAction((*body)["action"].get<std::string>());
         if (!step) {
           return x.Error(
               core::InvalidInput("the action is assess-close, assess-rectify, accept-closure or "
                                  "accept-rectification",
                                  "action"));
         }
         const core::Instant now = x.app().Now();
         auto w = app::ActOnWorkshop(x.app().store(), x.actor(), *id, *step,
                                     OptionalText(*body, "note"), OptionalText(*body, "evidence"),
                                     OptionalText(*body, "deadline"), now);
         if (!w) return x.Error(w.error());
         x.Json(200, app::WorkshopJson(*w, now.date()));
       }});
  routes.push_back(
      {"GET",
       "/api/workshop-stats",
       "Per city and district: found, open, overdue, closed down, white-listed, rebounds and "
       "whether the district is at dynamic zero (none waiting)",
       "as /api/workshops",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto j = app::WorkshopStatsJson(x.app().store(), x.principal(), x.app().Now().date());
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"POST",
       "/api/power-accounts",
       "Register the grid company's dedicated-transformer accounts (a CSV or XLSX upload: "
       "account,customer,address,city[,district,lat,lon,tariff,capacity_kva]); all or none; "
       "audited",
       "the bureaus that keep the cities' emergency lists",
       {},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto accounts,
                           app::ImportPowerAccounts(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"accounts", accounts.size()}};
                     });
       }});
  routes.push_back(
      {"POST",
       "/api/electricity-readings",
       "Store 15-minute readings (a CSV or XLSX upload: meter,time,kw or meter,time,kwh) of "
       "registered meters and power accounts; all or none",
       "the bureaus that keep the cities' emergency lists",
       {},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(auto n, app::ImportReadings(x.app().store(), {file},
                                                                            actor, now, reports));
                       return nlohmann::json{{"readings", n}};
                     });
       }});
  routes.push_back(
      {"GET",
       "/api/workshop-candidates",
       "A city's leads from the electricity data: power accounts whose load looks industrial "
       "(one shift or round the clock, method in docs/standards.md §17) where no enterprise of "
       "the list in force, no white-listed and no open workshop is; a lead at a closed-down "
       "workshop's place is marked as a suspected rebound",
       "officials who may read the city's list",
       {{"city", "query", "the city", true},
        {"from", "query", "first quarter-hour end, YYYY-MM-DD HH:MM:SS (default: open)", false},
        {"to", "query", "last quarter-hour end (default: open)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto city = Required(x, "city");
         if (!city) return x.Error(city.error());
         auto j = app::WorkshopCandidatesJson(x.app().store(), x.principal(), *city,
                                              x.Query("from").value_or(""),
                                              x.Query("to").value_or(""), x.app().Now());
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"GET",
       "/api/workshops.xlsx",
       "The register as a workbook to file (散乱污台账, 白名单, 动态清零, 处置记录), cut as "
       "/api/workshops is",
       "as /api/workshops",
       {{"city", "query", "the city (default: all readable)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const core::Date today = x.app().Now().date();
         TempFile file(".xlsx");
         if (auto s = app::WriteWorkshopsXlsx(x.app().store(), x.principal(),
                                              x.Query("city").value_or(""), today, file.path);
             !s.ok()) {
           return x.Error(s);
         }
         SendFile(x, file.path, "lantian-workshops-" + core::FormatIsoDate(today) + ".xlsx");
       }});
}

}  // namespace lantian::server
