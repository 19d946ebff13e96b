#include "server/list_routes.hpp"

#include "app/enterprise_sheet.hpp"
#include "app/list_desk.hpp"
#include "app/list_in_force.hpp"
#include "app/list_records.hpp"
#include "app/list_reference.hpp"
#include "app/list_revisions.hpp"
#include "app/list_sheets.hpp"
#include "app/list_store.hpp"
#include "campaign/baseline.hpp"
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

// The optional "version" of a JSON body (0: the latest).
core::Result<int> VersionField(const nlohmann::json& body) {
  if (!body.contains("version") || body["version"].is_null()) return 0;
  if (!body["version"].is_number_integer() || body["version"].get<int>() < 0) {
    return core::InvalidInput("version is a version number", "version");
  }
  return body["version"].get<int>();
}

nlohmann::json VersionJson(const app::ListVersionView& v) {
  nlohmann::json steps = nlohmann::json::array();
  for (const auto& s : v.steps) {
    steps.push_back({{"step", s.step}, {"comment", s.comment}, {"who", s.who}, {"at", s.at}});
  }
  return {{"city", v.version.city_code},        {"version", v.version.version},
          {"status", v.version.status},         {"file", v.version.file},
          {"sha256", v.version.sha256},         {"created_by", v.version.created_by},
          {"created_at", v.version.created_at}, {"steps", steps},
          {"confirmations", v.confirmations}};
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
  routes.push_back({"GET",
                    "/api/lists/{city}/content",
                    "A stored version whole: its enterprises, lines and measures (the list "
                    "browser and editor)",
                    readers,
                    {city, version_param},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto v = IntQuery(x, "version", 0);
                      if (!v) return x.Error(v.error());
                      auto content = app::ListVersionContent(x.app().store(), x.principal(),
                                                             x.PathParam(0), *v);
                      if (!content) return x.Error(content.error());
                      x.Json(200, {{"version", content->first.version},
                                   {"status", content->first.status},
                                   {"list", app::ListToJson(content->second)}});
                    }});
  routes.push_back({"GET",
                    "/api/lists/{city}/xlsx",
                    "A stored version as a workbook in the template's form (it imports back "
                    "unchanged)",
                    readers,
                    {city, version_param},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto v = IntQuery(x, "version", 0);
                      if (!v) return x.Error(v.error());
                      auto content = app::ListVersionContent(x.app().store(), x.principal(),
                                                             x.PathParam(0), *v);
                      if (!content) return x.Error(content.error());
                      TempFile file(".xlsx");
                      if (auto s = app::WriteList(content->second, file.path); !s.ok()) {
                        return x.Error(s);
                      }
                      SendFile(x, file.path,
                               "lantian-list-" + content->first.city_code + "-v" +
                                   std::to_string(content->first.version) + ".xlsx");
                    }});
  const auto new_version_json = [](const app::ListImported& r) {
    return nlohmann::json{{"city", r.version.city_code},  {"version", r.version.version},
                          {"status", r.version.status},   {"file", r.version.file},
                          {"enterprises", r.enterprises}, {"lines", r.lines},
                          {"measures", r.measures},       {"findings", r.findings}};
  };
  routes.push_back(
      {"POST",
       "/api/lists/{city}/revisions",
       "A new draft version from a stored one with measures changed {version, comment, "
       "measures: [{credit_code, line, level, measure, percent | percent_by, detail, meter, "
       "outlet, video, gate}]}; errors name measures[i].field",
       "officials who may draft the city's list",
       {city},
       [new_version_json](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {});
         if (!body) return x.Error(body.error());
         if (!body->contains("measures") || !(*body)["measures"].is_array()) {
           return x.Error(core::InvalidInput("a list of measures is needed", "measures"));
         }
         std::vector<emergency::Measure> edits;
         for (size_t i = 0; i < (*body)["measures"].size(); ++i) {
           auto m = app::MeasureEditFromJson((*body)["measures"][i], i);
           if (!m) return x.Error(m.error());
           edits.push_back(std::move(*m));
         }
         auto version = VersionField(*body);
         if (!version) return x.Error(version.error());
         const std::string comment = body->contains("comment") && (*body)["comment"].is_string()
                                         ? (*body)["comment"].get<std::string>()
                                         : "";
         auto r = app::ReviseMeasures(x.app().store(), x.PathParam(0), *version, edits, comment,
                                      x.actor(), core::FormatInstant(x.app().Now()));
         if (!r) return x.Error(r.error());
         x.Json(200, new_version_json(*r));
       }});
  routes.push_back(
      {"POST",
       "/api/lists/{city}/proposals",
       "Accept some of the optimizer's proposals {version, level, accept: [{enterprise, line}]}: "
       "a new draft version with them applied, the others rejected",
       "officials who may draft the city's list",
       {city},
       [new_version_json](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"level"});
         if (!body) return x.Error(body.error());
         auto level = alert::ParseLevel((*body)["level"].get<std::string>());
         if (!level || emergency::ListLevelIndex(*level) < 0) {
           return x.Error(core::InvalidInput("level is yellow, orange or red", "level"));
         }
         if (!body->contains("accept") || !(*body)["accept"].is_array()) {
           return x.Error(core::InvalidInput("a list of {enterprise, line} is needed", "accept"));
         }
         std::vector<std::pair<std::string, std::string>> accepted;
         for (size_t i = 0; i < (*body)["accept"].size(); ++i) {
           const auto& a = (*body)["accept"][i];
           if (!a.is_object() || !a.contains("enterprise") || !a["enterprise"].is_string() ||
               !a.contains("line") || !a["line"].is_string()) {
             return x.Error(core::InvalidInput("{enterprise, line} is needed",
                                               "accept[" + std::to_string(i) + "]"));
           }
           accepted.emplace_back(a["enterprise"].get<std::string>(), a["line"].get<std::string>());
         }
         auto version = VersionField(*body);
         if (!version) return x.Error(version.error());
         auto r = app::AcceptProposals(x.app().store(), x.PathParam(0), *version, *level, accepted,
                                       x.actor(), core::FormatInstant(x.app().Now()));
         if (!r) return x.Error(r.error());
         x.Json(200, new_version_json(*r));
       }});
  routes.push_back(
      {"GET",
       "/api/lists/{city}/in-force",
       "The measures in force during the city's alerts: each stretch of one alert level with "
       "the list version the city worked by (approved, else the draft, marked) and the "
       "reductions it promised; with duties=1 what each line had to do",
       readers,
       {city,
        {"period", "query", "2020Q4, 2021Q1, a month, a range, or season (default)", false},
        {"enterprise", "query", "only this enterprise (credit code)", false},
        {"duties", "query", "1: include each line's duty", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto period = campaign::ParseSeasonOrPeriod(x.Query("period").value_or("season"));
         if (!period) return x.Error(core::InvalidInput(period.error().message(), "period"));
         auto c = app::MeasuresInForce(x.app().store(), x.principal(), x.PathParam(0), *period,
                                       x.Query("enterprise").value_or(""));
         if (!c) return x.Error(c.error());
         x.Json(200, app::InForceJson(*c, x.Query("duties").value_or("") == "1"));
       }});
  const Param code{"code", "path", "the enterprise's unified social credit code", true};
  const Param sheet_city{"city", "query", "the city whose list to look in (default: any)", false};
  const std::string sheet_readers =
      "the enterprise itself (its own sheet only); officials who may read the city's list";
  routes.push_back(
      {"GET",
       "/api/sheets/{code}",
       "One enterprise's measure sheet (一厂一策) in the newest version of its city's list (when "
       "it is on it): "
       "its lines, each line's measure at each level, its confirmations of that version and the "
       "season's alert stretches in which its measures were in force",
       sheet_readers,
       {code, sheet_city},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto sheet = app::SheetOf(x.app().store(), x.principal(), x.PathParam(0),
                                   x.Query("city").value_or(""));
         if (!sheet) return x.Error(sheet.error());
         x.Json(200, app::SheetJson(*sheet));
       }});
  routes.push_back({"GET",
                    "/api/sheets/{code}/xlsx",
                    "The measure sheet as a workbook, ready to print",
                    sheet_readers,
                    {code, sheet_city},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto sheet = app::SheetOf(x.app().store(), x.principal(), x.PathParam(0),
                                                x.Query("city").value_or(""));
                      if (!sheet) return x.Error(sheet.error());
                      const emergency::EmergencyList own{
                          sheet->city, {sheet->enterprise}, sheet->lines, sheet->measures};
                      TempFile file(".xlsx");
                      if (auto s = app::WriteEnterpriseSheet(own, x.PathParam(0), file.path);
                          !s.ok()) {
                        return x.Error(s);
                      }
                      SendFile(x, file.path, "lantian-sheet-" + x.PathParam(0) + ".xlsx");
                    }});
  routes.push_back(
      {"POST",
       "/api/sheets/{code}/confirm",
       "The enterprise confirms its sheet {version, note}: the version it was shown; 409 when "
       "a newer version names it or it confirmed that version already",
       "the enterprise itself only",
       {code},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {});
         if (!body) return x.Error(body.error());
         // ConfirmSheet refuses a missing version (0) after deciding access.
         const int version = body->contains("version") && (*body)["version"].is_number_integer()
                                 ? (*body)["version"].get<int>()
                                 : 0;
         auto c = app::ConfirmSheet(x.app().store(), x.PathParam(0), version,
                                    OptionalText(*body, "note"), x.actor(),
                                    core::FormatInstant(x.app().Now()));
         if (!c) return x.Error(c.error());
         x.Json(200, {{"enterprise", c->credit_code},
                      {"confirmed_by", c->confirmed_by},
                      {"confirmed_at", c->confirmed_at}});
       }});
  routes.push_back({"GET",
                    "/api/list-tables",
                    "The provinces' own tables for checking lists (templates, industries), as "
                    "canonical CSV",
                    "logged-in officials (not enterprises)",
                    {{"province", "query", "only this province (e.g. 河北省)", false}},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto all = app::ProvinceTables(x.app().store(), x.principal(),
                                                     x.Query("province").value_or(""));
                      if (!all) return x.Error(all.error());
                      nlohmann::json j = nlohmann::json::array();
                      for (const auto& t : *all) {
                        j.push_back({{"province", t.province},
                                     {"kind", t.kind},
                                     {"csv", t.content},
                                     {"file", t.file},
                                     {"stored_by", t.stored_by},
                                     {"stored_at", t.stored_at}});
                      }
                      x.Json(200, {{"tables", j}});
                    }});
  routes.push_back(
      {"POST",
       "/api/list-tables",
       "Store a province's templates (industry,grade,level,min_percent) or industries (code), "
       "replacing its previous table of that kind; all or nothing",
       "the province itself, or the ministry",
       {{"province", "query", "the province (e.g. 河北省)", true},
        {"kind", "query", "templates or industries", true},
        {"name", "query", "file name (.csv or .xlsx), when the body is the file itself", false}},
       [](Exchange& x) {
         TableUpload(
             x,
             [&](const app::TableFile& file, const app::Actor& actor,
                 const std::string& now) -> core::Result<nlohmann::json> {
               std::vector<io::FileReport> reports;
               LANTIAN_ASSIGN_OR_RETURN(
                   auto t,
                   app::ImportProvinceTable(x.app().store(), file, x.Query("province").value_or(""),
                                            x.Query("kind").value_or(""), actor, now, reports));
               return nlohmann::json{{"province", t.province}, {"kind", t.kind}, {"file", t.file}};
             });
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
