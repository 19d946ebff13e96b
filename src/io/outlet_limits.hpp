// A table of outlets' emission limits (issue 7 §2): enterprise,city,outlet,
// pollutant,ordinary[,ultra_low][,reference_o2] — mg/m³ and %; pollutant as
// HJ 212 codes (a21026 SO2, a21002 NOx, a34013 particulates). The ultra-low
// limit, when given, is not above the ordinary one; the reference O2 is below
// 21 %. Errors name file, line and column; a table with any error is refused
// whole; an outlet's pollutant twice is an error.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct OutletLimitLine {
  int64_t line = 0;
  std::string credit_code, city_code, outlet, pollutant;
  double ordinary = 0;
  std::optional<double> ultra_low, reference_o2;
};

std::vector<OutletLimitLine> ReadOutletLimits(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
