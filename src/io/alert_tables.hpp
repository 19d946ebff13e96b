// Readers of the alert inputs:
//   daily forecast  city,date,aqi     (CSV or XLSX; one row per city and day)
//   hourly forecast city,time,aqi     (time YYYY-MM-DD HH:MM, the hour's start)
//   alert rules     a JSON file:
//     {"merge_gap_days": 1,
//      "levels": [{"level": "red", "enabled": true,
//                  "any_of": [{"days_over_200": 4, "days_over_300": 2},
//                             {"days_at_500": 1}]}, …]}
// `city` is kept as written (a forecast centre may include border cities that
// are not plan units). Every problem names file, line and column (rules: the
// JSON field).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "alert/episode.hpp"
#include "alert/hourly.hpp"
#include "alert/rules.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

std::map<std::string, std::vector<alert::ForecastDay>> ReadDailyForecast(CsvReader& reader,
                                                                         FileReport& report);

std::map<std::string, std::vector<alert::ForecastHour>> ReadHourlyForecast(CsvReader& reader,
                                                                           FileReport& report);

// Parses and checks (alert::CheckRules) a rule file's text.
core::Result<alert::AlertRules> ParseAlertRules(const std::string& text, const std::string& file);

}  // namespace lantian::io
