// lantian import cnemc|long|stations FILE… --db FILE
#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddImport(CLI::App& root, Action& action) {
  struct Options {
    std::string db;
    std::vector<std::string> files;
    std::string hour_label = "end";
    std::string kind = "auto";
    bool replace = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* import = root.add_subcommand("import", "Import data files into a store");
  import->require_subcommand(1);

  auto common = [&](CLI::App* sub) {
    sub->add_option("files", o->files, "Files to import")->required();
    sub->add_option("--db", o->db, "Store (SQLite file made by lantian init)")->required();
  };
  // Opens the store, runs one import on it and reports what it found.
  auto run = [o](const std::function<app::ImportResult(app::App&)>& work) -> int {
    auto app = app::App::Open(o->db, app::App::OpenMode::kExisting);
    if (!app) return Fail(app.error());
    return ReportImport(work(*app));
  };

  CLI::App* cnemc = import->add_subcommand(
      "cnemc",
      "CNEMC hourly files: site files (date,hour,type,<station codes>) or city files "
      "(date,hour,type,<city names>); published AQI and moving means are kept beside "
      "the hourly values");
  common(cnemc);
  cnemc
      ->add_option("--hour-label", o->hour_label,
                   "What the file's hour h labels: 'end' = the hour ending at h (CNEMC practice, "
                   "default), 'begin' = the hour beginning at h")
      ->check(CLI::IsMember({"end", "begin"}));
  cnemc->add_option("--kind", o->kind, "site, city or auto (from the column names)")
      ->check(CLI::IsMember({"auto", "site", "city"}));
  cnemc->add_flag("--replace", o->replace, "Overwrite stored values that differ");
  cnemc->callback([o, run, &action] {
    action = [o, run]() -> int {
      app::ImportOptions options;
      options.actor = CliActor();
      options.cnemc.hour_label = *io::ParseHourLabel(o->hour_label);
      if (o->kind != "auto")
        options.cnemc.kind = o->kind == "site" ? io::CnemcKind::kSite : io::CnemcKind::kCity;
      options.replace = o->replace;
      return run(
          [&](app::App& app) { return app.ImportCnemc(o->files, options, *TerminalProgress()); });
    };
  });

  CLI::App* long_csv = import->add_subcommand(
      "long",
      "Long CSV: station,time,pollutant,value (time YYYY-MM-DD HH:MM, Beijing time, start "
      "of the hour)");
  common(long_csv);
  long_csv->add_flag("--replace", o->replace, "Overwrite stored values that differ");
  long_csv->callback([o, run, &action] {
    action = [o, run]() -> int {
      app::ImportOptions options;
      options.actor = CliActor();
      options.replace = o->replace;
      return run(
          [&](app::App& app) { return app.ImportLong(o->files, options, *TerminalProgress()); });
    };
  });

  CLI::App* stations = import->add_subcommand(
      "stations",
      "Station registry: code,name,city_code,lat,lon[,background,retired_on] or the "
      "CNEMC station list (stations of the plan's cities)");
  common(stations);
  stations->callback([o, run, &action] {
    action = [o, run]() -> int {
      return run([&](app::App& app) { return app.ImportStations(o->files, CliActor()); });
    };
  });
}

}  // namespace lantian::cli
