// lantian tasks board|show|breakdown|report|close|reopen|export: the key-task
// ledger (app/task_ledger.hpp, app/task_ledger_changes.hpp). --as USER acts
// with a stored user's role and scope, as that office would at the server.
#include <iostream>

#include "app/app.hpp"
#include "app/task_ledger.hpp"
#include "app/task_ledger_changes.hpp"
#include "app/task_ledger_xlsx.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

std::string Str(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  return v.dump();
}

std::string Reasons(const nlohmann::json& reasons) {
  std::string out;
  for (const auto& r : reasons) out += (out.empty() ? "" : "; ") + r.get<std::string>();
  return out;
}

}  // namespace

void AddTasks(CLI::App& root, Action& action) {
  struct Options {
    std::string db, as, task, unit, file, due, value, evidence, note, now, out;
  };
  auto o = std::make_shared<Options>();
  CLI::App* tasks = root.add_subcommand(
      "tasks",
      "The key-task ledger (plan （十八）): tasks broken down to provinces, cities, districts and "
      "departments, progress reports, status, closure (销号)");
  tasks->require_subcommand(1);
  const auto common = [o](CLI::App* sub) {
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("--as", o->as, "Act as this stored user (role and scope)");
    sub->add_option("--now", o->now, "As of YYYY-MM-DD HH:MM (default: now)");
  };

  CLI::App* board = tasks->add_subcommand(
      "board", "Every task's status with its units' red/amber/green, and the laggards");
  common(board);
  board->add_option("--unit", o->unit, "A province name or city code: its dashboard");
  board->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto b, app::LedgerBoardJson(a.store(), actor.principal, o->unit, now.date()));
        std::cout << "task,unit,target,latest,projected,status,units(red/amber/green),reasons\n";
        for (const auto& t : b["tasks"]) {
          int red = 0, amber = 0, green = 0;
          for (const auto& u : t["units"]) {
            const std::string c = u["colour"];
            (c == "red" ? red : c == "amber" ? amber : green)++;
          }
          const auto& f = t.contains("focus") ? t["focus"] : nlohmann::json::object();
          std::cout << Str(t["id"]) << ',' << CsvField(f.empty() ? "" : Str(f["name"])) << ','
                    << Str(t["comparison"]) << ' '
                    << (f.empty() ? Str(t["target"]) : Str(f["target"])) << ','
                    << (f.empty() ? "" : Str(f["latest"])) << ','
                    << (f.empty() ? "" : Str(f["projected"])) << ','
                    << (f.empty() ? "" : Str(f["status"])) << ',' << red << '/' << amber << '/'
                    << green << ',' << CsvField(f.empty() ? "" : Reasons(f["reasons"])) << '\n';
        }
        std::cout << "laggards\ntask,unit,name,status,deadline,responsible,reasons\n";
        for (const auto& l : b["laggards"]) {
          std::cout << Str(l["task_id"]) << ',' << CsvField(Str(l["unit"])) << ','
                    << CsvField(Str(l["name"])) << ',' << Str(l["status"]) << ','
                    << Str(l["deadline"]) << ','
                    << CsvField(Str(l["responsible_name"]) + " " + Str(l["responsible_office"]))
                    << ',' << CsvField(Reasons(l["reasons"])) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* show = tasks->add_subcommand("show", "A task's units, their progress and history");
  common(show);
  show->add_option("--task", o->task, "Task id (key-tasks.csv), e.g. T08-heating")->required();
  show->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto j, app::TaskLedgerJson(a.store(), actor.principal, o->task, now.date()));
        std::cout << "unit,parent,level,name,target,deadline,rhythm,responsible,latest,latest_due,"
                     "projected,status,late,missing,closed,right,reasons\n";
        for (const auto& u : j["units"]) {
          std::cout << CsvField(Str(u["unit"])) << ',' << CsvField(Str(u["parent"])) << ','
                    << Str(u["level"]) << ',' << CsvField(Str(u["name"])) << ',' << Str(u["target"])
                    << ',' << Str(u["deadline"]) << ',' << Str(u["rhythm"]) << ','
                    << CsvField(Str(u["responsible_name"]) +
                                (u["responsible_name"] == "" ? "" : " ") +
                                Str(u["responsible_office"]))
                    << ',' << Str(u["latest"]) << ',' << Str(u["latest_due"]) << ','
                    << Str(u["projected"]) << ',' << Str(u["status"]) << ',' << Str(u["late"])
                    << ',' << u["missing"].size() << ',' << (u["closed"] ? "yes" : "no") << ','
                    << Str(u["right"]) << ',' << CsvField(Reasons(u["reasons"])) << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* breakdown = tasks->add_subcommand(
      "breakdown",
      "Hand a unit's share down (replaces its breakdown): a table of level,unit,name,target,"
      "deadline,responsible_name,responsible_office[,rhythm,start_value,start_date]");
  common(breakdown);
  breakdown->add_option("--task", o->task, "Task id")->required();
  breakdown->add_option("--unit", o->unit, "The unit whose share is broken down")->required();
  breakdown->add_option("--file", o->file, "The breakdown, CSV or XLSX")->required();
  breakdown->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      int code = WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto r,
                                 app::BreakDownFromFile(a.store(), actor, o->task, o->unit,
                                                        app::TableFile::At(o->file), now, reports));
        std::cout << o->unit << ": " << r.children.size() << " units take a share";
        if (!r.dropped.empty()) std::cout << ", " << r.dropped.size() << " dropped";
        std::cout << '\n';
        if (r.over) {
          std::cout << "note: the shares add up to " << r.over->ToString()
                    << ", more than the unit's own target\n";
        }
        return core::Status::Ok();
      });
      PrintReports(reports);
      return code;
    };
  });

  CLI::App* report = tasks->add_subcommand("report", "File a progress report (调度) of a unit");
  common(report);
  report->add_option("--task", o->task, "Task id")->required();
  report->add_option("--unit", o->unit, "The unit reporting")->required();
  report->add_option("--value", o->value, "The value achieved as of the due date")->required();
  report->add_option("--due", o->due, "The due date answered (default: the latest passed)");
  report->add_option("--evidence", o->evidence, "Evidence files or links");
  report->add_option("--note", o->note, "Note");
  report->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto value = core::Decimal::Parse(o->value);
        if (!value) return core::InvalidInput(value.error().message(), "--value");
        LANTIAN_ASSIGN_OR_RETURN(
            auto r, app::ReportProgress(a.store(), actor, o->task, o->unit, o->due, *value,
                                        o->evidence, o->note, now));
        std::cout << "report " << r.id << ": " << r.unit << " " << r.value.ToString() << " as of "
                  << r.due << (r.reported_at.substr(0, 10) > r.due ? " (late)" : "") << '\n';
        return core::Status::Ok();
      });
    };
  });

  CLI::App* close = tasks->add_subcommand("close", "Close (销号) a unit's task with evidence");
  common(close);
  close->add_option("--task", o->task, "Task id")->required();
  close->add_option("--unit", o->unit, "The unit")->required();
  close->add_option("--evidence", o->evidence, "Acceptance records, photos, files")->required();
  close->add_option("--note", o->note, "Note");
  close->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto e, app::CloseTaskUnit(a.store(), actor, o->task, o->unit,
                                                            o->evidence, o->note, now));
        std::cout << o->task << ' ' << e.unit << " closed\n";
        return core::Status::Ok();
      });
    };
  });

  CLI::App* reopen = tasks->add_subcommand("reopen", "Reopen a closed unit, saying why");
  common(reopen);
  reopen->add_option("--task", o->task, "Task id")->required();
  reopen->add_option("--unit", o->unit, "The unit")->required();
  reopen->add_option("--note", o->note, "Why it is reopened")->required();
  reopen->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto e, app::ReopenTaskUnit(a.store(), actor, o->task, o->unit, o->note, now));
        std::cout << o->task << ' ' << e.unit << " reopened\n";
        return core::Status::Ok();
      });
    };
  });

  CLI::App* xlsx = tasks->add_subcommand(
      "export", "The ledger, its reports and closures as a workbook (重点任务台账)");
  common(xlsx);
  xlsx->add_option("--unit", o->unit, "A province name or city code (default: everything)");
  xlsx->add_option("--out", o->out, "The .xlsx file")->required();
  xlsx->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_RETURN_IF_ERROR(
            app::WriteTaskLedgerXlsx(a.store(), actor.principal, o->unit, now.date(), o->out));
        std::cout << "wrote " << o->out << '\n';
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
