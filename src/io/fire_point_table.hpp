// Satellite fire points (issue 8 §4), in either of two layouts, told apart by
// the header:
//   lantian's own   time,lat,lon,confidence,source — time in Beijing time
//                   (YYYY-MM-DD HH:MM[:SS]), the form a bureau re-types from the
//                   MEE satellite centre's daily fire bulletin (秸秆焚烧火点);
//   NASA FIRMS      latitude,longitude,acq_date,acq_time,confidence and
//                   satellite or instrument (the VIIRS and MODIS active-fire CSV):
//                   acq_date/acq_time (HHMM) are UTC and become Beijing time.
// Every cell is checked; an error names file, line and column; a table with
// any error is refused whole; the same point (time, place, source) twice is
// an error.
#pragma once

#include <string>
#include <vector>

#include "core/civil_time.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct FirePointRow {
  int64_t line = 0;
  core::Instant observed_at;  // Beijing time
  double lat = 0;
  double lon = 0;
  std::string confidence;  // as given: l/n/h or 0–100
  std::string source;      // "VIIRS N", "MODIS T", "FY-3D", …
};

std::vector<FirePointRow> ReadFirePoints(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
