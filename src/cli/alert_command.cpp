// lantian alert evaluate: the alert level of every forecast episode.
#include <iostream>

#include "app/alert_evaluation.hpp"
#include "cli/command.hpp"

namespace lantian::cli {

void AddAlert(CLI::App& root, Action& action) {
  struct Options {
    std::string forecast;
    std::optional<std::string> rules;
    std::optional<std::string> out;
  };
  auto o = std::make_shared<Options>();
  CLI::App* alert = root.add_subcommand(
      "alert", "Heavy-pollution alerts (plan （六）): alert levels from forecasts");
  alert->require_subcommand(1);
  CLI::App* evaluate = alert->add_subcommand(
      "evaluate",
      "The episodes of a daily AQI forecast (city,date,aqi; or hourly city,time,aqi, whose "
      "24-hour windows are the days; CSV or XLSX) and the alert level each calls for, as CSV "
      "city,start,end,level,days_over_200,days_over_300,max_aqi");
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
}

}  // namespace lantian::cli
