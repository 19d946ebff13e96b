// lantian enforcement open|tasks|close: the violations an alert's verification
// found, as tasks of the city's enforcement ledger (app/enforcement_tasks.hpp).
#include <iostream>

#include "app/app.hpp"
#include "app/enforcement_tasks.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddEnforcement(CLI::App& root, Action& action) {
  struct Options {
    std::string db, city, period = "season", now, status, note;
    int deadline_days = 30;
    int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* enforcement = root.add_subcommand(
      "enforcement",
      "Enforcement tasks: each violation the verification of a city's alerts found, opened "
      "once, with a deadline, closed with what was done (plan （二十一）)");
  enforcement->require_subcommand(1);
  CLI::App* open = enforcement->add_subcommand(
      "open",
      "Open a task for each violation of the city's verification report not yet in the ledger "
      "(a line short of its cut, a facility off while its line ran, hours over a limit under "
      "alert, a confirmed finding)");
  open->add_option("--db", o->db, "Store")->required();
  open->add_option("--city", o->city, "The city")->required();
  open->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
  open->add_option("--deadline-days", o->deadline_days, "Days to the deadline (default 30)");
  open->add_option("--now", o->now, "As of YYYY-MM-DD HH:MM (default: now)");
  open->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        auto period = campaign::ParseSeasonOrPeriod(o->period);
        if (!period) return core::InvalidInput(period.error().message(), "--period");
        auto now = core::ParseInstant(o->now.empty() ? clock : o->now);
        if (!now) return core::InvalidInput(now.error().message(), "--now");
        LANTIAN_ASSIGN_OR_RETURN(auto r,
                                 app::OpenEnforcementTasks(a.store(), CliActor(), o->city, *period,
                                                           o->deadline_days, *now));
        std::cout << r.violations << " violations, " << r.opened.size() << " tasks opened\n";
        for (const auto& t : r.opened) {
          std::cout << t.id << ',' << t.kind << ',' << t.credit_code << ',' << CsvField(t.what)
                    << ',' << t.deadline << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* tasks = enforcement->add_subcommand("tasks", "The ledger's tasks");
  tasks->add_option("--db", o->db, "Store")->required();
  tasks->add_option("--city", o->city, "The city (default: all)");
  tasks->add_option("--status", o->status, "open, closed or overdue (default: any)");
  tasks->add_option("--now", o->now, "Overdue as of YYYY-MM-DD HH:MM (default: now)");
  tasks->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        auto now = core::ParseInstant(o->now.empty() ? clock : o->now);
        if (!now) return core::InvalidInput(now.error().message(), "--now");
        LANTIAN_ASSIGN_OR_RETURN(
            auto list, app::VisibleEnforcementTasks(a.store(), CliActor().principal, o->city,
                                                    o->status, now->date()));
        std::cout << "id,city,enterprise,kind,what,evidence,opened_at,deadline,status,overdue,"
                     "closed_by,closed_at,note\n";
        for (const auto& t : list) {
          std::cout << t.id << ',' << t.city_code << ',' << t.credit_code << ',' << t.kind << ','
                    << CsvField(t.what) << ',' << CsvField(t.evidence) << ',' << t.opened_at << ','
                    << t.deadline << ',' << t.status << ','
                    << (app::Overdue(t, now->date()) ? "yes" : "no") << ',' << CsvField(t.closed_by)
                    << ',' << t.closed_at << ',' << CsvField(t.note) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });
  CLI::App* close = enforcement->add_subcommand("close", "Close a task with what was done");
  close->add_option("--db", o->db, "Store")->required();
  close->add_option("--id", o->id, "The task")->required();
  close->add_option("--note", o->note, "What was done: penalty, rectification, evidence")
      ->required();
  close->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& now) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto t,
                                 app::CloseTask(a.store(), CliActor(), o->id, o->note, now));
        std::cout << "task " << t.id << " closed\n";
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
