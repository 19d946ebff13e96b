// A breakdown of a key task's share (issue 8 §1): one row per unit taking a
// share — level,unit,name,target,deadline,responsible_name,responsible_office
// [,rhythm,start_value,start_date]. level is province, city, district or
// department; unit the province name or the GB/T 2260 code (empty for a
// department: it is named by its parent and name); target an exact decimal;
// deadline YYYY-MM-DD or "monthly"; rhythm monthly (default) or weekly. Every
// cell is checked; an error names file, line and column; a table with any
// error is refused whole; a unit twice is an error.
#pragma once

#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"
#include "ledger/task_unit.hpp"

namespace lantian::io {

struct BreakdownRow {
  int64_t line = 0;
  ledger::TaskUnit unit;  // task_id, parent and assignment left to the caller
  bool rhythm_given = false;
};

std::vector<BreakdownRow> ReadBreakdownTable(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
