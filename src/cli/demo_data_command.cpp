// lantian demo-data --db FILE [--seed N] [--from DATE --to DATE]
#include <iostream>

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddDemoData(CLI::App& root, Action& action) {
  struct Options {
    std::string db;
    uint64_t seed = 1;
    std::string from = "2019-01-01";
    std::string to = "2021-03-31";
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = root.add_subcommand(
      "demo-data",
      "Write a deterministic SYNTHETIC season (hourly, every registry station, winter episodes, "
      "dust days, monthly dust fall, ~5% missing) into a store made by lantian init; marked "
      "synthetic everywhere");
  sub->add_option("--db", o->db, "Store made by lantian init")->required();
  sub->add_option("--seed", o->seed, "Random seed (same seed, same data)");
  sub->add_option("--from", o->from, "First day (default 2019-01-01, so 2019 baselines exist)");
  sub->add_option("--to", o->to, "Last day (default 2021-03-31, the end of the campaign)");
  sub->callback([o, &action] {
    action = [o]() -> int {
      auto first = core::ParseIsoDate(o->from);
      if (!first) return Fail(core::InvalidInput(first.error().message(), "--from"));
      auto last = core::ParseIsoDate(o->to);
      if (!last) return Fail(core::InvalidInput(last.error().message(), "--to"));
      if (*last < *first) return Fail(core::InvalidInput("--to is before --from", "--to"));
      auto app = app::App::Open(o->db, app::App::OpenMode::kExisting);
      if (!app) return Fail(app.error());
      auto progress = TerminalProgress();
      auto summary = app->Demo({o->seed, {*first, *last}}, CliActor(), *progress);
      if (!summary) return Fail(summary.error());
      std::cerr << o->db << ": SYNTHETIC demo data, seed " << o->seed << ": " << summary->stations
                << " stations × " << summary->days << " days, " << summary->values
                << " hourly values, " << summary->dust_days << " city dust days, "
                << summary->dustfall_months << " city-months of dust fall, "
                << summary->forecast_runs << " forecast runs, " << summary->alert_steps
                << " alert steps, " << summary->prompts << " regional prompts, " << summary->lists
                << " emergency lists of " << summary->list_enterprises << " enterprises, "
                << summary->devices << " monitoring devices with " << summary->monitoring_packets
                << " hourly uploads, " << summary->meters << " electricity meters with "
                << summary->meter_readings << " quarter-hour readings, " << summary->task_reports
                << " key-task reports and " << summary->task_closures << " closures, "
                << summary->problems << " supervision problems, " << summary->fire_points
                << " fire points, " << summary->workshops << " 散乱污 workshops, "
                << summary->power_accounts << " power accounts, " << summary->network_stations
                << " network stations\n";
      return 0;
    };
  });
}

}  // namespace lantian::cli
