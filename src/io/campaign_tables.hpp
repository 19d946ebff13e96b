// Readers of the campaign's tables, CSV or XLSX converted by io/xlsx_reader.hpp
// (docs/api.md "Table templates" documents every column):
//
//   city targets   city_code,phase,pm25_target,heavy_days_target
//                  [,city_name,baseline_pm25,baseline_heavy_days,note]
//   tier rule      phase,tier,baseline_pm25_from,pm25_reduction_percent,
//                  baseline_heavy_days_from,heavy_days_reduction
//   stricter       city_code,phase,extra_pm25_percent,extra_heavy_days,reason
//   dust days      city,date[,reason]
//   dust fall      city,month,dustfall[,note]
//   city daily     city,date,PM2.5[,PM10,SO2,NO2,CO,O3_1h,O3_8h,dust]
//
// `city` is a unit code or its Chinese name (with or without 市). Dates are
// YYYY-MM-DD or an Excel date serial; months YYYY-MM. Every problem names
// file, line and column; a city_name that does not match its code is an error
// (it catches rows shifted by hand).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aq/daily_values.hpp"
#include "campaign/city_target.hpp"
#include "campaign/dustfall.hpp"
#include "campaign/tier_rule.hpp"
#include "campaign/unit.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

// The unit a `city` field names, by code or Chinese name; nullptr when none.
const campaign::Unit* FindUnit(std::string_view city, const std::vector<campaign::Unit>& units);

// Rows in file order; CheckTargetTable problems are reported against their lines.
// Rows with both target cells empty (template rows left blank) are left out.
std::vector<campaign::CityTarget> ReadCityTargets(CsvReader& reader,
                                                  const std::vector<campaign::Unit>& units,
                                                  FileReport& report);
std::vector<campaign::Tier> ReadTierRule(CsvReader& reader, FileReport& report);
std::vector<campaign::StricterTarget> ReadStricterTargets(CsvReader& reader,
                                                          const std::vector<campaign::Unit>& units,
                                                          FileReport& report);

struct DustDayRow {
  std::string city_code;
  core::Date date;
  std::string reason;
};
std::vector<DustDayRow> ReadDustDays(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                     FileReport& report);

std::vector<campaign::DustfallReading> ReadDustfall(CsvReader& reader,
                                                    const std::vector<campaign::Unit>& units,
                                                    FileReport& report);

// A city's published daily values (the CNEMC daily city report); `dust` flags
// sand-and-dust days (1/Y/是 or 0/N/否/empty).
struct CityDailyRow {
  std::string city_code;
  core::Date date;
  aq::DailyValues values;
  bool dust = false;
};
std::vector<CityDailyRow> ReadCityDaily(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                        FileReport& report);

// "YYYY-MM-DD", or an Excel date serial (days since 1899-12-30) as XLSX cells hold dates.
core::Result<core::Date> ParseTableDate(std::string_view text);

}  // namespace lantian::io
