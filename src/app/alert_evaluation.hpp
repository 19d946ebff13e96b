// The alert calculator (issue 5, `lantian alert evaluate`): a daily forecast
// table city,date,aqi, or an hourly one city,time,aqi whose 24-hour windows are
// the days (alert/hourly.hpp), and, optionally, a local rule file that must be at least
// as strict as the national rule; the episodes of every city with their level.
// No store: the forecast and the rule are the whole input.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alert/episode.hpp"
#include "io/file_report.hpp"

namespace lantian::app {

struct CityEpisode {
  std::string city;  // as written in the forecast
  alert::Episode episode;
  // Hourly forecasts: the first hour of the first window over 200 and the last
  // hour of the last one (episode.start/end are then day indices).
  std::optional<core::HourStart> first_hour;
  std::optional<core::HourStart> last_hour;
};

struct EvaluationFiles {
  std::string forecast;
  std::optional<std::string> rules;
};

// Episodes sorted by city, then start. Fails with InvalidInput naming file,
// line and column (the table) or the JSON field (the rules); a local rule
// milder than the national one is refused, naming the condition it misses.
core::Result<std::vector<CityEpisode>> EvaluateForecast(const EvaluationFiles& files,
                                                        std::vector<io::FileReport>& reports);

}  // namespace lantian::app
