#include "server/station_routes.hpp"

#include "app/station_findings.hpp"
#include "campaign/baseline.hpp"
#include "server/route_support.hpp"

namespace lantian::server {

void AddStationCheckRoutes(std::vector<Route>& routes) {
  const std::string reviewers = "national and regional offices (within their region)";
  routes.push_back(
      {"POST",
       "/api/station-findings/scan",
       "Compare every station's daily PM2.5 with its neighbours' within 50 km over a period "
       "(JSON {period}); new findings join the review queue; audited",
       reviewers,
       {},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"period"});
         if (!body) return x.Error(body.error());
         auto period = campaign::ParseSeasonOrPeriod((*body)["period"].get<std::string>());
         if (!period) return x.Error(core::InvalidInput(period.error().message(), "period"));
         auto r = app::ScanStations(x.app().store(), x.actor(), *period,
                                    core::FormatInstant(x.app().Now()));
         if (!r) return x.Error(r.error());
         x.Json(200, {{"stations", r->stations}, {"found", r->found}, {"added", r->added}});
       }});
  routes.push_back({"GET",
                    "/api/station-findings",
                    "The review queue of stations reading far below their neighbours",
                    reviewers,
                    {{"status", "query", "open, confirmed or dismissed (default: any)", false}},
                    [](Exchange& x) {
                      if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
                      auto all = app::VisibleStationFindings(x.app().store(), x.principal(),
                                                             x.Query("status").value_or(""));
                      if (!all) return x.Error(all.error());
                      nlohmann::json out = nlohmann::json::array();
                      for (const auto& f : *all) out.push_back(app::StationFindingJson(f));
                      x.Json(200, {{"findings", out}});
                    }});
  routes.push_back(
      {"POST",
       "/api/station-findings/{id}/review",
       "Confirm (with what the inspection found: records the city's falsified data for the "
       "phase, which fails its assessment) or dismiss an open finding (JSON {decision, note}); "
       "once; audited",
       reviewers,
       {{"id", "path", "the finding's id", true}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         if (auto s = x.CheckCsrf(); !s.ok()) return x.Error(s);
         auto body = JsonBody(x, {"decision"});
         if (!body) return x.Error(body.error());
         auto id = PathId(x, "station finding");
         if (!id) return x.Error(id.error());
         auto r = app::ReviewStation(
             x.app().store(), x.actor(), *id, (*body)["decision"].get<std::string>(),
             OptionalText(*body, "note"), core::FormatInstant(x.app().Now()));
         if (!r) return x.Error(r.error());
         nlohmann::json out = app::StationFindingJson(r->finding);
         out["falsification"] = r->falsification;
         x.Json(200, out);
       }});
}

}  // namespace lantian::server
