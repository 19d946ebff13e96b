// Writers of lantian's air-quality tables as CSV (UTF-8, LF, no quoting needed).
// Daily: id,date,SO2,NO2,CO,O3_1h,O3_8h,PM10,PM2.5,AQI,level,primary — reported
// values (CO with one decimal, others integers), empty where not valid; level
// 1-6; primary the ';'-joined primary pollutants, empty when AQI ≤ 50.
// Hourly: id,time,AQI,level,primary.
#pragma once

#include <ostream>
#include <span>

#include "aq/tables.hpp"

namespace lantian::io {

void WriteDailyCsv(std::ostream& out, std::span<const aq::DailyRow> rows);
void WriteHourlyCsv(std::ostream& out, std::span<const aq::HourlyRow> rows);

}  // namespace lantian::io
