// Readers of the alert inputs:
//   daily forecast  city,date,aqi[,aqi_low,aqi_high]  (CSV or XLSX; a row per
//                   city and day; the band optional, both bounds or neither)
//   hourly forecast city,time,aqi[,aqi_low,aqi_high]  (time YYYY-MM-DD HH:MM,
//                   the hour's start)
//   forecast JSON   {"issuer": "…", "issued_at": "YYYY-MM-DD HH:MM",
//                    "values": [{"city": "…", "date": "YYYY-MM-DD" (or "time"),
//                                "aqi": 230, "aqi_low": 200, "aqi_high": 250}, …]}
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
#include <optional>
#include <string>
#include <vector>

#include "alert/episode.hpp"
#include "alert/hourly.hpp"
#include "alert/rules.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

enum class ForecastKind { kDaily, kHourly };
std::string_view ForecastKindName(ForecastKind k);  // "daily", "hourly"

struct ForecastRow {
  std::string city;
  std::string at;   // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"
  int64_t key = 0;  // days or hours since 1970-01-01
  int aqi = 0;
  std::optional<int> aqi_low;
  std::optional<int> aqi_high;
};

struct ForecastTable {
  ForecastKind kind = ForecastKind::kDaily;
  std::vector<ForecastRow> rows;
};

// A header with `date` makes a daily table, with `time` an hourly one.
ForecastTable ReadForecastTable(CsvReader& reader, FileReport& report);

// A forecast as JSON, with its issuer and issue time; errors name the field
// ("values[3].aqi").
struct ForecastDocument {
  std::string issuer;
  std::string issued_at;
  ForecastTable table;
};
core::Result<ForecastDocument> ParseForecastJson(const std::string& text, const std::string& file);

std::map<std::string, std::vector<alert::ForecastDay>> DailyByCity(const ForecastTable& t);
std::map<std::string, std::vector<alert::ForecastHour>> HourlyByCity(const ForecastTable& t);

// Parses and checks (alert::CheckRules) a rule file's text.
core::Result<alert::AlertRules> ParseAlertRules(const std::string& text, const std::string& file);

}  // namespace lantian::io
