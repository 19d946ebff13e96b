// lantian problems find|act|list|link|stats|positive|export: problems found by
// supervision tracked to closure (app/supervision_problems.hpp). --as USER
// acts with a stored user's role and scope.
#include <iostream>

#include "app/app.hpp"
#include "app/problem_xlsx.hpp"
#include "app/supervision_problems.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddProblems(CLI::App& root, Action& action) {
  struct Options {
    std::string db, as, now, city, district, enterprise, site, kind, what, photos, deadline, source,
        action_name, note, evidence, status, out;
    int64_t id = 0;
  };
  auto o = std::make_shared<Options>();
  CLI::App* problems = root.add_subcommand(
      "problems",
      "Problems found by supervision, tracked to closure (拉条挂账, plan （二十一）): found, "
      "planned, rectified, verified on site, closed; overdue and rebounds");
  problems->require_subcommand(1);
  const auto common = [o](CLI::App* sub) {
    sub->add_option("--db", o->db, "Store")->required();
    sub->add_option("--as", o->as, "Act as this stored user (role and scope)");
    sub->add_option("--now", o->now, "As of YYYY-MM-DD HH:MM (default: now)");
  };
  const auto print = [](const storage::Problem& p, core::Date today) {
    const auto j = app::ProblemJson(p, today);
    std::cout << p.id << ',' << p.city_code << ',' << p.district << ',' << p.credit_code << ','
              << CsvField(p.site) << ',' << CsvField(p.kind) << ',' << CsvField(p.what) << ','
              << p.source << ',' << p.deadline << ',' << p.status << ','
              << (j["overdue"].get<bool>() ? "yes" : "no") << ','
              << (p.rebound_of ? std::to_string(p.rebound_of) : "") << ',' << CsvField(p.plan)
              << '\n';
  };
  const char* header =
      "id,city,district,enterprise,site,kind,what,source,deadline,status,overdue,"
      "rebound_of,plan\n";

  CLI::App* find = problems->add_subcommand("find", "Record a problem found");
  common(find);
  find->add_option("--city", o->city, "City code or name")->required();
  find->add_option("--district", o->district, "District code (GB/T 2260)");
  find->add_option("--enterprise", o->enterprise, "The enterprise's credit code");
  find->add_option("--site", o->site, "Where (a site, an address)");
  find->add_option("--kind", o->kind, "扬尘, 散煤, 工业企业, 柴油货车, VOCs, 秸秆焚烧 …")
      ->required();
  find->add_option("--what", o->what, "What was found")->required();
  find->add_option("--photos", o->photos, "Photo files");
  find->add_option("--deadline", o->deadline, "Rectification deadline (default: 30 days)");
  find->add_option("--source", o->source, "inspection (default), grid, hotline, satellite …");
  find->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(
            auto p, app::FindProblem(a.store(), actor,
                                     {o->city, o->district, o->enterprise, o->site, o->kind,
                                      o->what, o->photos, o->deadline, o->source},
                                     now));
        std::cout << header;
        print(p, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* act = problems->add_subcommand(
      "act", "One step of a problem: plan, rectify, verify-pass, verify-fail, close");
  common(act);
  act->add_option("--id", o->id, "The problem")->required();
  act->add_option("--action", o->action_name, "plan, rectify, verify-pass, verify-fail, close")
      ->required();
  act->add_option("--note", o->note, "The plan, or what the check on site found");
  act->add_option("--evidence", o->evidence, "Evidence of the rectification");
  act->add_option("--deadline", o->deadline, "A revised deadline (with plan)");
  act->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        auto step = ledger::ParseProblemAction(o->action_name);
        if (!step) {
          return core::InvalidInput(
              "the action is plan, rectify, verify-pass, verify-fail or close", "--action");
        }
        LANTIAN_ASSIGN_OR_RETURN(auto p, app::ActOnProblem(a.store(), actor, o->id, *step, o->note,
                                                           o->evidence, o->deadline, now));
        std::cout << header;
        print(p, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* list = problems->add_subcommand("list", "The problems on the board");
  common(list);
  list->add_option("--city", o->city, "City (default: all)");
  list->add_option("--status", o->status,
                   "found, planned, rectified, verified, closed, open, overdue, rebound");
  list->callback([o, &action, print, header] {
    action = [o, print, header]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto all, app::VisibleProblems(a.store(), actor.principal, o->city,
                                                                o->status, now.date()));
        std::cout << header;
        for (const auto& p : all) print(p, now.date());
        return core::Status::Ok();
      });
    };
  });

  CLI::App* link = problems->add_subcommand(
      "link", "Open a problem (once) for each open enforcement task and confirmed station finding");
  common(link);
  link->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto r, app::LinkProblems(a.store(), actor, now));
        std::cout << r.enforcement << " problems from enforcement tasks, " << r.station_findings
                  << " from station findings\n";
        return core::Status::Ok();
      });
    };
  });

  CLI::App* stats =
      problems->add_subcommand("stats", "Per city: problems, open, overdue, rebounds");
  common(stats);
  stats->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto j,
                                 app::ProblemStatsJson(a.store(), actor.principal, now.date()));
        std::cout << "city,name,total,open,overdue,rebound,closed\n";
        for (const auto& c : j["cities"]) {
          std::cout << c["city"].get<std::string>() << ',' << c["name"].get<std::string>() << ','
                    << c["total"] << ',' << c["open"] << ',' << c["overdue"] << ',' << c["rebound"]
                    << ',' << c["closed"] << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* positive = problems->add_subcommand(
      "positive", "The positive list: listed enterprises with no problem, task or finding");
  common(positive);
  positive->add_option("--city", o->city, "The city")->required();
  positive->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_ASSIGN_OR_RETURN(auto j,
                                 app::PositiveListJson(a.store(), actor.principal, o->city, now));
        std::cout << "enterprise,name,district,industry,grade\n";
        for (const auto& e : j["enterprises"]) {
          std::cout << e["enterprise"].get<std::string>() << ','
                    << CsvField(e["name"].get<std::string>()) << ','
                    << e["district"].get<std::string>() << ',' << e["industry"].get<std::string>()
                    << ',' << e["grade"].get<std::string>() << '\n';
        }
        return core::Status::Ok();
      });
    };
  });

  CLI::App* xlsx = problems->add_subcommand("export", "The board as a workbook (问题清单)");
  common(xlsx);
  xlsx->add_option("--city", o->city, "City (default: all readable)");
  xlsx->add_option("--out", o->out, "The .xlsx file")->required();
  xlsx->callback([o, &action] {
    action = [o]() -> int {
      return WithStore(o->db, [&](app::App& a, const std::string& clock) -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto now, NowOf(o->now, clock, "--now"));
        LANTIAN_ASSIGN_OR_RETURN(auto actor, ActorAs(a, o->as));
        LANTIAN_RETURN_IF_ERROR(
            app::WriteProblemsXlsx(a.store(), actor.principal, o->city, now.date(), o->out));
        std::cout << "wrote " << o->out << '\n';
        return core::Status::Ok();
      });
    };
  });
}

}  // namespace lantian::cli
