// Readers of the reference tables: the plan's units (regions.csv), regional
// targets (plan-targets.csv), key tasks (key-tasks.csv) and station registries,
// either lantian's own `code,name,city_code,lat,lon[,background,retired_on]` or
// the CNEMC national list (监测点编码,监测点名称,城市,经度,纬度,对照点,…) whose
// stations are matched to the plan's units by city name. Problems go to a
// FileReport with file, line and column.
#pragma once

#include <vector>

#include "aq/station.hpp"
#include "campaign/plan_target.hpp"
#include "campaign/unit.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"
#include "ledger/key_task.hpp"

namespace lantian::io {

std::vector<campaign::Unit> ReadUnits(CsvReader& reader, FileReport& report);
std::vector<campaign::RegionalTarget> ReadRegionalTargets(CsvReader& reader, FileReport& report);
std::vector<ledger::KeyTask> ReadKeyTasks(CsvReader& reader, FileReport& report);
// `units` resolves the city names of a CNEMC list; stations of other cities are
// skipped with a warning.
std::vector<aq::Station> ReadStations(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                      FileReport& report);

}  // namespace lantian::io
