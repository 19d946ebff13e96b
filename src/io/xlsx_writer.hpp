// Writing Excel workbooks (libxlsxwriter): sheets of formatted tables, each with
// title lines, a bold header, numbers with a fixed number of decimals,
// highlighted rows, notes under the table, and native Excel charts over the
// table's columns. The workbook is written to a temporary file beside `path`
// and renamed into place, so a failed write leaves no half file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/decimal.hpp"
#include "core/status.hpp"

namespace lantian::io {

struct XlsxCell {
  enum class Kind { kEmpty, kText, kNumber };
  Kind kind = Kind::kEmpty;
  std::string text;
  double number = 0;
  int digits = 0;  // decimals shown

  static XlsxCell Text(std::string t) { return {Kind::kText, std::move(t), 0, 0}; }
  static XlsxCell Number(double v, int digits) { return {Kind::kNumber, {}, v, digits}; }
  // A decimal shown with `digits` places; empty when absent.
  static XlsxCell Of(const std::optional<core::Decimal>& v, int digits);
  static XlsxCell Int(int64_t v) { return Number(static_cast<double>(v), 0); }
};

struct XlsxRow {
  std::vector<XlsxCell> cells;
  bool highlight = false;  // drawn with a warning fill
};

struct XlsxChart {
  enum class Type { kColumn, kBar, kLine };
  Type type = Type::kColumn;
  std::string title;
  int category_column = 0;         // 0-based column of the table holding the labels
  std::vector<int> value_columns;  // 0-based columns plotted as series (header = name)
  std::string y_axis_title;
  // Where the chart goes: below the table when `anchor_row` is negative.
  int anchor_row = -1;
  int anchor_column = 0;
};

struct XlsxSheet {
  std::string name;                      // at most 31 characters
  std::vector<std::string> title_lines;  // above the table; the first in large bold
  std::vector<std::string> header;
  std::vector<XlsxRow> rows;
  std::vector<double> column_widths;  // in characters; missing ones keep the default
  std::vector<std::string> notes;     // under the table
  std::vector<XlsxChart> charts;
};

struct XlsxProperties {
  std::string title;
  std::string author;
  std::string comments;
};

core::Status WriteXlsx(const std::string& path, const std::vector<XlsxSheet>& sheets,
                       const XlsxProperties& properties = {});

}  // namespace lantian::io
