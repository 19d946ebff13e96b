#include "server/problem_routes.hpp"

#include "app/problem_xlsx.hpp"
#include "app/supervision_problems.hpp"
#include "server/route_support.hpp"

namespace lantian::server {

void AddProblemRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"GET",
       "/api/problems",
       "The problem board: each problem with where, what, source, finder, plan, deadline, "
       "status, overdue and the closed problem it rebounds from",
       "officials within their area (a district its own district's); an enterprise those naming it",
       {{"city", "query", "the city (default: all)", false},
        {"status", "query",
         "found, planned, rectified, verified, closed, open, overdue or rebound (default: any)",
         false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const core::Date today = x.app().Now().date();
         auto all =
             app::VisibleProblems(x.app().store(), x.principal(), x.Query("city").value_or(""),
                                  x.Query("status").value_or(""), today);
         if (!all) return x.Error(all.error());
         nlohmann::json out = nlohmann::json::array();
         for (const auto& p : *all) out.push_back(app::ProblemJson(p, today));
         x.Json(200, {{"problems", out}});
       }});
  routes.push_back(
      {"GET",
       "/api/problems/{id}",
       "One problem with its history (found, plan, rectify, verify-pass, verify-fail, close: "
       "who, when, evidence, note)",
       "as /api/problems",
       {{"id", "path", "the problem's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto id = PathId(x, "problem");
         if (!id) return x.Error(id.error());
         const core::Date today = x.app().Now().date();
         auto all = app::VisibleProblems(x.app().store(), x.principal(), "", "", today);
         if (!all) return x.Error(all.error());
         for (const auto& p : *all) {
           if (p.id != *id) continue;
           auto history = x.app().store().ProblemEvents(p.id);
           if (!history) return x.Error(history.error());
           return x.Json(200, app::ProblemJson(p, today, *history));
         }
         x.Error(core::NotFound("no problem " + std::to_string(*id), "id"));
       }});
  routes.push_back(
      {"POST",
       "/api/problems",
       "Record a problem found (JSON {city, district, enterprise, site, kind, what, photos, "
       "deadline (default 30 days), source (default inspection)}); a rebound when a closed "
       "problem was at the same enterprise or site; audited",
       "officials within their area (a district in its own)",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"city", "kind", "what"});
         if (!body) return x.Error(body.error());
         const core::Instant now = x.app().Now();
         auto p =
             app::FindProblem(x.app().store(), x.actor(),
                              {(*body)["city"].get<std::string>(), OptionalText(*body, "district"),
                               OptionalText(*body, "enterprise"), OptionalText(*body, "site"),
                               (*body)["kind"].get<std::string>(),
                               (*body)["what"].get<std::string>(), OptionalText(*body, "photos"),
                               OptionalText(*body, "deadline"), OptionalText(*body, "source")},
                              now);
         if (!p) return x.Error(p.error());
         x.Json(200, app::ProblemJson(*p, now.date()));
       }});
  routes.push_back(
      {"POST",
       "/api/problems/{id}/act",
       "One step of the rectification (JSON {action: plan|rectify|verify-pass|verify-fail|close, "
       "note, evidence, deadline}): the plan needs its text, rectify evidence, a check what it "
       "found; 409 when the step does not follow; audited",
       "plan and rectify: the unit responsible or above; verify and close: strictly above it",
       {{"id", "path", "the problem's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"action"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "problem");
         if (!id) return x.Error(id.error());
         auto step = ledger::ParseProblemAction((*body)["action"].get<std::string>());
         if (!step) {
           return x.Error(core::InvalidInput(
               "the action is plan, rectify, verify-pass, verify-fail or close", "action"));
         }
         const core::Instant now = x.app().Now();
         auto p = app::ActOnProblem(x.app().store(), x.actor(), *id, *step,
                                    OptionalText(*body, "note"), OptionalText(*body, "evidence"),
                                    OptionalText(*body, "deadline"), now);
         if (!p) return x.Error(p.error());
         x.Json(200, app::ProblemJson(*p, now.date()));
       }});
  routes.push_back(
      {"POST",
       "/api/problems/link",
       "Open a problem (once) for each open enforcement task and each confirmed station finding "
       "of the caller's area; answers how many were opened",
       "the ministry, regional offices, provinces and cities",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto r = app::LinkProblems(x.app().store(), x.actor(), x.app().Now());
         if (!r) return x.Error(r.error());
         x.Json(200, {{"enforcement", r->enforcement}, {"station_findings", r->station_findings}});
       }});
  routes.push_back(
      {"GET",
       "/api/problem-stats",
       "Per city: problems in all, open, overdue, rebounds (counted against the city), closed",
       "as /api/problems",
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto j = app::ProblemStatsJson(x.app().store(), x.principal(), x.app().Now().date());
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"GET",
       "/api/positive-list",
       "A city's positive list (正面清单): the enterprises of its emergency list in force with no "
       "problem found in a year, no enforcement task and no confirmed monitoring finding",
       "officials who may read the city's list",
       {{"city", "query", "the city", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto city = Required(x, "city");
         if (!city) return x.Error(city.error());
         auto j = app::PositiveListJson(x.app().store(), x.principal(), *city, x.app().Now());
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"GET",
       "/api/problems.xlsx",
       "The board as a workbook to file (问题清单, 整改记录), cut as /api/problems is",
       "as /api/problems",
       {{"city", "query", "the city (default: all readable)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         const core::Date today = x.app().Now().date();
         TempFile file(".xlsx");
         if (auto s = app::WriteProblemsXlsx(x.app().store(), x.principal(),
                                             x.Query("city").value_or(""), today, file.path);
             !s.ok()) {
           return x.Error(s);
         }
         SendFile(x, file.path, "lantian-problems-" + core::FormatIsoDate(today) + ".xlsx");
       }});
}

}  // namespace lantian::server
