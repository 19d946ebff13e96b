#include "io/file_report.hpp"

#include "io/csv_reader.hpp"

namespace lantian::io {

void FileReport::Error(int64_t line, int column, std::string message) {
  ++error_count_;
  if (errors_.size() < kMaxListed) errors_.push_back({line, column, std::move(message)});
}

void FileReport::Rejected(int64_t line, int column, std::string message) {
  ++rejected_count_;
  if (rejected_.size() < kMaxListed) rejected_.push_back({line, column, std::move(message)});
}

std::string FileReport::Format(const Issue& issue) const {
  return Location(file_, issue.line, issue.column) + ": " + issue.message;
}

core::Status FileReport::ToStatus(std::string_view consequence) const {
  if (ok()) return core::Status::Ok();
  std::string msg = errors_.front().message;
  if (error_count_ > 1) msg += " (and " + std::to_string(error_count_ - 1) + " more errors)";
  msg += "; ";
  msg += consequence;
  return core::InvalidInput(msg, Location(file_, errors_.front().line, errors_.front().column));
}

bool NextRecord(CsvReader& reader, std::vector<std::string_view>& fields, FileReport& report) {
  auto more = reader.Next(fields);
  if (!more.has_value()) {
    report.Error(reader.line(), 0, more.error().message());
    return false;
  }
  return *more;
}

}  // namespace lantian::io
