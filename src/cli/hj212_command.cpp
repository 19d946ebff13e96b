// lantian hj212: the online-monitoring devices of enterprises' outlets and
// their HJ 212 receiver (issue 7 §2).
//   hj212 serve --db … [--listen HOST:PORT]   receive, store, acknowledge
//   hj212 device add --db … --mn … --enterprise … --city … --outlet … --pollutants …
//   --password-stdin hj212 devices --db …                      registry with status hj212 values
//   --db … --mn … [--kind] [--from] [--to] hj212 rejections --db … [--limit N]
#include <algorithm>
#include <iostream>
#include <string>

#include "app/detector_evaluation.hpp"
#include "app/monitoring_devices.hpp"
#include "app/monitoring_findings.hpp"
#include "app/monitoring_intake.hpp"
#include "app/outlet_limits.hpp"
#include "cli/command.hpp"
#include "receiver/receiver.hpp"

namespace lantian::cli {
namespace {

void AddServeReceiver(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db, listen = "0.0.0.0:9212";
    receiver::Options receiver;
    int idle_seconds = 600;
    int refresh_seconds = 10;
  };
  auto o = std::make_shared<Options>();
  CLI::App* serve = hj212.add_subcommand(
      "serve",
      "Receive HJ 212 packets from the registered devices; each packet is stored (durably) before "
      "it is acknowledged. SIGTERM or SIGINT stops it after storing what was received");
  serve->add_option("--db", o->db, "Store made by lantian init")->required();
  serve->add_option("--listen", o->listen,
                    "HOST:PORT (port 0: any free port; default 0.0.0.0:9212)");
  serve->add_option("--threads", o->receiver.io_threads,
                    "Network threads (the writer has its own)");
  serve->add_option("--idle-timeout", o->idle_seconds, "Close a connection silent this long (s)");
  serve->add_option("--registry-refresh", o->refresh_seconds,
                    "Re-read the device registry this often (s; default 10)");
  serve->add_option("--max-connections", o->receiver.max_connections, "Connections at most");
  serve->add_option("--max-in-flight", o->receiver.max_in_flight,
                    "Packets of a connection waiting to be stored before it is no longer read");
  serve->add_option("--max-data-length", o->receiver.intake.parse.max_data_length,
                    "Longest data segment accepted (HJ 212-2017: 1024; devices exceed it)");
  serve->callback([o, &action] {
    action = [o]() -> int {
      const size_t colon = o->listen.rfind(':');
      if (colon == std::string::npos) {
        return Fail(core::InvalidInput("expected HOST:PORT", "--listen"));
      }
      o->receiver.host = o->listen.substr(0, colon);
      try {
        o->receiver.port = static_cast<uint16_t>(std::stoi(o->listen.substr(colon + 1)));
      } catch (...) {
        return Fail(core::InvalidInput("expected HOST:PORT", "--listen"));
      }
      o->receiver.idle_timeout = std::chrono::seconds(o->idle_seconds);
      o->receiver.registry_refresh = std::chrono::seconds(std::max(1, o->refresh_seconds));
      auto a = app::App::Open(o->db, app::App::OpenMode::kExisting);  // checked and migrated
      if (!a) return Fail(a.error());
      auto store = storage::OpenStore(o->db);
      if (!store) return Fail(store.error());
      receiver::Receiver r(std::move(*store), o->receiver,
                           [] { return core::FormatInstant(app::BeijingNow()); });
      auto port = r.Listen();
      if (!port) return Fail(port.error());
      std::cout << "lantian hj212: listening on " << o->receiver.host << ':' << *port << std::endl;
      core::Status s = r.Run(/*handle_signals=*/true);
      const auto& c = r.counters();
      std::cerr << "lantian hj212: " << c.connections << " connections (" << c.refused_connections
                << " refused), " << c.frames << " frames, " << c.stored_packets
                << " packets stored in " << c.commits << " commits, " << c.acks_sent
                << " acknowledgements, " << c.rejections << " rejections\n";
      return s.ok() ? 0 : Fail(s);
    };
  });
}

void AddDevice(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db;
    app::DeviceInput input;
    bool password_stdin = false;
    std::string file;
  };
  auto o = std::make_shared<Options>();
  CLI::App* device = hj212.add_subcommand("device", "The device registry");
  device->require_subcommand(1);
  CLI::App* add = device->add_subcommand(
      "add", "Register a device (an MN already registered is replaced), audited");
  add->add_option("--db", o->db, "Store")->required();
  add->add_option("--mn", o->input.mn, "The device's MN (HJ 212, up to 24 characters)")->required();
  add->add_option("--enterprise", o->input.credit_code, "The enterprise's credit code")->required();
  add->add_option("--city", o->input.city_code, "The city whose bureau keeps its record")
      ->required();
  add->add_option("--outlet", o->input.outlet, "The outlet it measures (e.g. DA001)")->required();
  add->add_option("--pollutants", o->input.pollutants,
                  "Codes it sends, comma-separated (e.g. a21026,a21002,a34013,a19001)")
      ->required();
  add->add_option("--password", o->input.password, "The device's PW (prefer --password-stdin)");
  add->add_flag("--password-stdin", o->password_stdin, "Read the PW from the first input line");
  add->callback([o, &action] {
    action = [o]() -> int {
      if (o->password_stdin) std::getline(std::cin, o->input.password);
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto d, app::RegisterDevice(a.store(), o->input, CliActor(), now));
        std::cout << "registered " << d.mn << ": " << d.credit_code << " outlet " << d.outlet
                  << " (" << d.pollutants << ")\n";
        return core::Status::Ok();
      });
    };
  });
  CLI::App* import = device->add_subcommand(
      "import",
      "Register the devices of a table (CSV or workbook: mn,enterprise,city,outlet,pollutants,"
      "password), all or none, audited");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("file", o->file, "The table")->required();
  import->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
  const int rc = WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto ds, app::ImportDevices(a.store(), app::TableFile::At(o->file),
                                                         CliActor(), now, reports));
    std::cout << "registered " << ds.size() << " devices from " << o->file << '\n';
    return core::Status::Ok();
  });
  PrintReports(reports);
  return rc;
};
}  // namespace
);
}  // namespace lantian::cli

void AddReads(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db;
    storage::MonitoringQuery query;
    int64_t limit = 50;
  };
  auto o = std::make_shared<Options>();
  CLI::App* devices =
      hj212.add_subcommand("devices", "The registered devices, online or not, their last packet");
  devices->add_option("--db", o->db, "Store")->required();
  devices->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto statuses,
                                 app::DeviceStatuses(a.store(), CliActor().principal, a.Now()));
        std::cout << "mn,enterprise,city,outlet,pollutants,packets,last_received_at,online,"
                     "missing_hours_24h,open_gaps\n";
        for (const auto& s : statuses) {
          std::cout << s.device.mn << ',' << s.device.credit_code << ',' << s.device.city_code
                    << ',' << CsvField(s.device.outlet) << ',' << CsvField(s.device.pollutants)
                    << ',' << s.packets << ',' << s.last_received_at << ','
                    << (s.online ? "yes" : "no") << ',' << s.missing_hours << ',' << s.open_gaps
                    << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* values = hj212.add_subcommand("values", "A device's stored values");
  values->add_option("--db", o->db, "Store")->required();
  values->add_option("--mn", o->query.mn, "The device")->required();
  values->add_option("--kind", o->query.kind, "real-time, minute, hourly or daily (default: all)");
  values->add_option("--from", o->query.from, "Data time from (YYYY-MM-DD HH:MM:SS)");
  values->add_option("--to", o->query.to, "Data time to");
  values->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto rows,
                                 app::DeviceValues(a.store(), CliActor().principal, o->query));
        std::cout << "kind,data_time,pollutant,rtd,avg,min,max,cou,zs_rtd,zs_avg,flag\n";
        for (const auto& v : rows) {
          std::cout << v.kind << ',' << v.data_time << ',' << v.pollutant << ',' << Fixed(v.rtd, 3)
                    << ',' << Fixed(v.avg, 3) << ',' << Fixed(v.minimum, 3) << ','
                    << Fixed(v.maximum, 3) << ',' << Fixed(v.cou, 3) << ',' << Fixed(v.zs_rtd, 3)
                    << ',' << Fixed(v.zs_avg, 3) << ',' << v.flag << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* rejections =
      hj212.add_subcommand("rejections", "Frames and devices the receiver refused, newest first");
  rejections->add_option("--db", o->db, "Store")->required();
  rejections->add_option("--limit", o->limit, "How many (default 50)");
  rejections->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto rows, a.store().DeviceRejections(o->limit));
        std::cout << "at,peer,mn,reason\n";
        for (const auto& r : rows) {
          std::cout << r.at << ',' << r.peer << ',' << r.mn << ',' << CsvField(r.reason) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
}

void AddReplay(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db, file;
  };
  auto o = std::make_shared<Options>();
  CLI::App* replay = hj212.add_subcommand(
      "replay",
      "Store the frames of a file (one per line: a data collector's log) as the receiver would, "
      "in one transaction; refused frames are logged as rejections");
  replay->add_option("--db", o->db, "Store")->required();
  replay->add_option("file", o->file, "The frames")->required();
  replay->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto s,
                                 app::ReplayFrames(a.store(), o->file, "file:" + o->file, now));
        std::cout << s.frames << " frames: " << s.stored << " packets stored (" << s.values
                  << " values), " << s.rejected << " refused\n";
        return core::Status::Ok();
      });
    };
  });
}

void AddEvaluation(CLI::App& hj212, Action& action) {
  struct Options {
    int outlets = 2000;
    uint64_t seed = 1;
    bool subtle = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* evaluate = hj212.add_subcommand(
      "evaluate-detectors",
      "Precision and recall of the falsified-data detectors on synthetic outlets whose cheats "
      "are known (no store needed)");
  evaluate->add_option("--outlets", o->outlets, "How many outlets (default 2000)");
  evaluate->add_option("--seed", o->seed, "Seed of the synthetic data (default 1)");
  evaluate->add_flag("--subtle", o->subtle, "Cheats that try to hide (shorter, smaller, rarer)");
  evaluate->callback([o, &action] {
    action = [o]() -> int {
      const app::DetectorEvaluation e = app::EvaluateDetectors(
          o->seed, o->outlets, o->subtle ? demo::Strength::kSubtle : demo::Strength::kBlatant);
      std::cout << "detector,meant_for,outlets_cheating,flagged,true_positives,precision,recall\n";
      for (const auto& s : e.scores) {
        std::cout << s.detector << ',' << s.cheat << ',' << s.cheating << ',' << s.flagged << ','
                  << s.true_positives << ',' << Fixed(s.precision(), 3) << ','
                  << Fixed(s.recall(), 3) << '\n';
      }
      std::cout << "\n"
                << e.outlets << " outlets, " << e.honest << " honest, " << e.honest_flagged
                << " honest flagged by any detector\n";
      return 0;
    };
  });
}

void AddFindings(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db, from, to, status, decision, note;
    int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* scan = hj212.add_subcommand(
      "scan",
      "Run the detectors of falsified or bad data (flat line, pinned, drop at an alert, gaps, "
      "flag overuse) over every device's hourly data of a period; new findings join the review "
      "queue");
  scan->add_option("--db", o->db, "Store")->required();
  scan->add_option("--from", o->from, "From (YYYY-MM-DD HH:MM:SS)")->required();
  scan->add_option("--to", o->to, "To, exclusive")->required();
  scan->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto s,
                                 app::ScanDevices(a.store(), CliActor(), o->from, o->to, now));
        std::cout << s.devices << " devices scanned: " << s.found << " findings, " << s.added
                  << " new in the review queue\n";
        return core::Status::Ok();
      });
    };
  });
  CLI::App* findings = hj212.add_subcommand("findings", "The review queue");
  findings->add_option("--db", o->db, "Store")->required();
  findings->add_option("--status", o->status, "open, confirmed or dismissed (default: any)");
  findings->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto all,
                                 app::VisibleFindings(a.store(), CliActor().principal, o->status));
        std::cout << "id,mn,pollutant,detector,from,to,status,evidence,note\n";
        for (const auto& f : all) {
          std::cout << f.id << ',' << f.mn << ',' << f.pollutant << ',' << f.detector << ','
                    << f.from_at << ',' << f.to_at << ',' << f.status << ',' << CsvField(f.evidence)
                    << ',' << CsvField(f.note) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* review = hj212.add_subcommand("review", "Confirm or dismiss an open finding");
  review->add_option("--db", o->db, "Store")->required();
  review->add_option("--id", o->id, "The finding")->required();
  review->add_option("--decision", o->decision, "confirm or dismiss")->required();
  review->add_option("--note", o->note, "Why");
  review->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(
            auto f, app::ReviewFinding(a.store(), CliActor(), o->id, o->decision, o->note, now));
        std::cout << "finding " << f.id << " " << f.status << '\n';
        return core::Status::Ok();
      });
    };
  });
}

void AddLimits(CLI::App& hj212, Action& action) {
  struct Options {
    std::string db, file, mn, from, to;
  };
  auto o = std::make_shared<Options>();
  CLI::App* limits = hj212.add_subcommand("limits", "Outlets' emission limits");
  limits->require_subcommand(1);
  CLI::App* import = limits->add_subcommand(
      "import",
      "Store the limits of a table (enterprise,city,outlet,pollutant,ordinary[,ultra_low]"
      "[,reference_o2]; mg/m³, %), all or none; each outlet named is replaced, audited");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("file", o->file, "The table")->required();
  import->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
  const int rc = WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(
        auto rows,
        app::ImportOutletLimits(a.store(), app::TableFile::At(o->file), CliActor(), now, reports));
    std::cout << "stored " << rows.size() << " limits from " << o->file << '\n';
    return core::Status::Ok();
  });
  PrintReports(reports);
  return rc;
};
});
CLI::App* check = hj212.add_subcommand(
    "check",
    "A device's hourly data against its outlet's limits: hours judged (flag N), other flags, "
    "hours without O2, and each exceedance (O2-corrected where the outlet has a reference O2)");
check->add_option("--db", o->db, "Store")->required();
check->add_option("--mn", o->mn, "The device")->required();
check->add_option("--from", o->from, "Data time from (YYYY-MM-DD HH:MM:SS)");
check->add_option("--to", o->to, "Data time to");
check->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          auto c, app::CheckDeviceLimits(a.store(), CliActor().principal, o->mn, o->from, o->to));
      std::cout << "pollutant,limit,reference_o2,judged,not_normal,no_o2,untrusted,exceedances\n";
      for (const auto& p : c.pollutants) {
        std::cout << p.limit.pollutant << ',' << Fixed(p.applied, 3) << ','
                  << Fixed(p.limit.reference_o2, 1) << ',' << p.result.judged << ','
                  << p.result.not_normal << ',' << p.result.no_o2 << ',' << p.untrusted << ','
                  << p.result.exceedances.size() << '\n';
      }
      std::cout << "\npollutant,hour,value,limit\n";
      for (const auto& p : c.pollutants) {
        for (const auto& e : p.result.exceedances) {
          std::cout << p.limit.pollutant << ',' << core::FormatInstant(e.hour) << ','
                    << Fixed(e.value, 3) << ',' << Fixed(e.limit, 3) << '\n';
        }
      }
      return core::Status::Ok();
    });
  };
});
}

}  // namespace

void AddHj212(CLI::App& root, Action& action) {
  CLI::App* hj212 = root.add_subcommand(
      "hj212",
      "Online monitoring of enterprises' outlets over HJ 212-2017: devices, receiver, data");
  hj212->require_subcommand(1);
  AddServeReceiver(*hj212, action);
  AddDevice(*hj212, action);
  AddReads(*hj212, action);
  AddLimits(*hj212, action);
  AddReplay(*hj212, action);
  AddEvaluation(*hj212, action);
  AddFindings(*hj212, action);
}

}  // namespace lantian::cli
