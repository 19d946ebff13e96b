// The grid company's dedicated-transformer accounts (专变用户) for the 散乱污
// candidate finder (issue 8 §3): account,customer,address,city
// [,district][,lat,lon][,tariff][,capacity_kva] — district a 6-digit code,
// lat/lon decimal degrees (both or neither), tariff the 用电类别 as the grid
// company writes it (工业, 商业, 居民, 农业 …), capacity the transformer's kVA.
// Every cell is checked; an error names file, line and column; an account
// twice is an error; a table with any error is refused whole.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct PowerAccountRow {
  int64_t line = 0;
  std::string account, customer, address, city_code, district;
  std::optional<double> lat, lon;
  std::string tariff, capacity_kva;
};

std::vector<PowerAccountRow> ReadPowerAccounts(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
