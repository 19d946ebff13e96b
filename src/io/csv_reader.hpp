// CsvReader: reads CSV records from a file (streamed in 1 MiB blocks) or from
// memory, with the line number of each record for error messages. Accepts LF and
// CRLF line ends, a UTF-8 byte-order mark, RFC 4180 quoted fields ("a,b", "x""y");
// skips empty lines; rejects a quote left open at the end of a line. Fields are
// views valid until the next call to Next(). Not thread-safe.
#pragma once

#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace lantian::io {

class CsvReader {
 public:
  static core::Result<CsvReader> Open(const std::string& path);
  // `name` is used in error messages in place of a path.
  static CsvReader FromString(std::string name, std::string content);

  CsvReader(CsvReader&&) noexcept = default;
  CsvReader& operator=(CsvReader&&) noexcept = default;
  ~CsvReader() = default;

  // Reads the next record into `fields`. Returns false at the end of the input.
  core::Result<bool> Next(std::vector<std::string_view>& fields);

  const std::string& name() const { return name_; }
  // 1-based line number of the record last returned.
  int64_t line() const { return line_; }
  // Bytes consumed so far (for progress).
  int64_t bytes_read() const { return consumed_total_; }
  // Total bytes of the input when known (0 otherwise).
  int64_t size() const { return size_; }

 private:
  struct FileCloser {
    void operator()(std::FILE* f) const {
      if (f) std::fclose(f);
    }
  };
  CsvReader() = default;
  // Makes sure buffer_[pos_..] holds a whole line or the end of input.
  core::Status Fill();
  core::Status Split(std::string_view line, std::vector<std::string_view>& fields);

  std::string name_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
  bool at_start_ = true;
  int64_t line_ = 0;
  int64_t next_line_ = 1;
  int64_t consumed_total_ = 0;
  int64_t size_ = 0;
  std::deque<std::string> unquoted_;
};

// "file:line:column: message" (column and line omitted when 0).
std::string Location(std::string_view file, int64_t line, int column);

}  // namespace lantian::io
