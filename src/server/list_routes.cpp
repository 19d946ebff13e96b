#include "server/list_routes.hpp"

#include "app/list_desk.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

core::Result<int> IntQuery(Exchange& x, const std::string& name, int fallback) {
  auto v = x.Query(name);
  if (!v || v->empty()) return fallback;
  try {
    size_t used = 0;
    const int n = std::stoi(*v, &used);
    if (used == v->size() && n >= 0) return n;
  } catch (...) {
  }
  return core::InvalidInput(name + " is a version number", name);
}

nlohmann::json VersionJson(const app::ListVersionView& v) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : v.steps) {
    steps.push_back({{"step", s.step}, {"comment", s.comment}, {"who", s.who}, {"at", s.at}});
  }
  return {{"city", v.version.city_code},        {"version", v.version.version},
          {"status", v.version.status},         {"file", v.version.file},
          {"sha256", v.version.sha256},         {"created_by", v.version.created_by},
          {"created_at", v.version.created_at}, {"steps", steps}};
}

}  // namespace

void AddListRoutes(std::vector<Route>& routes) {
  const std::string readers = "logged-in officials (not enterprises), cities within their area";
  const Param city{"city", "path", "the city's unit code or Chinese name", true};
  const Param version_param{"version", "query", "the version (default: the latest)", false};

  routes.push_back({"GET",
                    "/api/lists",
                    "The stored versions of the emergency lists, with their review steps",
                    readers,
                    {{"city", "query", "only this city", false}},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto all = app::ListVersionsOf(x.app().store(), x.principal(),
                                                     x.Query("city").value_or(""));
                      if (!all) return x.Error(all.error());
                      nlohmann::json j = nlohmann::json::array();
                      for (const auto& v : *all) j.push_back(VersionJson(v));
                      x.Json(200, {{"versions", j}});
                    }});
  routes.push_back(
      {"POST",
       "/api/lists",
       "Store a city's list (a workbook with the sheets enterprises, lines, measures) as a new "
       "draft version; all or nothing",
       "officials who may import, for the cities of their area",
       {{"name", "query", "file name (.xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto r, app::ImportList(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"city", r.version.city_code},
                                             {"version", r.version.version},
                                             {"status", r.version.status},
                                             {"enterprises", r.enterprises},
                                             {"lines", r.lines},
                                             {"measures", r.measures},
                                             {"findings", r.findings}};
                     });
       }});
  routes.push_back(
      {"POST",
       "/api/lists/{city}/steps",
       "A review step {step: submit|return|approve|report, version, comment}; 409 when out of "
       "order, 400 when a return has no comments",
       "submit: the city's officials (and those above); return, approve, report: province, "
       "region, national",
       {city},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"step"});
         if (!body) return x.Error(body.error());
         auto step = emergency::ParseListStep((*body)["step"].get<std::string>());
         if (!step) {
           return x.Error(core::InvalidInput("step is submit, return, approve or report", "step"));
         }
         int version = 0;
         if (body->contains("version")) {
           if (!(*body)["version"].is_number_integer()) {
             return x.Error(core::InvalidInput("version is a number", "version"));
           }
           version = (*body)["version"].get<int>();
         }
         const std::string comment = body->contains("comment") && (*body)["comment"].is_string()
                                         ? (*body)["comment"].get<std::string>()
                                         : "";
         const std::string now = core::FormatInstant(x.app().Now());
         auto v = app::TakeListStep(x.app().store(), x.PathParam(0), version, *step, comment,
                                    x.actor(), now);
         if (!v) return x.Error(v.error());
         x.Json(200, {{"city", v->city_code}, {"version", v->version}, {"status", v->status}});
       }});
  routes.push_back({"GET",
                    "/api/lists/{city}/check",
                    "The check of a stored version against the stored inventory: per level and "
                    "pollutant the reduction, ratio, required share, met or short; findings; "
                    "breakdowns",
                    readers,
                    {city, version_param},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto v = IntQuery(x, "version", 0);
                      if (!v) return x.Error(v.error());
                      auto r =
                          app::CheckStoredList(x.app().store(), x.principal(), x.PathParam(0), *v);
                      if (!r) return x.Error(r.error());
                      x.Json(200, app::ListCheckJson(*r));
                    }});
  routes.push_back(
      {"GET",
       "/api/lists/{city}/optimize",
       "Proposed added measures closing a level's shortfall at the least output lost, with "
       "costs per tonne and the marginal cost of each pollutant",
       readers,
       {city, version_param, {"level", "query", "yellow, orange or red", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto v = IntQuery(x, "version", 0);
         if (!v) return x.Error(v.error());
         auto level = alert::ParseLevel(x.Query("level").value_or(""));
         if (!level || *level < alert::Level::kYellow) {
           return x.Error(core::InvalidInput("level is yellow, orange or red", "level"));
         }
         auto o =
             app::OptimizeStoredList(x.app().store(), x.principal(), x.PathParam(0), *v, *level);
         if (!o) return x.Error(o.error());
         x.Json(200, app::OptimizationJson(*o));
       }});
  routes.push_back(
      {"GET",
       "/api/lists/{city}/diff",
       "What changed between two stored versions: enterprises, lines and measures added, "
       "removed or changed",
       readers,
       {city,
        {"from", "query", "the earlier version", true},
        {"to", "query", "the later version (default: the latest)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto from = IntQuery(x, "from", 0);
         if (!from) return x.Error(from.error());
         auto to = IntQuery(x, "to", 0);
         if (!to) return x.Error(to.error());
         auto changes =
             app::DiffListVersions(x.app().store(), x.principal(), x.PathParam(0), *from, *to);
         if (!changes) return x.Error(changes.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& c : *changes) {
           j.push_back({{"what", c.what},
                        {"kind", c.kind},
                        {"enterprise", c.enterprise},
                        {"line", c.line},
                        {"level", c.level},
                        {"detail", c.detail}});
         }
         x.Json(200, {{"changes", j}});
       }});
  routes.push_back(
      {"POST",
       "/api/inventories",
       "Store a city's society-wide emissions (city,pollutant,t_per_day[,source]), replacing "
       "the previous inventory",
       "officials who may import, for the cities of their area",
       {{"name", "query", "file name (.csv or .xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto inv,
                           app::ImportInventory(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"city", inv.city}, {"source", inv.source}};
                     });
       }});
}

}  // namespace lantian::server
