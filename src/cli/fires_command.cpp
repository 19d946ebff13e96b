// lantian fires boundaries|demo-boundaries|import|list|respond|stats: the
// straw-burning watch (app/straw_burning.hpp). --as USER acts with a stored
// user's role and scope.
#include <fstream>
#include <iostream>

#include "app/app.hpp"
#include "app/demo_fires.hpp"
#include "app/fire_xlsx.hpp"
#include "app/straw_burning.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"
#include "io/boundary_json.hpp"

namespace lantian::cli {
void AddFires(CLI::App& root, Action& action) {
  struct Options {
    std::string db, as, now, file, out, city, period = "2020-09-01..2020-11-30", response, note,
                                              rain, sowing = "2020-10-01..2020-10-20";
    int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* fires = root.add_subcommand(
      "fires",
      "Straw burning (plan （九）): boundaries, satellite fire points assigned to city, district "
      "and township, the grids' responses, statistics by unit and period of the day");
  fires->require_subcommand(1);
  const auto common = [o](CLI::App* sub) {
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("--as", o->as, "Act as this stored user (role and scope)");
    sub->add_option("--now", o->now, "As of YYYY-MM-DD HH:MM (default: now)");
  };

  CLI::App* boundaries = fires->add_subcommand(
      "boundaries",
      "Load district and township boundaries (GeoJSON; replaces those of its cities)");
  common(boundaries);
  boundaries->add_option("--file", o->file, "GeoJSON FeatureCollection")->required();
  boundaries->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto n, app::LoadBoundaries(a.store(), actor, app::TableFile::At(o->file), now));
        std::cout << n << " areas loaded\n";
        return core::Status::Ok();
      });
    };
  });

  CLI::App* demo = fires->add_subcommand(
      "demo-boundaries",
      "Write the demo's synthetic boundaries as GeoJSON (an example of the format)");
  demo->add_option("--db", o->db, "Store")->required();
  demo->add_option("--out", o->out, "The .geojson file")->required();
  demo->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto units, a.store().Units());
        const auto areas = app::DemoBoundaries(units);
        Output out(o->out);
        out.stream() << io::BoundariesJson(areas) << '\n';
        LANTIAN_RETURN_IF_ERROR(out.Close());
        std::cout << "wrote " << areas.size() << " areas to " << o->out << '\n';
        return core::Status::Ok();
      });
    };
  });

  CLI::App* load = fires->add_subcommand(
      "import", "Load satellite fire points (time,lat,lon,confidence,source or a NASA FIRMS CSV)");
  common(load);
  load->add_option("--file", o->file, "CSV or XLSX")->required();
  load->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      int code = WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto r,
            app::ImportFirePoints(a.store(), actor, app::TableFile::At(o->file), now, reports));
        std::cout << r.rows << " fire points: " << r.added << " added (" << r.by_boundary
                  << " by boundary, " << r.nearest << " to the nearest city, " << r.outside
                  << " outside), " << r.already << " stored before, " << r.not_yours
                  << " outside your area\n";
        return core::Status::Ok();
      });
      PrintReports(reports);
      return code;
    };
  });

  CLI::App* list = fires->add_subcommand("list", "Fire points with their assignment and response");
  common(list);
  list->add_option("--city", o->city, "City (default: all)");
  list->add_option("--period", o->period, "Days observed, FROM..TO (default the autumn harvest)");
  list->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        (void)now;
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        LANTIAN_ASSIGN_OR_RETURN(
            auto points, app::VisibleFirePoints(a.store(), actor.principal, o->city, *period));
        std::cout << "id,observed_at,lat,lon,source,confidence,city,district,township,method,grid,"
                     "period,status,response,responded_at\n";
        for (const auto& f : points) {
          const auto j = app::FirePointJson(f);
          std::cout << f.id << ',' << f.observed_at << ',' << f.lat << ',' << f.lon << ','
                    << f.source << ',' << f.confidence << ',' << f.city_code << ',' << f.district
                    << ',' << f.township << ',' << f.method << ',' << CsvField(f.grid) << ','
                    << j["period"].get<std::string>() << ',' << f.status << ',' << f.response << ','
                    << f.responded_at << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* respond = fires->add_subcommand("respond", "Record the grid's response to a point");
  common(respond);
  respond->add_option("--id", o->id, "The fire point")->required();
  respond->add_option("--response", o->response, "confirmed, false-alarm or handled")->required();
  respond->add_option("--note", o->note, "What was found or done");
  respond->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto f, app::RespondToFire(a.store(), actor, o->id, o->response, o->note, now));
        std::cout << "fire point " << f.id << ": " << f.response << " at " << f.responded_at
                  << '\n';
        return core::Status::Ok();
      });
    };
  });

  CLI::App* xlsx =
      fires->add_subcommand("export", "The fire points as a workbook (火点清单, 分单位统计)");
  common(xlsx);
  xlsx->add_option("--city", o->city, "City (default: all readable)");
  xlsx->add_option("--period", o->period, "FROM..TO (default 2020-09-01..2020-11-30)");
  xlsx->add_option("--out", o->out, "The .xlsx file")->required();
  xlsx->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        LANTIAN_RETURN_IF_ERROR(
            app::WriteFirePointsXlsx(a.store(), actor.principal, o->city, *period, o->out));
        std::cout << "wrote " << o->out << '\n';
        return core::Status::Ok();
      });
    };
  });

  CLI::App* stats = fires->add_subcommand(
      "stats", "Per city and district, per period of the day, before rain and before sowing");
  common(stats);
  stats->add_option("--period", o->period, "Days observed, FROM..TO");
  stats->add_option("--rain-days", o->rain, "Rain days, YYYY-MM-DD,…");
  stats->add_option("--sowing", o->sowing, "The sowing window FROM..TO (default 10-01..10-20)");
  stats->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        auto sowing = core::ParsePeriod(o->sowing);
        if (!sowing) return core::InvalidInput(sowing.error().message(), "--sowing");
        LANTIAN_ASSIGN_OR_RETURN(auto rain, app::ParseRainDays(o->rain, "--rain-days"));
        LANTIAN_ASSIGN_OR_RETURN(
            auto j, app::FireStatsJson(a.store(), actor.principal, *period, rain, *sowing));
        std::cout << "city,name,district,points,confirmed,false_alarm,handled,awaiting,"
                     "median_response_minutes\n";
        for (const auto& u : j["units"]) {
          std::cout << u["city"].get<std::string>() << ',' << u["name"].get<std::string>() << ','
                    << u["district"].get<std::string>() << ',' << u["points"] << ','
                    << u["confirmed"] << ',' << u["false_alarm"] << ',' << u["handled"] << ','
                    << u["awaiting"] << ','
                    << (u["median_response_minutes"].is_null()
                            ? std::string()
                            : u["median_response_minutes"].dump())
                    << '\n';
        }
        std::cout << "periods: after-work " << j["periods"]["after-work"] << ", first-half-night "
                  << j["periods"]["first-half-night"] << ", second-half-night "
                  << j["periods"]["second-half-night"] << ", daytime " << j["periods"]["daytime"]
                  << "; before rain " << j["before_rain"] << "; before sowing "
                  << j["before_sowing"] << '\n';
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
