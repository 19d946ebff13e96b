// A table of online-monitoring devices to register (issue 7 §2), one row per
// device: mn,enterprise,city,outlet,pollutants,password — the enterprise by
// its credit code, the city by its code, the pollutant codes separated by
// commas inside the (quoted) cell. Every cell is checked (hj212/fields.hpp,
// GB 32100 for the credit code); an error names file, line and column, and a
// table with any error is refused whole. An MN twice is an error.
#pragma once

#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct DeviceRow {
  int64_t line = 0;
  std::string mn, credit_code, city_code, outlet, pollutants, password;
};

std::vector<DeviceRow> ReadDeviceTable(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
