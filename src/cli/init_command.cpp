// lantian init --db FILE [--data DIR]
#include <iostream>

#include "app/app.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddInit(CLI::App& root, Action& action) {
  struct Options {
    std::string db;
    std::optional<std::string> data;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = root.add_subcommand(
      "init",
      "Create a store (or refresh one) with the plan's units, targets, key tasks and stations");
  sub->add_option("--db", o->db, "SQLite database file")->required();
  sub->add_option("--data", o->data,
                  "Directory with regions.csv, plan-targets.csv, key-tasks.csv, stations.csv "
                  "(default: the copy built into lantian)");
  sub->callback([o, &action] {
    action = [o]() -> int {
      auto app = app::App::Open(o->db, app::App::OpenMode::kCreate);
      if (!app) return Fail(app.error());
      auto summary = app->Init(o->data, CliActor());
      if (!summary) return Fail(summary.error());
      std::cerr << o->db << ": schema " << summary->schema_version << "; " << summary->units
                << " units, " << summary->targets << " regional targets, " << summary->key_tasks
                << " key tasks, " << summary->stations << " stations";
      if (summary->tier_rule_rows > 0) {
        std::cerr << ", tier rule of " << summary->tier_rule_rows << " tiers";
      } else {
        std::cerr << "; the store's own tier rule is kept";
      }
      std::cerr << "\n";
      return 0;
    };
  });
}

}  // namespace lantian::cli
