// The alert calculator (issue 5, `lantian alert evaluate`): a forecast file —
// a daily table city,date,aqi, an hourly one city,time,aqi whose 24-hour
// windows are the days (alert/hourly.hpp), or the JSON form (io/alert_tables.hpp)
// — and, optionally, a local rule file that must be at least as strict as the
// national rule; the episodes of every city with their level. No store: the
// forecast and the rule are the whole input. The same episode finder serves
// the forecasts stored for the alert desk (app/alert_desk.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alert/episode.hpp"
#include "alert/rules.hpp"
#include "app/table_file.hpp"
#include "io/alert_tables.hpp"
#include "io/file_report.hpp"

namespace lantian::app {

struct CityEpisode {
  std::string city;  // as written in the forecast (a unit code once stored)
  alert::Episode episode;
  // Hourly forecasts: the first hour of the first window over 200 and the last
  // hour of the last one (episode.start/end are then day indices).
  std::optional<core::HourStart> first_hour;
  std::optional<core::HourStart> last_hour;
  // When the episode starts: its first day's midnight, or its first hour.
  core::Instant StartInstant() const;
  // Its first and last calendar day (an hourly episode's windows may start and
  // end inside a day).
  core::Date FirstDay() const;
  core::Date LastDay() const;
};

// A forecast file read whole (JSON when its name ends in .json, else a table);
// the issuer and issue time come with JSON only.
struct ForecastFile {
  io::ForecastTable table;
  std::string issuer;
  std::string issued_at;
};
core::Result<ForecastFile> ReadForecastFile(const TableFile& file,
                                            std::vector<io::FileReport>& reports);

// Episodes of every city of `table`, sorted by city, then start.
std::vector<CityEpisode> EpisodesOf(const io::ForecastTable& table, const alert::AlertRules& rules);

// A local rule file, checked to be at least as strict as the national rule.
core::Result<alert::AlertRules> LoadLocalRules(const std::string& path);

struct EvaluationFiles {
  std::string forecast;
  std::optional<std::string> rules;
};

// Fails with InvalidInput naming file, line and column (the table) or the
// JSON field (the rules, a JSON forecast); a local rule milder than the
// national one is refused, naming the condition it misses.
core::Result<std::vector<CityEpisode>> EvaluateForecast(const EvaluationFiles& files,
                                                        std::vector<io::FileReport>& reports);

}  // namespace lantian::app
