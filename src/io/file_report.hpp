// FileReport: what reading one input file found. Errors are structural problems
// (a bad header, date, hour, row length, conflicting duplicates) that reject the
// whole file; rejected values (negative, non-numeric, sentinel such as −999) are
// reported and counted but never stored, and the rest of the file still counts.
// Every entry names file, line and column. At most kMaxListed entries of each
// kind are kept; the counts stay exact.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace lantian::io {

struct Issue {
  int64_t line = 0;
  int column = 0;  // 1-based field number, 0 when the issue is about a whole line
  std::string message;
};

class FileReport {
 public:
  static constexpr size_t kMaxListed = 50;

  explicit FileReport(std::string file) : file_(std::move(file)) {}

  void Error(int64_t line, int column, std::string message);
  void Rejected(int64_t line, int column, std::string message);
  void Warn(std::string message) { warnings_.push_back(std::move(message)); }

  const std::string& file() const { return file_; }
  bool ok() const { return error_count_ == 0; }
  int64_t error_count() const { return error_count_; }
  int64_t rejected_count() const { return rejected_count_; }
  const std::vector<Issue>& errors() const { return errors_; }
  const std::vector<Issue>& rejected() const { return rejected_; }
  const std::vector<std::string>& warnings() const { return warnings_; }

  // "file:line:col: message"
  std::string Format(const Issue& issue) const;
  // InvalidInput naming the first error, the count and `consequence`, or OK.
  core::Status ToStatus(std::string_view consequence = "nothing from this file was stored") const;

  int64_t values_read = 0;  // values accepted from the file

 private:
  std::string file_;
  std::vector<Issue> errors_;
  std::vector<Issue> rejected_;
  std::vector<std::string> warnings_;
  int64_t error_count_ = 0;
  int64_t rejected_count_ = 0;
};

class CsvReader;

// Reads the next record of `reader` into `fields`. Returns false at the end of
// the input, or after a read error, which goes to `report`.
bool NextRecord(CsvReader& reader, std::vector<std::string_view>& fields, FileReport& report);

}  // namespace lantian::io
