#include "server/alert_routes.hpp"

#include "app/alert_json.hpp"
#include "auth/access.hpp"
#include "campaign/baseline.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

// The moment to judge at: ?at=YYYY-MM-DD HH:MM, or now.
core::Result<core::Instant> JudgeAt(Exchange& x) {
  auto text = x.Query("at");
  if (!text || text->empty()) return x.app().Now();
  auto t = core::ParseInstant(*text);
  if (!t) return core::InvalidInput(t.error().message(), "at");
  return *t;
}

core::Result<core::Period> PeriodQuery(Exchange& x) {
  auto p = campaign::ParseSeasonOrPeriod(x.Query("period").value_or("season"));
  if (!p) return core::InvalidInput(p.error().message(), "period");
  return *p;
}

// Alerts and forecasts are for officials; enterprises learn of alerts from the
// measures the emergency lists give them. Forecast runs are regional inputs:
// every official may list them.
core::Status RequireOfficial(Exchange& x) {
  LANTIAN_RETURN_IF_ERROR(RequireLogin(x));
  if (x.principal().role == auth::Role::kEnterprise) {
    return core::Status(core::ErrorCode::kForbidden, "enterprises do not see forecasts");
  }
  return core::Status::Ok();
}

// Optional fields of a JSON body.
std::string Text(const nlohmann::json& body, const char* field) {
  return body.contains(field) && body[field].is_string() ? body[field].get<std::string>() : "";
}

core::Result<int64_t> Whole(const nlohmann::json& body, const char* field, int64_t fallback) {
  if (!body.contains(field) || body[field].is_null()) return fallback;
  if (!body[field].is_number_integer()) {
    return core::InvalidInput(std::string(field) + " is a whole number", field);
  }
  return body[field].get<int64_t>();
}

void TakeStep(Exchange& x) {
  if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
  if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
  auto body = JsonBody(x, {"city", "step"});
  if (!body) return x.Error(body.error());
  auto step = alert::ParseStep((*body)["step"].get<std::string>());
  if (!step) {
    return x.Error(
        core::InvalidInput("step is propose, issue, upgrade, downgrade or lift", "step"));
  }
  alert::Level level = alert::Level::kNone;
  if (*step != alert::Step::kLift) {
    auto l = alert::ParseLevel(Text(*body, "level"));
    if (!l || *l == alert::Level::kNone) {
      return x.Error(core::InvalidInput("level is blue, yellow, orange or red", "level"));
    }
    level = *l;
  }
  auto run = Whole(*body, "forecast_run", 0);
  if (!run) return x.Error(run.error());
  const std::string now = core::FormatInstant(x.app().Now());
  auto r = app::TakeAlertStep(x.app().store(),
                              {Text(*body, "city"), *step, level, Text(*body, "at"),
                               Text(*body, "who"), *run, Text(*body, "note")},
                              x.actor(), now);
  if (!r) return x.Error(r.error());
  x.Json(200, app::AlertStepJson(*r));
}

void RaisePrompt(Exchange& x) {
  if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
  if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
  auto body = JsonBody(x, {"region"});
  if (!body) return x.Error(body.error());
  app::PromptRequest request;
  request.region = (*body)["region"].get<std::string>();
  if (const std::string l = Text(*body, "level"); !l.empty()) {
    request.level = alert::ParseLevel(l);
    if (!request.level || *request.level < alert::Level::kYellow) {
      return x.Error(core::InvalidInput("level is yellow, orange or red", "level"));
    }
  }
  request.at = Text(*body, "at");
  request.deadline = Text(*body, "deadline");
  request.note = Text(*body, "note");
  if (body->contains("border_cities")) {
    const auto& b = (*body)["border_cities"];
    if (!b.is_array()) {
      return x.Error(core::InvalidInput("border_cities is a list of names", "border_cities"));
    }
    for (const auto& c : b) {
      if (!c.is_string()) {
        return x.Error(core::InvalidInput("border_cities is a list of names", "border_cities"));
      }
      request.border_cities.push_back(c.get<std::string>());
    }
  }
  auto min_cities = Whole(*body, "min_cities", request.rule.min_cities);
  if (!min_cities) return x.Error(min_cities.error());
  auto min_share = Whole(*body, "min_share_percent", request.rule.min_share_percent);
  if (!min_share) return x.Error(min_share.error());
  request.rule = {static_cast<int>(*min_cities), static_cast<int>(*min_share)};
  const std::string now = core::FormatInstant(x.app().Now());
  auto v = app::RaisePrompt(x.app().store(), request, x.actor(), now);
  if (!v) return x.Error(v.error());
  x.Json(200, app::PromptJson(*v));
}

}  // namespace

void AddAlertRoutes(std::vector<Route>& routes) {
  const std::string officials = "logged-in officials (not enterprises), cities within their area";
  const Param at{"at", "query", "judge as of this moment, YYYY-MM-DD HH:MM (default: now)", false};

  routes.push_back({"GET",
                    "/api/forecasts",
                    "The stored forecast runs (issuer, issue time, daily or hourly, file), "
                    "by issue time",
                    "logged-in officials (not enterprises)",
                    {},
                    [](Exchange& x) {
                      if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
                      auto runs = x.app().store().ForecastRuns();
                      if (!runs) return x.Error(runs.error());
                      nlohmann::json j = nlohmann::json::array();
                      for (const auto& r : *runs) j.push_back(app::ForecastRunJson(r));
                      x.Json(200, {{"runs", j}});
                    }});
  routes.push_back(
      {"GET",
       "/api/forecasts/{id}",
       "One forecast run with its values (of the cities the reader may see) and the "
       "episodes they form, each with the alert level it calls for",
       officials,
       {{"id", "path", "the run's id", true}},
       [](Exchange& x) {
         if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
         int64_t id = 0;
         try {
           id = std::stoll(x.PathParam(0));
         } catch (...) {
           return x.Error(core::InvalidInput("the run id is a number", "id"));
         }
         auto archive = app::LoadForecasts(x.app().store());
         if (!archive) return x.Error(archive.error());
         auto log = app::LoadAlertLog(x.app().store());
         if (!log) return x.Error(log.error());
         const app::StoredForecast* run = archive->Run(id);
         if (!run) return x.Error(core::NotFound("no forecast run " + x.PathParam(0), "id"));
         nlohmann::json values = nlohmann::json::array(), cities = nlohmann::json::object();
         for (const auto& v : run->values) {
           if (auth::CanReadAlerts(x.principal(), log->PlaceOf(v.city)) != auth::Access::kAllowed) {
             continue;
           }
           values.push_back({{"city", v.city},
                             {"at", v.at},
                             {"aqi", v.aqi},
                             {"aqi_low", v.aqi_low ? nlohmann::json(*v.aqi_low) : nullptr},
                             {"aqi_high", v.aqi_high ? nlohmann::json(*v.aqi_high) : nullptr}});
           if (!cities.contains(v.city)) {
             nlohmann::json episodes = nlohmann::json::array();
             for (const auto& e : app::EpisodesAhead(*run, v.city, core::Date{-1000000})) {
               episodes.push_back(app::EpisodeJson(e));
             }
             cities[v.city] = {{"name", app::CityName(v.city, log->units)}, {"episodes", episodes}};
           }
         }
         x.Json(200,
                {{"run", app::ForecastRunJson(run->run)}, {"values", values}, {"cities", cities}});
       }});
  routes.push_back(
      {"POST",
       "/api/forecasts",
       "Store a forecast run: a table city,date|time,aqi[,aqi_low,aqi_high] (CSV or XLSX) "
       "with ?issuer= and ?issued_at=, or JSON carrying its own; all or nothing, every run kept",
       "officials who may import (national, regional, provincial, city)",
       {{"issuer", "query", "who issued the forecast (a table needs it)", false},
        {"issued_at", "query", "when, YYYY-MM-DD HH:MM (a table needs it)", false},
        {"name", "query", "file name (.csv, .xlsx or .json), when the body is the file itself",
         false}},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto r, app::ImportForecast(x.app().store(), file,
                                                       {x.Query("issuer").value_or(""),
                                                        x.Query("issued_at").value_or("")},
                                                       actor, now, reports));
                       return nlohmann::json{{"run", app::ForecastRunJson(r.run)},
                                             {"cities", r.cities},
                                             {"values", r.values}};
                     });
       }});

  routes.push_back(
      {"GET",
       "/api/alerts",
       "Every city's alert: state and level in force, lead time of its issue, what the "
       "latest forecast calls for, unsupported alerts, and the phase's counts",
       officials,
       {at},
       [](Exchange& x) {
         if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
         auto when = JudgeAt(x);
         if (!when) return x.Error(when.error());
         auto all = app::AlertStatuses(x.app().store(), x.principal(), *when);
         if (!all) return x.Error(all.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& c : *all) j.push_back(app::CityAlertJson(c));
         x.Json(200, {{"at", core::FormatInstant(*when)}, {"cities", j}});
       }});
  routes.push_back({"POST",
                    "/api/alerts/steps",
                    "Record a city's alert step {city, step: propose|issue|upgrade|downgrade|"
                    "lift, level, at, who, forecast_run, note}; refused (409) when the lifecycle "
                    "forbids it",
                    "national, regional, provincial and city officials, within their area",
                    {},
                    TakeStep});
  routes.push_back(
      {"GET",
       "/api/alerts/history",
       "Alerts per city within a period: alerts, alert days, longest run of alert days, "
       "back-to-back alerts, each alert and every step",
       officials,
       {{"period", "query", "2020Q4, 2021Q1, a month, a range or season (default)", false}, at},
       [](Exchange& x) {
         if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
         auto period = PeriodQuery(x);
         if (!period) return x.Error(period.error());
         auto when = JudgeAt(x);
         if (!when) return x.Error(when.error());
         auto all = app::AlertHistory(x.app().store(), x.principal(), *period, *when);
         if (!all) return x.Error(all.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& h : *all) j.push_back(app::CityHistoryJson(h));
         x.Json(200, {{"cities", j}});
       }});
  routes.push_back({"GET",
                    "/api/alerts/prompts",
                    "Regional prompts with each named city's response (on-time, late, lower-level, "
                    "missing, pending)",
                    officials,
                    {at},
                    [](Exchange& x) {
                      if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
                      auto when = JudgeAt(x);
                      if (!when) return x.Error(when.error());
                      auto all = app::Prompts(x.app().store(), x.principal(), *when);
                      if (!all) return x.Error(all.error());
                      nlohmann::json j = nlohmann::json::array();
                      for (const auto& p : *all) j.push_back(app::PromptJson(p));
                      x.Json(200, {{"at", core::FormatInstant(*when)}, {"prompts", j}});
                    }});
  routes.push_back({"POST",
                    "/api/alerts/prompts",
                    "Raise a regional prompt {region, level, at, deadline, border_cities, "
                    "min_cities, min_share_percent, note} from the latest forecasts",
                    "national users, regional users for their region",
                    {},
                    RaisePrompt});
  routes.push_back({"POST",
                    "/api/alerts/prompts/{id}/cities",
                    "Add a city (usually a border city) {city, at} to a prompt",
                    "national users, regional users for their region",
                    {{"id", "path", "the prompt's id", true}},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
                      auto body = JsonBody(x, {"city"});
                      if (!body) return x.Error(body.error());
                      int64_t id = 0;
                      try {
                        id = std::stoll(x.PathParam(0));
                      } catch (...) {
                        return x.Error(core::InvalidInput("the prompt id is a number", "id"));
                      }
                      const std::string now = core::FormatInstant(x.app().Now());
                      auto s = app::AddCityToPrompt(x.app().store(), id,
                                                    (*body)["city"].get<std::string>(),
                                                    Text(*body, "at"), x.actor(), now);
                      if (!s.ok()) return x.Error(s);
                      x.Json(200, {{"added", (*body)["city"]}});
                    }});
  routes.push_back(
      {"GET",
       "/api/alerts/notices",
       "Cities where orange-or-higher alerts are forecast repeatedly: enterprises that cannot "
       "stop quickly should adjust production plans (plan （七）)",
       officials,
       {at},
       [](Exchange& x) {
         if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
         auto when = JudgeAt(x);
         if (!when) return x.Error(when.error());
         auto all = app::ProductionPlanNotices(x.app().store(), x.principal(), *when);
         if (!all) return x.Error(all.error());
         nlohmann::json j = nlohmann::json::array();
         for (const auto& n : *all) j.push_back(app::ProductionNoticeJson(n));
         x.Json(200, {{"notices", j}});
       }});
  routes.push_back(
      {"GET",
       "/api/alerts/skill",
       "Forecast skill per issuer and lead (band, level, POD, FAR, TS, bias, MAE) and alert "
       "hindsight, against the observed city daily AQI",
       officials,
       {{"period", "query", "2020Q4, 2021Q1, a month, a range or season (default)", false}, at},
       [](Exchange& x) {
         if (auto s = RequireOfficial(x); !s.ok()) return x.Error(s);
         auto period = PeriodQuery(x);
         if (!period) return x.Error(period.error());
         auto when = JudgeAt(x);
         if (!when) return x.Error(when.error());
         auto r = app::VerifyForecasts(x.app().store(), x.principal(), *period, *when);
         if (!r) return x.Error(r.error());
         x.Json(200, app::SkillReportJson(*r));
       }});
}

}  // namespace lantian::server
