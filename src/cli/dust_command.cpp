// lantian dust mark | unmark | import | list, lantian dustfall import,
// lantian falsification record | list
#include <iostream>

#include "app/app.hpp"
#include "app/dust_records.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

core::Result<core::Date> DateOption(const std::string& text, const char* field) {
  auto d = core::ParseIsoDate(text);
  if (!d) return core::InvalidInput(d.error().message(), field);
  return *d;
}

}  // namespace

void AddDust(CLI::App& root, Action& action) {
  struct Options {
    std::string db, city, date, reason, file, phase, period = "season", description;
  };
  auto o = std::make_shared<Options>();

  CLI::App* dust = root.add_subcommand(
      "dust", "Sand-and-dust days (扣沙): PM2.5 and PM10 of these days leave the assessment");
  dust->require_subcommand(1);
  CLI::App* mark = dust->add_subcommand("mark", "Flag a city's day as sand-and-dust affected");
  CLI::App* unmark = dust->add_subcommand("unmark", "Remove the flag");
  for (CLI::App* c : {mark, unmark}) {
    c->add_option("--db", o->db, "Store")->required();
    c->add_option("--city", o->city, "Unit code or Chinese name")->required();
    c->add_option("--date", o->date, "YYYY-MM-DD")->required();
    c->add_option("--reason", o->reason, "Why (kept in the audit trail)")->required();
  }
  mark->callback([o, &action] {
    action = [o]() -> int {
      auto date = DateOption(o->date, "--date");
      if (!date) return Fail(date.error());
      return WithStore(o->db, [&](app::App& a, const std::string& now) {
        return app::MarkDustDay(a.store(), {o->city, *date, o->reason}, CliActor(), now);
      });
    };
  });
  unmark->callback([o, &action] {
    action = [o]() -> int {
      auto date = DateOption(o->date, "--date");
      if (!date) return Fail(date.error());
      return WithStore(o->db, [&](app::App& a, const std::string& now) {
        return app::UnmarkDustDay(a.store(), o->city, *date, o->reason, CliActor(), now);
      });
    };
  });
  CLI::App* import = dust->add_subcommand(
      "import", "Flag the days of a table city,date[,reason] (CSV or XLSX), all or none");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("file", o->file, "The table")->required();
  import->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto r, app::ImportDustDays(a.store(), app::TableFile::At(o->file), CliActor(), now));
  std::cerr << r.file << ": " << r.rows << " dust days flagged\n";
  return core::Status::Ok();
});
};  // namespace lantian::cli
});
CLI::App* list = dust->add_subcommand("list", "The dust days of a period, as CSV");
list->add_option("--db", o->db, "Store")->required();
list->add_option("--period", o->period, "2020Q4, 2021Q1, a month, or season");
list->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
      core::Result<core::Period> period = campaign::ParseSeasonOrPeriod(o->period);
      if (!period) return core::InvalidInput(period.error().message(), "--period");
      LANTIAN_ASSIGN_OR_RETURN(auto days, a.store().DustDays(*period));
      std::cout << "city_code,date,reason\n";
      for (const auto& d : days) {
        std::cout << d.city_code << ',' << core::FormatIsoDate(d.date) << ',' << d.note << '\n';
      }
      return core::Status::Ok();
    });
  };
});

CLI::App* dustfall = root.add_subcommand("dustfall", "Monthly dust fall (降尘) per city");
dustfall->require_subcommand(1);
CLI::App* fall_import = dustfall->add_subcommand(
    "import", "Load a table city,month,dustfall[,note] (t/(month·km²), CSV or XLSX), all or none");
fall_import->add_option("--db", o->db, "Store")->required();
fall_import->add_option("file", o->file, "The table")->required();
fall_import->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          auto r, app::ImportDustfall(a.store(), app::TableFile::At(o->file), CliActor(), now));
      std::cerr << r.file << ": " << r.rows << " monthly dust-fall readings loaded\n";
      return core::Status::Ok();
    });
  };
});

CLI::App* falsification = root.add_subcommand(
    "falsification",
    "Findings of falsified monitoring data: the city's phase assessment fails outright");
falsification->require_subcommand(1);
CLI::App* record = falsification->add_subcommand("record", "Record a finding");
record->add_option("--db", o->db, "Store")->required();
record->add_option("--city", o->city, "Unit code or Chinese name")->required();
record->add_option("--phase", o->phase, "2020Q4 or 2021Q1")->required();
record->add_option("--found-on", o->date, "YYYY-MM-DD")->required();
record->add_option("--description", o->description, "What was found")->required();
record->callback([o, &action] {
  action = [o]() -> int {
    auto date = DateOption(o->date, "--found-on");
    if (!date) return Fail(date.error());
    return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(
          int64_t id, app::RecordFalsification(
                          a.store(), {o->city, o->phase, *date, o->description}, CliActor(), now));
      std::cerr << "finding " << id << " recorded\n";
      return core::Status::Ok();
    });
  };
});
CLI::App* findings = falsification->add_subcommand("list", "Every finding, as CSV");
findings->add_option("--db", o->db, "Store")->required();
findings->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(o->db, [&](app::App& a, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto all, a.store().FalsificationFindings());
      std::cout << "id,city_code,phase,found_on,description,recorded_by,recorded_at\n";
      for (const auto& f : all) {
        std::cout << f.id << ',' << f.city_code << ',' << f.phase << ','
                  << core::FormatIsoDate(f.found_on) << ",\"" << f.description << "\","
                  << f.recorded_by << ',' << f.recorded_at << '\n';
      }
      return core::Status::Ok();
    });
  };
});
}

}  // namespace lantian::cli
