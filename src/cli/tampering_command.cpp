// lantian tampering scan|findings|review|evaluate: ambient stations reading
// far below their neighbours (app/station_findings.hpp).
#include <iostream>

#include "app/app.hpp"
#include "app/detector_evaluation.hpp"
#include "app/station_findings.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddTampering(CLI::App& root, Action& action) {
  struct Options {
    std::string db, period = "season", status, decision, note;
    int64_t id = 0;
    uint64_t seed = 1;
    bool subtle = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* tampering = root.add_subcommand(
      "tampering",
      "Ambient stations reading far below their neighbours on polluted days (the "
      "station-tampering pattern): scan, review; a confirmed finding fails the city's phase");
  tampering->require_subcommand(1);
  CLI::App* scan = tampering->add_subcommand(
      "scan", "Compare every station's daily PM2.5 with its neighbours' over a period");
  scan->add_option("--db", o->db, "Store")->required();
  scan->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
  scan->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        LANTIAN_ASSIGN_OR_RETURN(auto s, app::ScanStations(a.store(), CliActor(), *period, now));
        std::cout << s.stations << " stations compared: " << s.found << " findings, " << s.added
                  << " new to the queue\n";
        return core::Status::Ok();
      });
    };
  });
  CLI::App* findings = tampering->add_subcommand("findings", "The review queue, as CSV");
  findings->add_option("--db", o->db, "Store")->required();
  findings->add_option("--status", o->status, "open, confirmed or dismissed (default: any)");
  findings->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(
            auto all, app::VisibleStationFindings(a.store(), CliActor().principal, o->status));
        std::cout << "id,station,city,from,to,status,evidence,note\n";
        for (const auto& f : all) {
          std::cout << f.id << ',' << f.station << ',' << f.city_code << ',' << f.from_date << ','
                    << f.to_date << ',' << f.status << ',' << CsvField(f.evidence) << ','
                    << CsvField(f.note) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* review = tampering->add_subcommand(
      "review", "Confirm (records the city's falsified data for the phase) or dismiss");
  review->add_option("--db", o->db, "Store")->required();
  review->add_option("--id", o->id, "The finding")->required();
  review->add_option("--decision", o->decision, "confirm or dismiss")->required();
  review->add_option("--note", o->note, "What the inspection found (required to confirm)");
  review->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(
            auto r, app::ReviewStation(a.store(), CliActor(), o->id, o->decision, o->note, now));
        std::cout << "station finding " << r.finding.id << " " << r.finding.status;
        if (r.falsification) std::cout << "; falsification " << r.falsification << " recorded";
        std::cout << '\n';
        return core::Status::Ok();
      });
    };
  });
  CLI::App* evaluate = tampering->add_subcommand(
      "evaluate",
      "Precision and recall of the detector on the store's stations with synthetic PM2.5 "
      "(December 2020 – January 2021) and known tampering");
  evaluate->add_option("--db", o->db, "Store (its stations)")->required();
  evaluate->add_option("--seed", o->seed, "Seed of the synthetic data (default 1)");
  evaluate->add_flag("--subtle", o->subtle, "Tampering that tries to hide (shorter, smaller)");
  evaluate->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(
            auto e, app::EvaluateStationDetector(
                        a.store(), o->seed,
                        o->subtle ? demo::Strength::kSubtle : demo::Strength::kBlatant));
        std::cout << "stations,tampered,flagged,true_positives,precision,recall\n"
                  << e.stations << ',' << e.tampered << ',' << e.flagged << ',' << e.true_positives
                  << ',' << Fixed(e.precision(), 3) << ',' << Fixed(e.recall(), 3) << '\n';
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
