#include "server/network_routes.hpp"

#include "app/monitoring_network.hpp"
#include "server/route_support.hpp"

namespace lantian::server {

void AddNetworkRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"POST",
       "/api/network-sites",
       "Register stations of the supplementary networks (a CSV or XLSX upload: code,kind,city,"
       "name[,county,setting,serves,lat,lon,connected,since]; kind vocs, traffic or dustfall; "
       "setting port or freight-corridor); a code again is replaced; all or none; audited",
       "the bureaus that keep the cities' emergency lists",
       {},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto rows,
                           app::ImportNetworkSites(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"stations", rows.size()}};
                     });
       }});
  routes.push_back(
      {"POST",
       "/api/source-outlets",
       "Register outlets' stack heights (a CSV or XLSX upload: enterprise,outlet,city,height_m"
       "[,name]); an outlet again is replaced; all or none; audited",
       "the bureaus that keep the cities' emergency lists",
       {},
       [](Exchange& x) {
         TableUpload(x,
                     [&](const app::TableFile& file, const app::Actor& actor,
                         const std::string& now) -> core::Result<nlohmann::json> {
                       std::vector<io::FileReport> reports;
                       LANTIAN_ASSIGN_OR_RETURN(
                           auto rows,
                           app::ImportSourceOutlets(x.app().store(), file, actor, now, reports));
                       return nlohmann::json{{"outlets", rows.size()}};
                     });
       }});
  routes.push_back(
      {"GET",
       "/api/network-checks",
       "The monitoring-network checks per city (plan （二十）): a VOCs automatic station; stacks "
       "above 45 m and VOCs key sources on connected automatic monitoring; traffic stations at "
       "freight corridors and major coastal ports (due 2020-12-31); dust fall every month "
       "(Fenwei: a county-town site) — each with have/need and its gaps",
       "officials, for the cities whose lists they may read",
       {{"as_of", "query", "the day checked, YYYY-MM-DD (default: today)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         core::Date day = x.app().Now().date();
         if (auto as_of = x.Query("as_of"); as_of && !as_of->empty()) {
           auto d = core::ParseIsoDate(*as_of);
           if (!d) return x.Error(core::InvalidInput(d.error().message(), "as_of"));
           day = *d;
         }
         auto j = app::NetworkChecksJson(x.app().store(), x.principal(), day);
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
}

}  // namespace lantian::server
