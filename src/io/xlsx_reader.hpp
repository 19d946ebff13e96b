// Reading a table from an Excel workbook (.xlsx, Office Open XML): the first
// worksheet, or the one named, as CSV text with row r of the sheet on line r
// and column n (A = 1) as field n, so that the CSV readers' "file:line:column"
// messages point at the cell. Shared strings, inline strings, numbers and
// booleans are read; numbers are written as Excel shows them (15 significant
// digits: 59.5, not 59.499999999999993); formulas give their cached value.
// Rows without any value become empty lines (skipped). Limits: 64 MiB per
// part, 1,048,576 rows, 16,384 columns; a document type declaration is refused.
#pragma once

#include <string>

#include "core/status.hpp"
#include "io/csv_reader.hpp"

namespace lantian::io {

struct XlsxTable {
  std::string sheet;  // the sheet's name
  std::string csv;    // the sheet as CSV text
};

core::Result<XlsxTable> ReadXlsxSheet(const std::string& path, const std::string& sheet = "");

// A reader of a table file: .xlsx through ReadXlsxSheet (named "path[sheet]"),
// anything else as CSV.
core::Result<CsvReader> OpenTable(const std::string& path);

}  // namespace lantian::io
