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

}  // namespace lantian::io
