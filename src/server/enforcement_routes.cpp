#include "server/enforcement_routes.hpp"

#include "app/enforcement_tasks.hpp"
#include "campaign/baseline.hpp"
#include "server/route_support.hpp"

namespace lantian::server {

void AddEnforcementRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"POST",
       "/api/enforcement",
       "Open a task for each violation of a city's verification report not yet in the ledger "
       "(JSON {city, period, deadline_days (default 30)}); audited",
       "the bureaus that keep the city's emergency list",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"city"});
         if (!body) return x.Error(body.error());
         std::string period_text = "season";
         if (body->contains("period")) {
           if (!(*body)["period"].is_string()) {
             return x.Error(core::InvalidInput("period is text", "period"));
           }
           period_text = (*body)["period"].get<std::string>();
         }
         int days = 30;
         if (body->contains("deadline_days")) {
           if (!(*body)["deadline_days"].is_number_integer()) {
             return x.Error(core::InvalidInput("deadline_days is a whole number", "deadline_days"));
           }
           days = (*body)["deadline_days"].get<int>();
         }
         auto period = campaign::ParseSeasonOrPeriod(period_text);
         if (!period) return x.Error(core::InvalidInput(period.error().message(), "period"));
         const core::Instant now = x.app().Now();
         auto r = app::OpenEnforcementTasks(x.app().store(), x.actor(),
                                            (*body)["city"].get<std::string>(), *period, days, now);
         if (!r) return x.Error(r.error());
         nlohmann::json opened = nlohmann::json::array();
         for (const auto& t : r->opened) opened.push_back(app::TaskJson(t, now.date()));
         x.Json(200, {{"violations", r->violations}, {"opened", opened}});
       }});
  routes.push_back(
      {"GET",
       "/api/enforcement",
       "The enforcement ledger's tasks, each with what, evidence, deadline, status and whether "
       "it is overdue",
       "officials, the cities whose lists they read; an enterprise its own",
       {{"city", "query", "the city (default: all)", false},
        {"status", "query", "open, closed or overdue (default: any)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const core::Date today = x.app().Now().date();
         auto tasks = app::VisibleEnforcementTasks(x.app().store(), x.principal(),
                                                   x.Query("city").value_or(""),
                                                   x.Query("status").value_or(""), today);
         if (!tasks) return x.Error(tasks.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& t : *tasks) out.push_back(app::TaskJson(t, today));
         x.Json(200, {{"tasks", out}});
       }});
  routes.push_back(
      {"POST",
       "/api/enforcement/{id}/close",
       "Close an open task with what was done (JSON {note}: penalty, rectification, evidence); "
       "once; audited",
       "the bureaus that keep the task's city's emergency list",
       {{"id", "path", "the task's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"note"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "enforcement task");
         if (!id) return x.Error(id.error());
         const core::Instant now = x.app().Now();
         auto t = app::CloseTask(x.app().store(), x.actor(), *id,
                                 (*body)["note"].get<std::string>(), core::FormatInstant(now));
         if (!t) return x.Error(t.error());
         x.Json(200, app::TaskJson(*t, now.date()));
       }});
}

}  // namespace lantian::server
