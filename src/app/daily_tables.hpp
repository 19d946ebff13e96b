// Daily and hourly air-quality tables: from a long observation CSV without any
// store (the calculator behind `lantian aq daily --in`), and from the store.
// Rows are sorted by id, then date (or time).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aq/coverage.hpp"
#include "aq/tables.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct CalculatorInput {
  std::string observations;             // long CSV path
  std::optional<std::string> stations;  // CSV `station,city`: rows per city
};

struct DailyTable {
  std::vector<aq::DailyRow> rows;
  std::vector<std::string> notes;  // e.g. stations without a city
  bool synthetic = false;          // some data are synthetic demo data
};

// Fail (InvalidInput naming file, line and column) when an input has structural
// errors; rejected values are left out. Either way `reports` tells what reading
// each input found.
core::Result<DailyTable> DailyFromLongCsv(const CalculatorInput& input,
                                          std::vector<io::FileReport>& reports);
core::Result<std::vector<aq::HourlyRow>> HourlyFromLongCsv(const std::string& observations,
                                                           std::vector<io::FileReport>& reports);

struct DailyQuery {
  core::Period period;
  bool by_city = false;             // city rows (from assessment stations) instead of station rows
  std::optional<std::string> city;  // only this city (or its stations)
};

core::Result<DailyTable> DailyFromStore(storage::Store& store, const DailyQuery& query);

// The daily values of every city on every day of `period`, keyed by city code
// then date, from the non-background stations of the registry, with each city's
// PM2.5 hourly coverage over the period (all its assessment stations, every hour).
struct CityDays {
  std::map<std::string, std::map<int32_t, aq::DailyValues>> values;
  std::map<std::string, aq::Coverage> pm25_coverage;
  bool synthetic = false;
};
core::Result<CityDays> CityDailyFromStore(storage::Store& store, core::Period period);

}  // namespace lantian::app
