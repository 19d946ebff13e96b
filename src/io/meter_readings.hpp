// Electricity readings as the grid company exports them (issue 7 §3, 分表计电):
// meter,time,kw — the average power of the quarter hour ending at `time` — or
// meter,time,kwh — the energy of that quarter hour (kW = kWh × 4). Times are
// Beijing time, YYYY-MM-DD HH:MM[:SS], on the quarter-hour grid (:00, :15,
// :30, :45); values are not negative. A meter's quarter hour given twice, a
// time off the grid or a bad value is an error naming file, line and column;
// a file with any error is refused whole.
#pragma once

#include <map>
#include <string>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"
#include "verify/load.hpp"

namespace lantian::io {

using MeterReadings = std::map<std::string, verify::LoadSeries>;  // by meter id

MeterReadings ReadMeterReadings(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
