// lantian network sites|outlets|check: the supplementary monitoring networks
// (VOCs, traffic and dust-fall stations), the outlets' stack heights, and the
// checks of plan （二十） over the registry (app/monitoring_network.hpp).
#include <iostream>

#include "app/app.hpp"
#include "app/monitoring_network.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddNetwork(CLI::App& root, Action& action) {
  struct Options {
    std::string db, as, now, file, check, as_of;
  };
  auto o = std::make_shared<Options>();
  CLI::App* network = root.add_subcommand(
      "network",
      "The monitoring network the plan asks for (（二十）): VOCs stations, stacks above 45 m and "
      "VOCs key sources on automatic monitoring, traffic stations, dust-fall coverage");
  network->require_subcommand(1);
  const auto table = [o, &action](CLI::App* sub, auto import, const char* what) {
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("--as", o->as, "Act as this stored user (role and scope)");
    sub->add_option("file", o->file, "The table (CSV or workbook)")->required();
    sub->callback([o, &action, import, what] {
      action = [o, import, what]() -> int {
        std::vector<io::FileReport> reports;
        const int rc = WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
          LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
          LANTIAN_ASSIGN_OR_RETURN(
              auto rows, import(a.store(), app::TableFile::At(o->file), actor, clock, reports));
          std::cout << "registered " << rows.size() << ' ' << what << " from " << o->file << '\n';
          return core::Status::Ok();
        });
        PrintReports(reports);
        return rc;
      };
    });
  };
  table(network->add_subcommand(
            "sites",
            "Register stations: code,kind,city,name[,county,setting,serves,lat,lon,connected,"
            "since] (kind vocs, traffic or dustfall; setting port or freight-corridor)"),
        app::ImportNetworkSites, "stations");
  table(network->add_subcommand("outlets",
                                "Register outlets' stack heights: enterprise,outlet,city,"
                                "height_m[,name]"),
        app::ImportSourceOutlets, "outlets");

  CLI::App* check = network->add_subcommand("check", "The four checks per city with their gaps");
  check->add_option("--db", o->db, "Store")->required();
  check->add_option("--as", o->as, "Act as this stored user (role and scope)");
  check->add_option("--as-of", o->as_of, "The day checked, YYYY-MM-DD (default: today)");
  check->add_option("--check", o->check, "vocs, traffic, sources or dustfall (default: all)");
  check->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        core::Date day = core::ParseInstant(clock)->date();
        if (!o->as_of.empty()) {
          auto d = core::ParseIsoDate(o->as_of);
          if (!d) return core::InvalidInput(d.error().message(), "--as-of");
          day = *d;
        }
        if (!o->check.empty() && o->check != "vocs" && o->check != "traffic" &&
            o->check != "sources" && o->check != "dustfall") {
          return core::InvalidInput("the check is vocs, traffic, sources or dustfall", "--check");
        }
        LANTIAN_ASSIGN_OR_RETURN(auto j, app::NetworkChecksJson(a.store(), actor.principal, day));
        std::cout << "check,city,name,pass,have,need,gaps\n";
        for (const char* name : {"vocs", "traffic", "sources", "dustfall"}) {
          if (!o->check.empty() && o->check != name) continue;
          for (const auto& c : j["checks"][name]) {
            std::string gaps;
            for (const auto& g : c["gaps"]) {
              gaps += (gaps.empty() ? "" : "; ") +
                      std::string(g["note"].get<bool>() ? "注：" : "") +
                      g["what"].get<std::string>();
            }
            std::cout << name << ',' << c["city"].get<std::string>() << ','
                      << c["name"].get<std::string>() << ','
                      << (c["pass"].get<bool>()      ? "yes"
                          : c["overdue"].get<bool>() ? "overdue"
                                                     : "no")
                      << ',' << c["have"] << ',' << c["need"] << ',' << CsvField(gaps) << '\n';
          }
        }
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
