// Reading a table with a header row: where each named column is, required
// columns, rows of the header's width. Shared by the readers of reference and
// campaign tables. Problems go to the FileReport with line and column.
#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

class Columns {
 public:
  // Reads the header line; false (with an error) when there is none.
  bool ReadHeader(CsvReader& reader, FileReport& report);
  // Reports the columns of `required` the header lacks; true when none is missing.
  bool Require(std::initializer_list<std::string_view> required, FileReport& report,
               std::string_view expected = {});
  // Reads the header and requires `required`.
  bool Read(CsvReader& reader, FileReport& report,
            std::initializer_list<std::string_view> required) {
    return ReadHeader(reader, report) && Require(required, report);
  }
  std::optional<size_t> Find(std::string_view name) const;
  size_t At(std::string_view name) const { return *Find(name); }
  // The field of an optional column ("" when the table has no such column).
  std::string_view Get(const std::vector<std::string_view>& row, std::string_view name) const;
  size_t width() const { return width_; }

 private:
  std::map<std::string, size_t, std::less<>> index_;
  size_t width_ = 0;
  int64_t line_ = 0;
};

// 1-based column number of a 0-based field index, for messages.
inline int Col(size_t index) { return static_cast<int>(index) + 1; }

// Calls `row(fields, line)` for every data record with the header's number of
// fields; other records are errors.
template <class F>
void ForEachRow(CsvReader& reader, FileReport& report, size_t width, F&& row) {
  std::vector<std::string_view> f;
  while (NextRecord(reader, f, report)) {
    if (f.size() != width) {
      report.Error(
          reader.line(), 0,
          "expected " + std::to_string(width) + " fields, found " + std::to_string(f.size()));
      continue;
    }
    row(f, reader.line());
  }
}

// "12" → 12; anything else (a sign is allowed) → nullopt.
std::optional<int64_t> ParseInt(std::string_view s);
// A whole number written as an integer or with a zero fraction ("7", "7.0": XLSX
// numbers come back like that).
std::optional<int64_t> ParseWhole(std::string_view s);

// Degrees of latitude (limit 90) or longitude (limit 180) written as a
// decimal number; nullopt when not a number or out of range.
std::optional<double> ParseDegrees(std::string_view s, double limit);

// A cell of a table: its text and where it is, for messages.
struct Cell {
  std::string_view text;
  int64_t line;
  int column;
};

// One data row of a table with a header: its cells by column name, and readers
// that report a bad cell to the FileReport with line and column.
class TableRow {
 public:
  TableRow(const Columns& c, const std::vector<std::string_view>& f, int64_t line,
           FileReport& report)
      : c_(c), f_(f), line_(line), report_(report) {}

  Cell At(std::string_view name) const { return {c_.Get(f_, name), line_, ColOf(name)}; }
  bool Has(std::string_view name) const { return c_.Find(name).has_value(); }
  int64_t line() const { return line_; }

  void Error(const Cell& cell, std::string message) {
    report_.Error(cell.line, cell.column, std::move(message));
    failed_ = true;
  }
  bool failed() const { return failed_; }

  std::optional<core::Decimal> Decimal(std::string_view name, bool required);
  std::optional<int64_t> Whole(std::string_view name, bool required);

 private:
  int ColOf(std::string_view name) const {
    auto i = c_.Find(name);
    return i ? Col(*i) : 0;
  }
  const Columns& c_;
  const std::vector<std::string_view>& f_;
  int64_t line_;
  FileReport& report_;
  bool failed_ = false;
};

}  // namespace lantian::io
