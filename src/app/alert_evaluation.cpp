#include "app/alert_evaluation.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "io/alert_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {

core::Result<std::vector<CityEpisode>> EvaluateForecast(const EvaluationFiles& files,
                                                        std::vector<io::FileReport>& reports) {
  alert::AlertRules rules = alert::NationalDefault();
  if (files.rules) {
    std::ifstream in(*files.rules, std::ios::binary);
    if (!in) return core::NotFound("cannot open " + *files.rules, "--rules");
    std::ostringstream text;
    text << in.rdbuf();
    LANTIAN_ASSIGN_OR_RETURN(rules, io::ParseAlertRules(text.str(), *files.rules));
    if (auto s = alert::IsAtLeastAsStrict(rules, alert::NationalDefault()); !s.ok()) {
      return core::InvalidInput(*files.rules + ": " + s.message(), *files.rules + ": " + s.field());
    }
  }
  // A "time" column makes it an hourly forecast.
  bool hourly = false;
  {
    LANTIAN_ASSIGN_OR_RETURN(io::CsvReader peek, io::OpenTable(files.forecast));
    io::FileReport ignored(peek.name());
    std::vector<std::string_view> header;
    if (io::NextRecord(peek, header, ignored)) {
      hourly = std::find(header.begin(), header.end(), "time") != header.end();
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(files.forecast));
  reports.emplace_back(reader.name());
  std::vector<CityEpisode> out;
  if (!hourly) {
    auto forecast = io::ReadDailyForecast(reader, reports.back());
    LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus());
    for (const auto& [city, days] : forecast) {  // std::map: cities in order
      for (const alert::Episode& e : alert::FindEpisodes(days, rules)) {
        out.push_back({city, e, std::nullopt, std::nullopt});
      }
    }
    return out;
  }
  auto forecast = io::ReadHourlyForecast(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus());
  for (const auto& [city, hours] : forecast) {
    const std::vector<alert::HourlyDay> windows = alert::HourlyDays(hours);
    std::map<int32_t, core::HourStart> first_of;  // day index → the window's first hour
    std::vector<alert::ForecastDay> days;
    for (const auto& w : windows) {
      first_of[w.day.date.days] = w.first;
      days.push_back(w.day);
    }
    for (const alert::Episode& e : alert::FindEpisodes(days, rules)) {
      out.push_back({city, e, first_of.at(e.start.days), first_of.at(e.end.days) + 23});
    }
  }
  return out;
}

}  // namespace lantian::app
