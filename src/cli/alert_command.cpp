// lantian alert …: levels from forecasts (evaluate), forecast runs (import,
// runs), the lifecycle of each city's alert (propose, issue, upgrade,
// downgrade, lift, status, history), regional linkage (prompt, prompt-add,
// prompts, notices) and verification (verify).
#include <iomanip>
#include <iostream>
#include <sstream>

#include "app/alert_evaluation.hpp"
#include "app/alert_json.hpp"
#include "app/app.hpp"
#include "campaign/baseline.hpp"
#include "cli/command.hpp"

namespace lantian::cli {
namespace {

struct Options {
  std::string db, forecast, issuer, issued_at, city, level, at, who, note, now, format = "table";
  std::string region, deadline, period = "season";
  std::optional<std::string> rules, out;
  std::vector<std::string> border;
  int64_t run = 0, prompt = 0;
  int min_cities = alert::LinkageRule{}.min_cities;
  int min_share = alert::LinkageRule{}.min_share_percent;
};

// Opens the store; `work` gets it, the time to judge at (--now or the clock)
// and the time now as the audit trail records it.
int WithStore(const Options& o, const std::function<core::Status(app::App&, core::Instant judge,
                                                                 const std::string& now)>& work) {
  return cli::WithStore(o.db, [&](app::App& a, const std::string& now) -> core::Status {
    core::Instant judge = a.Now();
    if (!o.now.empty()) {
      auto t = core::ParseInstant(o.now);
      if (!t) return core::InvalidInput(t.error().message(), "--now");
      judge = *t;
    }
    return work(a, judge, now);
  });
}

core::Status CheckFormat(const std::string& format) {
  if (format != "table" && format != "json") {
    return core::InvalidInput("format is table or json", "--format");
  }
  return core::Status::Ok();
}

core::Result<core::Period> PeriodOption(const std::string& text) {
  auto p = campaign::ParseSeasonOrPeriod(text);
  if (!p) return core::InvalidInput(p.error().message(), "--period");
  return *p;
}

void AddStepCommands(CLI::App* alert, std::shared_ptr<Options> o, Action& action) {
  for (alert::Step step : {alert::Step::kPropose, alert::Step::kIssue, alert::Step::kUpgrade,
                           alert::Step::kDowngrade, alert::Step::kLift}) {
    const std::string name(alert::StepName(step));
    static const std::map<std::string, std::string> kHelp{
        {"propose", "Propose an alert level for a city (before the government issues it)"},
        {"issue", "Record that a city issued an alert at a level"},
        {"upgrade", "Record that a city raised its alert in force to a stricter level"},
        {"downgrade", "Record that a city lowered its alert in force to a milder level"},
        {"lift", "Record that a city lifted its alert (or withdrew a proposal)"}};
    CLI::App* c = alert->add_subcommand(name, kHelp.at(name));
    c->add_option("--db", o->db, "Store")->required();
    c->add_option("--city", o->city, "Unit code or Chinese name (a border city by its name)")
        ->required();
    if (step != alert::Step::kLift) {
      c->add_option("--level", o->level, "blue, yellow, orange or red")->required();
    }
    c->add_option("--at", o->at, "When it was decided, YYYY-MM-DD HH:MM (default: now)");
    c->add_option("--run", o->run,
                  "The forecast run it rests on (default: the latest that forecasts the city)");
    c->add_option("--who", o->who, "Who decided (default: the operator)");
    c->add_option("--note", o->note, "A note kept with the step");
    c->callback([o, step, &action] {
      action = [o, step]() -> int {
        alert::Level level = alert::Level::kNone;
        if (step != alert::Step::kLift) {
          auto l = alert::ParseLevel(o->level);
          if (!l || *l == alert::Level::kNone) {
            return Fail(core::InvalidInput("level is blue, yellow, orange or red", "--level"));
          }
          level = *l;
        }
        return WithStore(*o, [&](app::App& a, core::Instant, const std::string& now) {
          auto r = app::TakeAlertStep(
              a.store(), {o->city, step, level, o->at, o->who, o->run, o->note}, CliActor(), now);
          if (!r) return r.status();
          std::cout << "step " << r->id << ": " << r->city << ' ' << r->step
                    << (step == alert::Step::kLift ? "" : " " + r->level) << " at " << r->at
                    << " on forecast run " << r->forecast_run_id << '\n';
          return core::Status::Ok();
        });
      };
    });
  }
}

}  // namespace

void AddAlert(CLI::App& root, Action& action) {
  auto o = std::make_shared<Options>();
  CLI::App* alert = root.add_subcommand(
      "alert",
      "Heavy-pollution alerts (plan （六）（七）): forecasts, levels, lifecycle, regional "
      "prompts and verification");
  alert->require_subcommand(1);

  CLI::App* evaluate = alert->add_subcommand(
      "evaluate",
      "The episodes of a daily AQI forecast (city,date,aqi; or hourly city,time,aqi, whose "
      "24-hour windows are the days; CSV, XLSX or JSON) and the alert level each calls for, as "
      "CSV city,start,end,level,days_over_200,days_over_300,max_aqi");
  evaluate
      ->add_option("--forecast", o->forecast, "The forecast table city,date,aqi or city,time,aqi")
      ->required();
  evaluate->add_option("--rules", o->rules,
                       "A local rule file (JSON), at least as strict as the national rule "
                       "(default: the national rule, blue off)");
  evaluate->add_option("--out", o->out, "Output file (default: standard output)");
  evaluate->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
      auto episodes = app::EvaluateForecast({o->forecast, o->rules}, reports);
      PrintReports(reports);
      if (!episodes) return Fail(episodes.error());
      Output out(o->out);
      out.stream() << "city,start,end,level,days_over_200,days_over_300,max_aqi\n";
      for (const auto& c : *episodes) {
        const alert::Episode& e = c.episode;
        // Hourly forecasts: the hours the episode's 24-hour windows cover.
        const std::string start =
            c.first_hour ? core::FormatHourStart(*c.first_hour) : core::FormatIsoDate(e.start);
        const std::string end =
            c.last_hour ? core::FormatHourStart(*c.last_hour) : core::FormatIsoDate(e.end);
        out.stream() << c.city << ',' << start << ',' << end << ',' << alert::LevelName(e.level)
                     << ',' << e.days_over_200 << ',' << e.days_over_300 << ',' << e.max_aqi
                     << '\n';
      }
      core::Status closed = out.Close();
      return closed.ok() ? 0 : Fail(closed);
    };
  });

  CLI::App* import = alert->add_subcommand(
      "import",
      "Store a forecast run (CSV/XLSX city,date|time,aqi[,aqi_low,aqi_high], or JSON with its "
      "issuer and issue time); every run is kept");
  import->add_option("--db", o->db, "Store")->required();
  import->add_option("--issuer", o->issuer, "Who issued the forecast (a table needs it)");
  import->add_option("--issued-at", o->issued_at, "When, YYYY-MM-DD HH:MM (a table needs it)");
  import->add_option("file", o->forecast, "The forecast file")->required();
  import->callback([o, &action] {
    action = [o]() -> int {
      std::vector<io::FileReport> reports;
  int rc = WithStore(*o, [&](app::App& a, core::Instant, const std::string& now) {
    auto r = app::ImportForecast(a.store(), app::TableFile::At(o->forecast),
                                 {o->issuer, o->issued_at}, CliActor(), now, reports);
    if (!r) return r.status();
    std::cout << "forecast run " << r->run.id << ": " << r->run.kind << ", " << r->run.issuer
              << ", issued " << r->run.issued_at << ", " << r->cities << " cities, " << r->values
              << " values\n";
    return core::Status::Ok();
  });
  PrintReports(reports);
  return rc;
};
}  // namespace lantian::cli
);

CLI::App* runs = alert->add_subcommand("runs", "The stored forecast runs, as CSV");
runs->add_option("--db", o->db, "Store")->required();
runs->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto list, a.store().ForecastRuns());
      std::cout << "id,issuer,issued_at,kind,file\n";
      for (const auto& r : list) {
        std::cout << r.id << ',' << r.issuer << ',' << r.issued_at << ',' << r.kind << ',' << r.file
                  << '\n';
      }
      return core::Status::Ok();
    });
  };
});

AddStepCommands(alert, o, action);

CLI::App* status = alert->add_subcommand(
    "status",
    "Every city's alert: level in force, lead time, what the latest forecast calls for, "
    "unsupported alerts, the phase's counts");
status->add_option("--db", o->db, "Store")->required();
status->add_option("--now", o->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
status->add_option("--city", o->city, "Only this city");
status->add_option("--format", o->format, "table (CSV) or json");
status->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant judge, const std::string&) -> core::Status {
      LANTIAN_RETURN_IF_ERROR(CheckFormat(o->format));
      LANTIAN_ASSIGN_OR_RETURN(auto all,
                               app::AlertStatuses(a.store(), CliActor().principal, judge));
      LANTIAN_ASSIGN_OR_RETURN(auto units, a.store().Units());
      const std::string only = o->city.empty() ? "" : app::CityKey(o->city, units);
      nlohmann::json j = nlohmann::json::array();
      if (o->format == "table") {
        std::cout << "city,name,state,level,issued_at,lead_time,called,unsupported,phase,"
                     "alerts,alert_days,longest_run,back_to_back\n";
      }
      for (const auto& c : all) {
        if (!only.empty() && c.city != only) continue;
        // The table lists cities with an alert, a step or a forecast episode ahead.
        if (o->format == "json") {
          j.push_back(app::CityAlertJson(c));
          continue;
        }
        if (only.empty() && !c.last_step && c.ahead.empty() && c.count.alerts == 0) continue;
        std::cout << c.city << ',' << c.name << ',' << alert::StateName(c.status.state) << ','
                  << alert::LevelName(c.status.level) << ','
                  << (c.status.issued_at ? core::FormatInstant(*c.status.issued_at) : "") << ','
                  << (c.lead ? alert::LeadTimeName(*c.lead) : "") << ','
                  << alert::LevelName(c.called) << ',' << (c.unsupported ? "yes" : "no") << ','
                  << c.phase << ',' << c.count.alerts << ',' << c.count.alert_days << ','
                  << c.count.longest_run << ',' << c.count.back_to_back << '\n';
      }
      if (o->format == "json") std::cout << j.dump(2) << '\n';
      return core::Status::Ok();
    });
  };
});

CLI::App* history = alert->add_subcommand(
    "history", "Alerts per city within a period: count, alert days, longest run, back to back");
history->add_option("--db", o->db, "Store")->required();
history->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
history->add_option("--now", o->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
history->add_option("--format", o->format, "table (CSV) or json");
history->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant judge, const std::string&) -> core::Status {
      LANTIAN_RETURN_IF_ERROR(CheckFormat(o->format));
      LANTIAN_ASSIGN_OR_RETURN(core::Period period, PeriodOption(o->period));
      LANTIAN_ASSIGN_OR_RETURN(auto all,
                               app::AlertHistory(a.store(), CliActor().principal, period, judge));
      if (o->format == "json") {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& h : all) j.push_back(app::CityHistoryJson(h));
        std::cout << j.dump(2) << '\n';
        return core::Status::Ok();
      }
      std::cout << "city,name,alerts,alert_days,longest_run,back_to_back\n";
      for (const auto& h : all) {
        if (h.count.alerts == 0 && h.count.alert_days == 0) continue;
        std::cout << h.city << ',' << h.name << ',' << h.count.alerts << ',' << h.count.alert_days
                  << ',' << h.count.longest_run << ',' << h.count.back_to_back << '\n';
      }
      return core::Status::Ok();
    });
  };
});

CLI::App* prompt = alert->add_subcommand(
    "prompt",
    "Raise a regional prompt from the latest forecasts: the cities reaching the level must "
    "issue it by the deadline");
prompt->add_option("--db", o->db, "Store")->required();
prompt->add_option("--region", o->region, "JJJ or FW")->required();
prompt->add_option("--level", o->level,
                   "The level (default: the strictest that enough cities reach)");
prompt->add_option("--at", o->at, "When raised, YYYY-MM-DD HH:MM (default: now)");
prompt->add_option("--deadline", o->deadline,
                   "Respond by (default: 24 h before the episode, at least 12 h from now)");
prompt->add_option("--border", o->border, "A border city outside the region to include");
prompt->add_option("--min-cities", o->min_cities, "Cities needed (default 3)");
prompt->add_option("--min-share", o->min_share, "Share of the region's cities needed, % (20)");
prompt->add_option("--note", o->note, "A note");
prompt->callback([o, &action] {
  action = [o]() -> int {
    std::optional<alert::Level> level;
    if (!o->level.empty()) {
      level = alert::ParseLevel(o->level);
      if (!level || *level < alert::Level::kYellow) {
        return Fail(core::InvalidInput("level is yellow, orange or red", "--level"));
      }
    }
    return WithStore(*o, [&](app::App& a, core::Instant, const std::string& now) {
      auto v = app::RaisePrompt(
          a.store(),
          {o->region, level, o->at, o->deadline, o->border, {o->min_cities, o->min_share}, o->note},
          CliActor(), now);
      if (!v) return v.status();
      std::cout << "prompt " << v->prompt.id << ": " << v->prompt.region << ' ' << v->prompt.level
                << ", episode " << core::FormatIsoDate(v->prompt.episode_start) << "…"
                << core::FormatIsoDate(v->prompt.episode_end) << ", respond by "
                << v->prompt.deadline << ", cities:";
      for (const auto& c : v->cities) std::cout << ' ' << c.city << (c.border ? "*" : "");
      std::cout << '\n';
      return core::Status::Ok();
    });
  };
});

CLI::App* prompt_add = alert->add_subcommand("prompt-add", "Add a city to a regional prompt");
prompt_add->add_option("--db", o->db, "Store")->required();
prompt_add->add_option("--prompt", o->prompt, "The prompt id")->required();
prompt_add->add_option("--city", o->city, "The city (a border city by its name)")->required();
prompt_add->add_option("--at", o->at, "When it was added, YYYY-MM-DD HH:MM (default: now)");
prompt_add->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant, const std::string& now) {
      return app::AddCityToPrompt(a.store(), o->prompt, o->city, o->at, CliActor(), now);
    });
  };
});

CLI::App* prompts =
    alert->add_subcommand("prompts",
                          "Regional prompts and each city's response (on-time, late, lower-level, "
                          "missing, pending)");
prompts->add_option("--db", o->db, "Store")->required();
prompts->add_option("--now", o->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
prompts->add_option("--format", o->format, "table (CSV) or json");
prompts->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant judge, const std::string&) -> core::Status {
      LANTIAN_RETURN_IF_ERROR(CheckFormat(o->format));
      LANTIAN_ASSIGN_OR_RETURN(auto all, app::Prompts(a.store(), CliActor().principal, judge));
      if (o->format == "json") {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& p : all) j.push_back(app::PromptJson(p));
        std::cout << j.dump(2) << '\n';
        return core::Status::Ok();
      }
      std::cout << "prompt,region,level,deadline,city,name,border,response,responded_at,"
                   "level_issued\n";
      for (const auto& p : all) {
        for (const auto& c : p.cities) {
          std::cout << p.prompt.id << ',' << p.prompt.region << ',' << p.prompt.level << ','
                    << p.prompt.deadline << ',' << c.city << ',' << c.name << ','
                    << (c.border ? "yes" : "no") << ',' << alert::ResponseName(c.response.response)
                    << ',' << (c.response.at ? core::FormatInstant(*c.response.at) : "") << ','
                    << alert::LevelName(c.response.level) << '\n';
        }
      }
      return core::Status::Ok();
    });
  };
});

CLI::App* notices = alert->add_subcommand(
    "notices",
    "Cities where orange-or-higher alerts are forecast repeatedly: enterprises that cannot "
    "stop quickly should adjust production plans (plan （七）)");
notices->add_option("--db", o->db, "Store")->required();
notices->add_option("--now", o->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
notices->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant judge, const std::string&) -> core::Status {
      LANTIAN_ASSIGN_OR_RETURN(auto all,
                               app::ProductionPlanNotices(a.store(), CliActor().principal, judge));
      nlohmann::json j = nlohmann::json::array();
      for (const auto& n : all) j.push_back(app::ProductionNoticeJson(n));
      std::cout << j.dump(2) << '\n';
      return core::Status::Ok();
    });
  };
});

CLI::App* verify = alert->add_subcommand(
    "verify",
    "Forecast skill per issuer and lead (band, level, heavy-pollution hits, misses and false "
    "alarms) and alert hindsight, against the observed city daily AQI");
verify->add_option("--db", o->db, "Store")->required();
verify->add_option("--period", o->period, "2020Q4, 2021Q1, a month, a range, or season");
verify->add_option("--now", o->now, "Judge as of YYYY-MM-DD HH:MM (default: now)");
verify->add_option("--format", o->format, "table (CSV sections) or json");
verify->callback([o, &action] {
  action = [o]() -> int {
    return WithStore(*o, [&](app::App& a, core::Instant judge, const std::string&) -> core::Status {
      LANTIAN_RETURN_IF_ERROR(CheckFormat(o->format));
      LANTIAN_ASSIGN_OR_RETURN(core::Period period, PeriodOption(o->period));
      LANTIAN_ASSIGN_OR_RETURN(
          auto r, app::VerifyForecasts(a.store(), CliActor().principal, period, judge));
      if (o->format == "json") {
        std::cout << app::SkillReportJson(r).dump(2) << '\n';
        return core::Status::Ok();
      }
      std::cout << "issuer,lead_days,n,band_rate,level_rate,heavy_hits,heavy_misses,"
                   "false_alarms,pod,far,ts,bias,mae\n";
      for (const auto& s : r.skill) {
        std::cout << s.issuer << ',' << s.lead_days << ',' << s.n << ',' << Fixed(s.BandRate(), 3)
                  << ',' << Fixed(s.LevelRate(), 3) << ',' << s.heavy_hits << ',' << s.heavy_misses
                  << ',' << s.false_alarms << ',' << Fixed(s.Pod(), 3) << ',' << Fixed(s.Far(), 3)
                  << ',' << Fixed(s.Ts(), 3) << ',' << Fixed(s.Bias(), 3) << ','
                  << Fixed(s.Mae(), 3) << '\n';
      }
      std::cout << "\ncity,name,issued_at,lifted_at,max_level,observed_days,days_over_200,"
                   "max_observed\n";
      for (const auto& h : r.alerts) {
        const auto& p = h.hindsight.alert;
        std::cout << h.city << ',' << h.name << ',' << core::FormatInstant(p.issued_at) << ','
                  << (p.lifted_at ? core::FormatInstant(*p.lifted_at) : "") << ','
                  << alert::LevelName(p.max_level) << ',' << h.hindsight.observed_days << ','
                  << h.hindsight.days_over_200 << ',' << h.hindsight.max_observed << '\n';
      }
      std::cout << "\ncity,name,start,end,level,days_over_200,max_aqi,alert_level\n";
      for (const auto& e : r.episodes) {
        const auto& ep = e.observed.episode;
        std::cout << e.city << ',' << e.name << ',' << core::FormatIsoDate(ep.start) << ','
                  << core::FormatIsoDate(ep.end) << ',' << alert::LevelName(ep.level) << ','
                  << ep.days_over_200 << ',' << ep.max_aqi << ','
                  << alert::LevelName(e.observed.alert_level) << '\n';
      }
      return core::Status::Ok();
    });
  };
});
}

}  // namespace lantian::cli
