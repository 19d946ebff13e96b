#include "io/table_columns.hpp"

#include <charconv>

namespace lantian::io {

bool Columns::ReadHeader(CsvReader& reader, FileReport& report) {
  std::vector<std::string_view> f;
  if (!NextRecord(reader, f, report)) {
    if (report.ok()) report.Error(0, 0, "missing header");
    return false;
  }
  for (size_t i = 0; i < f.size(); ++i) index_[std::string(f[i])] = i;
  width_ = f.size();
  line_ = reader.line();
  return true;
}

bool Columns::Require(std::initializer_list<std::string_view> required, FileReport& report,
                      std::string_view expected) {
  std::string missing;
  for (auto name : required) {
    if (!Find(name)) missing += (missing.empty() ? "" : ", ") + std::string(name);
  }
  if (missing.empty()) return true;
  std::string message = "header lacks column(s): " + missing;
  if (!expected.empty()) message += " (expected " + std::string(expected) + ")";
  report.Error(line_, 0, message);
  return false;
}

std::optional<size_t> Columns::Find(std::string_view name) const {
  auto it = index_.find(name);
  return it == index_.end() ? std::nullopt : std::optional(it->second);
}

std::string_view Columns::Get(const std::vector<std::string_view>& row,
                              std::string_view name) const {
  auto i = Find(name);
  return i && *i < row.size() ? row[*i] : std::string_view();
}

std::optional<int64_t> ParseInt(std::string_view s) {
  int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<int64_t> ParseWhole(std::string_view s) {
  if (auto v = ParseInt(s)) return v;
  auto d = core::Decimal::Parse(s);
  if (!d || core::DecimalPlaces(*d) != 0) return std::nullopt;
  return d->ScaledHalfEven(0);
}

std::optional<core::Decimal> TableRow::Decimal(std::string_view name, bool required) {
  Cell cell = At(name);
  if (cell.text.empty()) {
    if (required) Error(cell, std::string(name) + " is empty");
    return std::nullopt;
  }
  auto v = core::Decimal::Parse(cell.text);
  if (!v) {
    Error(cell, std::string(name) + ": " + v.error().message());
    return std::nullopt;
  }
  return *v;
}

std::optional<int64_t> TableRow::Whole(std::string_view name, bool required) {
  Cell cell = At(name);
  if (cell.text.empty()) {
    if (required) Error(cell, std::string(name) + " is empty");
    return std::nullopt;
  }
  auto v = ParseWhole(cell.text);
  if (!v) {
    Error(cell,
          std::string(name) + " must be a whole number, not '" + std::string(cell.text) + "'");
  }
  return v;
}

std::optional<double> ParseDegrees(std::string_view s, double limit) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < -limit || v > limit) {
    return std::nullopt;
  }
  return v;
}

}  // namespace lantian::io
