// A table of electricity meters (issue 7 §3): meter,enterprise,city,line,kind
// [,facility] — kind production (the line's own meter) or treatment (a
// facility serving the line: facility names it, e.g. 脱硫, 脱硝, 除尘). Every
// cell is checked; an error names file, line and column; a table with any
// error is refused whole; a meter twice is an error.
#pragma once

#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct MeterRow {
  int64_t line = 0;
  std::string meter, credit_code, city_code, production_line, kind, facility;
};

std::vector<MeterRow> ReadMeterTable(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
