#include "server/fire_routes.hpp"

#include "app/fire_xlsx.hpp"
#include "app/straw_burning.hpp"
#include "campaign/baseline.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

core::Result<core::Period> PeriodQuery(Exchange& x, const char* name, const char* fallback) {
  const std::string text = x.Query(name).value_or(fallback);
  auto p = campaign::ParseSeasonOrPeriod(text);
  if (!p) return core::InvalidInput(p.error().message(), name);
  return *p;
}

}  // namespace

void AddFireRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"POST",
       "/api/boundaries",
       "Load district and township boundaries (a GeoJSON FeatureCollection uploaded as .json; "
       "properties code, name, level, parent, city, responsible); replaces those of its cities; "
       "audited",
       "importers, for the cities of their area",
       {{"name", "query", "file name (.json), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string&) -> core::Result<nlohmann::json> {
                       LANTIAN_ASSIGN_OR_RETURN(auto n, app::LoadBoundaries(x.app().store(), actor,
                                                                            file, x.app().Now()));
                       return nlohmann::json{{"areas", n}};
                     });
       }});
  routes.push_back({"GET",
                    "/api/boundaries",
                    "The stored boundaries of a city as GeoJSON, for the fire-point map",
                    "officials who may read the city",
                    {{"city", "query", "the city", true}},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto city = Required(x, "city");
                      if (!city) return x.Error(city.error());
                      auto j = app::CityBoundariesJson(x.app().store(), x.principal(), *city);
                      if (!j) return x.Error(j.error());
                      x.Json(200, *j);
                    }});
  routes.push_back(
      {"POST",
       "/api/fire-points",
       "Load satellite fire points (CSV time,lat,lon,confidence,source in Beijing time, or a NASA "
       "FIRMS CSV in UTC); each assigned to its township, district or nearest city and "
       "dispatched; `added`, `already`, `by_boundary`, `nearest`, `outside`, `not_yours`",
       "importers, for the cities of their area",
       {{"name", "query", "file name (.csv or .xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(
             x,
             [&](const app::TableFile& file, const app::Actor& actor,
                 const std::string&) -> core::Result<nlohmann::json> {
               std::vector<io::FileReport> reports;
               auto r = app::ImportFirePoints(x.app().store(), actor, file, x.app().Now(), reports);
               if (!r) return r.error();
               return nlohmann::json{{"rows", r->rows},          {"added", r->added},
                                     {"already", r->already},    {"by_boundary", r->by_boundary},
                                     {"nearest", r->nearest},    {"outside", r->outside},
                                     {"not_yours", r->not_yours}};
             });
       }});
  routes.push_back(
      {"GET",
       "/api/fire-points",
       "Fire points observed in a period with their assignment (city, district, township, "
       "method, grid), period of the day and the grid's response",
       "officials within their area (a district its own district's)",
       {{"city", "query", "the city (default: all)", false},
        {"period", "query", "FROM..TO, a month or a phase (default 2020-09-01..2020-11-30)",
         false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto period = PeriodQuery(x, "period", "2020-09-01..2020-11-30");
         if (!period) return x.Error(period.error());
         auto points = app::VisibleFirePoints(x.app().store(), x.principal(),
                                              x.Query("city").value_or(""), *period);
         if (!points) return x.Error(points.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& f : *points) out.push_back(app::FirePointJson(f));
         x.Json(200, {{"points", out}});
       }});
  routes.push_back(
      {"POST",
       "/api/fire-points/{id}/respond",
       "Record the grid's response (JSON {response: confirmed|false-alarm|handled, note}); once "
       "(409 after); audited",
       "officials of the point's city (a district its own district's points)",
       {{"id", "path", "the fire point's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"response"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "fire point");
         if (!id) return x.Error(id.error());
         auto f = app::RespondToFire(x.app().store(), x.actor(), *id,
                                     (*body)["response"].get<std::string>(),
                                     OptionalText(*body, "note"), x.app().Now());
         if (!f) return x.Error(f.error());
         x.Json(200, app::FirePointJson(*f));
       }});
  routes.push_back(
      {"GET",
       "/api/fire-stats",
       "Per city and district: points, confirmed, false alarms, handled, awaiting, median "
       "minutes to respond; per period of the day (收工时, 上半夜, 下半夜, 白天); before rain and "
       "before sowing",
       "as /api/fire-points",
       {{"period", "query", "FROM..TO (default 2020-09-01..2020-11-30)", false},
        {"rain", "query", "rain days, YYYY-MM-DD,…", false},
        {"sowing", "query", "the sowing window FROM..TO (default 2020-10-01..2020-10-20)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto period = PeriodQuery(x, "period", "2020-09-01..2020-11-30");
         if (!period) return x.Error(period.error());
         auto sowing = PeriodQuery(x, "sowing", "2020-10-01..2020-10-20");
         if (!sowing) return x.Error(sowing.error());
         auto rain = app::ParseRainDays(x.Query("rain").value_or(""), "rain");
         if (!rain) return x.Error(rain.error());
         auto j = app::FireStatsJson(x.app().store(), x.principal(), *period, *rain, *sowing);
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"GET",
       "/api/fire-points.xlsx",
       "The fire points as a workbook to file (火点清单, 分单位统计), cut as /api/fire-points is",
       "as /api/fire-points",
       {{"city", "query", "the city (default: all readable)", false},
        {"period", "query", "FROM..TO (default 2020-09-01..2020-11-30)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto period = PeriodQuery(x, "period", "2020-09-01..2020-11-30");
         if (!period) return x.Error(period.error());
         TempFile file(".xlsx");
         if (auto s = app::WriteFirePointsXlsx(x.app().store(), x.principal(),
                                               x.Query("city").value_or(""), *period, file.path);
             !s.ok()) {
           return x.Error(s);
         }
         SendFile(x, file.path,
                  "lantian-fire-points-" + core::FormatIsoDate(period->first) + ".xlsx");
       }});
}

}  // namespace lantian::server
