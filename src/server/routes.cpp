#include "server/routes.hpp"

#include <algorithm>
#include <map>

#include "app/access_status.hpp"
#include "app/air_quality.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "server/alert_routes.hpp"
#include "server/campaign_routes.hpp"
#include "server/enforcement_routes.hpp"
#include "server/fire_routes.hpp"
#include "server/json.hpp"
#include "server/list_routes.hpp"
#include "server/monitoring_routes.hpp"
#include "server/network_routes.hpp"
#include "server/problem_routes.hpp"
#include "server/route_support.hpp"
#include "server/station_routes.hpp"
#include "server/task_routes.hpp"
#include "server/workshop_routes.hpp"

namespace lantian::server {
namespace {

constexpr const char* kSessionCookie = "lantian_session";
constexpr const char* kCsrfCookie = "lantian_csrf";

std::optional<std::string> Cookie(const httplib::Request& req, const std::string& name) {
  const std::string header = req.get_header_value("Cookie");
  size_t pos = 0;
  while (pos < header.size()) {
    size_t end = header.find(';', pos);
    if (end == std::string::npos) end = header.size();
    std::string part = header.substr(pos, end - pos);
    part.erase(0, part.find_first_not_of(' '));
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
    pos = end + 1;
  }
  return std::nullopt;
}

std::string SetCookie(const std::string& name, const std::string& value, int64_t max_age,
                      bool http_only, bool secure) {
  std::string c =
      name + "=" + value + "; Path=/; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (http_only) c += "; HttpOnly";
  if (secure) c += "; Secure";
  return c;
}

// The dates of a series request: from/to (YYYY-MM-DD), by default the last
// `default_days` days up to the latest day with data.
core::Result<core::Period> SeriesPeriod(Exchange& x, int default_days) {
  auto parse = [](const std::string& text, const char* field) -> core::Result<core::Date> {
    auto d = core::ParseIsoDate(text);
    if (!d) return core::InvalidInput(d.error().message(), field);
    return *d;
  };
  core::Date to;
  if (auto t = x.Query("to")) {
    LANTIAN_ASSIGN_OR_RETURN(to, parse(*t, "to"));
  } else {
    LANTIAN_ASSIGN_OR_RETURN(std::optional<core::Date> latest, x.app().store().LatestStationDay());
    to = latest ? *latest : x.app().Now().date();
  }
  core::Date from = to - (default_days - 1);
  if (auto f = x.Query("from")) {
    LANTIAN_ASSIGN_OR_RETURN(from, parse(*f, "from"));
  }
  if (to < from) return core::InvalidInput("to is before from", "to");
  return core::Period{from, to};
}

// Series routes share their shape: check the period, call `fetch`, answer.
using SeriesFetch = core::Result<app::Series> (*)(storage::Store&, const auth::Principal&,
                                                  const std::string&, core::Period);
std::function<void(Exchange&)> SeriesHandler(SeriesFetch fetch, int default_days) {
  return [fetch, default_days](Exchange& x) {
    auto period = SeriesPeriod(x, default_days);
    if (!period) return x.Error(period.error());
    auto series = fetch(x.app().store(), x.principal(), x.PathParam(0), *period);
    if (!series) return x.Error(series.error());
    nlohmann::json body = SeriesJson(*series);
    body["from"] = core::FormatIsoDate(period->first);
    body["to"] = core::FormatIsoDate(period->last);
    x.Json(200, body);
  };
}

void ImportHandler(Exchange& x, bool cnemc) {
  if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
  app::ImportOptions options;
  options.actor = x.actor();
  options.replace = Truthy(x.Query("replace"));
  if (cnemc) {
    const std::string label = x.Query("hour_label").value_or("end");
    auto parsed = io::ParseHourLabel(label);
    if (!parsed) return x.Error(core::InvalidInput("hour_label is end or begin", "hour_label"));
    options.cnemc.hour_label = *parsed;
  }
  // Refuse before reading anything when the role may not import at all.
  if (auto s = app::CheckImporter(x.principal()); !s.ok()) return x.Error(s);
  auto uploads = SaveUploads(x);
  if (!uploads) return x.Error(uploads.error());
  options.labels = (*uploads)->names;
  const app::ImportResult result =
      cnemc ? x.app().ImportCnemc((*uploads)->paths, options, core::NoProgress())
            : x.app().ImportLong((*uploads)->paths, options, core::NoProgress());
  const core::Status overall = result.Overall();
  if (!overall.ok()) return x.Error(overall, ImportJson(result));
  x.Json(200, ImportJson(result));
}

}  // namespace

Exchange::Exchange(const httplib::Request& request, httplib::Response& response, AppPool& pool,
                   const ServerOptions& server_options, const app::SessionPolicy& session_policy)
    : req(request), res(response), options(server_options), policy(session_policy), pool_(pool) {}

app::App& Exchange::app() {
  if (!lease_) lease_.emplace(pool_.Acquire());
  return **lease_;
}

std::string Exchange::PathParam(size_t i) const {
  return i + 1 < req.matches.size() ? std::string(req.matches[i + 1]) : std::string();
}

std::optional<std::string> Exchange::Query(const std::string& name) const {
  if (!req.has_param(name.c_str())) return std::nullopt;
  return req.get_param_value(name.c_str());
}

void Exchange::Resolve() {
  if (resolved_) return;
  resolved_ = true;
  std::string token;
  const std::string authorization = req.get_header_value("Authorization");
  if (authorization.rfind("Bearer ", 0) == 0) {
    token = authorization.substr(7);
  } else if (auto c = Cookie(req, kSessionCookie)) {
    token = *c;
    via_cookie_ = true;
  }
  if (token.empty()) return;
  if (auto who = app().Authenticate(token)) {
    principal_ = who->principal;
    session_ = who->session;
  }
}

const auth::Principal& Exchange::principal() {
  Resolve();
  return principal_;
}

core::Status Exchange::CheckCsrf() {
  Resolve();
  if (!via_cookie_ || !session_)
    return core::Status::Ok();  // bearer tokens are not sent by browsers
  const std::string sent = req.get_header_value("X-CSRF-Token");
  if (sent.empty() || !crypto::ConstantTimeEqual(sent, session_->csrf_token)) {
    return core::Status(core::ErrorCode::kForbidden, "missing or wrong X-CSRF-Token header",
                        "X-CSRF-Token");
  }
  return core::Status::Ok();
}

app::Actor Exchange::actor() {
  return app::Actor::Of(principal(), req.method + " " + req.path, client_address());
}

bool Exchange::tls() const {
  if (options.tls_cert) return true;
  return options.trust_forwarded_proto && req.get_header_value("X-Forwarded-Proto") == "https";
}

std::string Exchange::client_address() const { return req.remote_addr; }

void Exchange::Json(int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(), "application/json; charset=utf-8");
}

void Exchange::Error(const core::Status& status, const nlohmann::json& extra) {
  nlohmann::json body = ErrorJson(status);
  if (extra.is_object()) body.update(extra);
  Json(core::Info(status.code()).http_status, body);
}

std::string PathPattern(const std::string& path) {
  std::string out;
  for (size_t i = 0; i < path.size();) {
    if (path[i] == '{') {
      i = path.find('}', i) + 1;
      out += "([^/]+)";
    } else {
      out += path[i++];
    }
  }
  return out;
}

std::vector<Route> ApiRoutes() {
  const Param from{"from", "query", "first day, YYYY-MM-DD (default: before `to`)", false};
  const Param to{"to", "query", "last day, YYYY-MM-DD (default: the latest day with data)", false};
  const Param city{"code", "path", "GB/T 2260 code of a plan unit, e.g. 130100", true};
  const Param station{"code", "path", "CNEMC station code, e.g. 1001A", true};
  const std::string scoped = "logged in; cities and stations within the user's area";
  std::vector<Route> routes;

  routes.push_back(
      {"GET", "/api/health", "Liveness and store schema", "public", {}, [](Exchange& x) {
         auto version = x.app().store().SchemaVersion();
         if (!version) return x.Error(version.error());
         x.Json(200, {{"status", "ok"}, {"schema", *version}});
       }});
  routes.push_back({"GET",
                    "/api/openapi.json",
                    "This API as an OpenAPI 3 document",
                    "public",
                    {},
                    [](Exchange& x) { x.Json(200, OpenApiDocument(ApiRoutes())); }});

  routes.push_back(
      {"POST",
       "/api/auth/login",
       "Log in with {username, password, bearer?}: a session cookie (with a CSRF "
       "token to send as X-CSRF-Token on writes), or a bearer token for API clients",
       "public",
       {},
       [](Exchange& x) {
         if (x.req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
           return x.Error(core::InvalidInput("send the login as application/json", "Content-Type"));
         }
         auto body = nlohmann::json::parse(x.req.body, nullptr, false);
         if (body.is_discarded() || !body.is_object() || !body["username"].is_string() ||
             !body["password"].is_string() ||
             (body.contains("bearer") && !body["bearer"].is_boolean())) {
           return x.Error(core::InvalidInput(
               "expected {\"username\": …, \"password\": …, \"bearer\": true|false}", "body"));
         }
         const bool bearer = body.value("bearer", false);
         auto login =
             x.app().Login({body["username"], body["password"], x.client_address(), bearer},
                           x.policy, "POST /api/auth/login");
         if (!login) return x.Error(login.error());
         nlohmann::json out = {{"user",
                                {{"username", login->user.username},
                                 {"display_name", login->user.display_name},
                                 {"role", auth::RoleName(login->user.role)},
                                 {"scope", login->user.scope}}},
                               {"expires_at", login->session.expires_at}};
         if (bearer) {
           out["token"] = login->token;
         } else {
           const int64_t age = x.policy.cookie_seconds;
           x.res.set_header("Set-Cookie",
                            SetCookie(kSessionCookie, login->token, age, true, x.tls()));
           x.res.set_header("Set-Cookie",
                            SetCookie(kCsrfCookie, login->session.csrf_token, age, false, x.tls()));
           out["csrf_token"] = login->session.csrf_token;
         }
         x.Json(200, out);
       }});
  routes.push_back({"POST",
                    "/api/auth/logout",
                    "End the session (cookie or bearer)",
                    "logged in",
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
                      const std::string authorization = x.req.get_header_value("Authorization");
                      const std::string token = authorization.rfind("Bearer ", 0) == 0
                                                    ? authorization.substr(7)
                                                    : Cookie(x.req, kSessionCookie).value_or("");
                      if (auto s = x.app().Logout(token, x.actor()); !s.ok()) return x.Error(s);
                      x.res.set_header("Set-Cookie",
                                       SetCookie(kSessionCookie, "", 0, true, x.tls()));
                      x.res.set_header("Set-Cookie", SetCookie(kCsrfCookie, "", 0, false, x.tls()));
                      x.Json(200, {{"logged_out", true}});
                    }});
  routes.push_back(
      {"GET", "/api/auth/me", "Who the session belongs to", "logged in", {}, [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const auth::Principal& p = x.principal();
         x.Json(200,
                {{"username", p.username}, {"role", auth::RoleName(p.role)}, {"scope", p.scope}});
       }});

  routes.push_back(
      {"GET", "/api/regions", "The plan's regions and their units", "public", {}, [](Exchange& x) {
         auto units = x.app().store().Units();
         if (!units) return x.Error(units.error());
         nlohmann::json out = nlohmann::json::array();
         for (campaign::Region r : {campaign::Region::kJJJ, campaign::Region::kFW}) {
           nlohmann::json codes = nlohmann::json::array();
           for (const auto& u : *units) {
             if (u.region == r) codes.push_back(u.code);
           }
           out.push_back({{"code", campaign::RegionCode(r)},
                          {"name_zh", campaign::RegionNameZh(r)},
                          {"units", codes}});
         }
         x.Json(200, {{"regions", out}});
       }});
  routes.push_back({"GET",
                    "/api/provinces",
                    "Provinces of the plan and their units",
                    "public",
                    {},
                    [](Exchange& x) {
                      auto units = x.app().store().Units();
                      if (!units) return x.Error(units.error());
                      std::map<std::string, nlohmann::json> by_province;
                      for (const auto& u : *units) by_province[u.province_zh].push_back(u.code);
                      nlohmann::json out = nlohmann::json::array();
                      for (auto& [name, codes] : by_province)
                        out.push_back({{"name_zh", name}, {"units", codes}});
                      x.Json(200, {{"provinces", out}});
                    }});
  routes.push_back({"GET",
                    "/api/cities",
                    "The plan's units (cities and special units)",
                    "public",
                    {{"region", "query", "JJJ or FW", false}},
                    [](Exchange& x) {
                      auto units = x.app().store().Units();
                      if (!units) return x.Error(units.error());
                      const auto region = x.Query("region");
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& u : *units) {
                        if (!region || campaign::RegionCode(u.region) == *region)
                          out.push_back(UnitJson(u));
                      }
                      x.Json(200, {{"cities", out}});
                    }});
  routes.push_back({"GET",
                    "/api/stations",
                    "The station registry",
                    "public",
                    {{"city", "query", "only the stations of this unit code", false}},
                    [](Exchange& x) {
                      auto stations = x.app().store().Stations();
                      if (!stations) return x.Error(stations.error());
                      const auto only_city = x.Query("city");
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& s : *stations) {
                        if (!only_city || s.city_code == *only_city) out.push_back(StationJson(s));
                      }
                      x.Json(200, {{"stations", out}});
                    }});

  routes.push_back(
      {"GET",
       "/api/public/latest",
       "Published air quality: every city's AQI, level, primary pollutant and PM2.5 at "
       "the latest hour",
       "public",
       {},
       [](Exchange& x) {
         auto overview = app::LatestOverview(x.app().store(), auth::Principal::Public());
         if (!overview) return x.Error(overview.error());
         x.Json(200, OverviewJson(*overview, false));
       }});
  routes.push_back({"GET",
                    "/api/overview",
                    "The latest hour of every city in the user's area: values, AQI, level, primary "
                    "pollutant, 24-hour PM2.5 data coverage",
                    scoped,
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      if (x.principal().role == auth::Role::kEnterprise) {
                        return x.Error(core::Status(core::ErrorCode::kForbidden,
                                                    "this role may not see detailed air quality"));
                      }
                      auto overview = app::LatestOverview(x.app().store(), x.principal());
                      if (!overview) return x.Error(overview.error());
                      x.Json(200, OverviewJson(*overview, true));
                    }});
  routes.push_back({"GET",
                    "/api/cities/{code}/hourly",
                    "A city's hourly values (mean of its assessment stations) and hourly AQI, with "
                    "the published city AQI beside",
                    scoped,
                    {city, from, to},
                    SeriesHandler(&app::CityHourly, 7)});
  routes.push_back({"GET",
                    "/api/cities/{code}/daily",
                    "A city's daily values and daily AQI, with published daily values beside",
                    scoped,
                    {city, from, to},
                    SeriesHandler(&app::CityDaily, 30)});
  routes.push_back({"GET",
                    "/api/stations/{code}/hourly",
                    "A station's hourly values and hourly AQI, with the published AQI beside",
                    scoped,
                    {station, from, to},
                    SeriesHandler(&app::StationHourly, 7)});
  routes.push_back({"GET",
                    "/api/stations/{code}/daily",
                    "A station's daily values and daily AQI, with the published 24h values beside",
                    scoped,
                    {station, from, to},
                    SeriesHandler(&app::StationDaily, 30)});

  const std::vector<Param> upload = {
      {"name", "query", "file name, when the body is the file itself (not multipart)", false},
      {"replace", "query", "true: overwrite stored values that differ", false}};
  std::vector<Param> cnemc_upload = upload;
  cnemc_upload.push_back({"hour_label", "query", "end (default, CNEMC practice) or begin", false});
  routes.push_back({"POST", "/api/imports/cnemc",
                    "Import CNEMC site or city files (multipart field 'file', or the body), each "
                    "whole or not at all; columns outside the user's area are skipped",
                    "national, region, province and city users, within their area", cnemc_upload,
                    [](Exchange& x) { ImportHandler(x, true); }});
  routes.push_back({"POST", "/api/imports/long",
                    "Import long CSVs (station,time,pollutant,value), each whole or not at all",
                    "national, region, province and city users, within their area", upload,
                    [](Exchange& x) { ImportHandler(x, false); }});
  routes.push_back({"GET",
                    "/api/imports",
                    "The log of imported files",
                    "national and region users",
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireAuditReader(x); !s.ok()) return x.Error(s);
                      auto imports = x.app().store().Imports();
                      if (!imports) return x.Error(imports.error());
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& i : *imports) {
                        out.push_back({{"id", i.id},
                                       {"file", i.file},
                                       {"kind", i.kind},
                                       {"imported_at", i.imported_at},
                                       {"values_added", i.values_added},
                                       {"values_replaced", i.values_replaced},
                                       {"values_unchanged", i.values_unchanged},
                                       {"values_rejected", i.values_rejected}});
                      }
                      x.Json(200, {{"imports", out}});
                    }});
  routes.push_back({"GET",
                    "/api/audit",
                    "Audit entries, filtered",
                    "national and region users",
                    {{"user", "query", "entries whose actor contains this text", false},
                     {"object_type", "query",
                      "import, user, session, stations, reference-data, demo-data", false},
                     {"object", "query", "object id", false},
                     {"from", "query", "at or after, YYYY-MM-DD[ HH:MM:SS]", false},
                     {"to", "query", "at or before, YYYY-MM-DD[ HH:MM:SS]", false}},
                    [](Exchange& x) {
                      if (auto s = RequireAuditReader(x); !s.ok()) return x.Error(s);
                      storage::AuditFilter f{x.Query("user"), x.Query("object_type"),
                                             x.Query("object"), x.Query("from"), x.Query("to")};
                      if (f.to && f.to->size() == 10) *f.to += " 23:59:59";
                      auto entries = x.app().Audit(f);
                      if (!entries) return x.Error(entries.error());
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& e : *entries) out.push_back(AuditEntryJson(e));
                      x.Json(200, {{"entries", out}});
                    }});
  routes.push_back({"GET",
                    "/api/audit/verify",
                    "Verify the audit trail's hash chain",
                    "national and region users",
                    {{"anchor", "query", "a head hash recorded earlier", false}},
                    [](Exchange& x) {
                      if (auto s = RequireAuditReader(x); !s.ok()) return x.Error(s);
                      auto v = x.app().VerifyAudit(x.Query("anchor"));
                      if (!v) return x.Error(v.error());
                      nlohmann::json out = {{"intact", !v->broken && v->anchor_found},
                                            {"entries", v->entries},
                                            {"head", v->head},
                                            {"anchor_found", v->anchor_found}};
                      if (v->broken)
                        out["broken"] = {{"id", v->broken->id}, {"reason", v->broken->reason}};
                      x.Json(200, out);
                    }});
  routes.push_back(
      {"GET", "/api/users", "Users (no password hashes)", "national users", {}, [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (x.principal().role != auth::Role::kNational) {
           return x.Error(
               core::Status(core::ErrorCode::kForbidden, "only national users list users"));
         }
         auto users = x.app().Users();
         if (!users) return x.Error(users.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& u : *users) out.push_back(nlohmann::json::parse(app::UserJson(u)));
         x.Json(200, {{"users", out}});
       }});
  AddCampaignRoutes(routes);
  AddAlertRoutes(routes);
  AddListRoutes(routes);
  AddMonitoringRoutes(routes);
  AddEnforcementRoutes(routes);
  AddStationCheckRoutes(routes);
  AddTaskRoutes(routes);
  AddProblemRoutes(routes);
  AddWorkshopRoutes(routes);
  AddNetworkRoutes(routes);
  AddFireRoutes(routes);
  return routes;
}

nlohmann::json OpenApiDocument(const std::vector<Route>& routes) {
  nlohmann::json paths = nlohmann::json::object();
  for (const Route& r : routes) {
    nlohmann::json params = nlohmann::json::array();
    for (const Param& p : r.params) {
      params.push_back({{"name", p.name},
                        {"in", p.in},
                        {"required", p.required || p.in == "path"},
                        {"description", p.description},
                        {"schema", {{"type", "string"}}}});
    }
    std::string method = r.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    nlohmann::json op = {
        {"summary", r.summary},
        {"description", "Access: " + r.access + "."},
        {"parameters", params},
        {"responses",
         {{"200", {{"description", "OK"}}},
          {"default",
           {{"description", "an error: {\"error\":{\"code\",\"message\",\"field\"}}"},
            {"content",
             {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}}}}}};
    if (r.method == "POST") {
      const bool json_body = r.path == "/api/auth/login" || r.path == "/api/dust-days" ||
                             r.path == "/api/dust-days/unflag" || r.path == "/api/falsification";
      op["requestBody"] = {
          {"content",
           json_body ? nlohmann::json{{"application/json", {{"schema", {{"type", "object"}}}}}}
                     : nlohmann::json{{"multipart/form-data", {{"schema", {{"type", "object"}}}}},
                                      {"text/csv", {{"schema", {{"type", "string"}}}}}}}};
    }
    paths[r.path][method] = op;
  }
  return {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "lantian API"},
        {"version", "0.2.0"},
        {"description",
         "lantian (蓝天): air quality, targets and the heavy-pollution response of the 2020-2021 "
         "autumn-winter campaign. Cookie sessions must send X-CSRF-Token on writes; API clients "
         "use Authorization: Bearer."}}},
      {"paths", paths},
      {"components",
       {{"schemas",
         {{"Error",
           {{"type", "object"},
            {"properties",
             {{"error",
               {{"type", "object"},
                {"properties",
                 {{"code", {{"type", "string"}}},
                  {"message", {{"type", "string"}}},
                  {"field", {{"type", "string"}}}}}}}}}}}}}}}};
}

}  // namespace lantian::server
