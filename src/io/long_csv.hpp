// Reader of the long observation CSV: a header `station,time,pollutant,value` and
// one measured 1h value per row. `time` is Beijing time at the start of the hour,
// "YYYY-MM-DD HH:MM" ("T" and ":00" seconds also accepted); `pollutant` one of
// SO2, NO2, CO, O3, PM10, PM2.5 (µg/m³, CO mg/m³). Empty, negative and
// non-numeric values are rejected values; an unknown pollutant, a bad time or the
// same station-hour-pollutant twice with different values are errors.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "aq/site_day.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct MeasuredDay {
  core::Date date;
  std::array<aq::HourlySeries, aq::kPollutantCount> measured{};
};

struct LongObservations {
  std::vector<std::string> ids;  // station ids in order of first appearance
  // Per id (same index): its days by Date::days.
  std::vector<std::map<int32_t, MeasuredDay>> days;
  // Per id: the time text of hours whose text differs from "YYYY-MM-DD HH:MM".
  std::vector<std::map<int64_t, std::string>> time_text;
  // Per id: the line where it first appears.
  std::vector<int64_t> first_line;
  // The time as written in the input for hour `h` of id `i`.
  std::string TimeText(size_t i, core::HourStart h) const;
};

LongObservations ReadLongCsv(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
