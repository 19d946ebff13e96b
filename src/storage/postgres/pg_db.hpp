// Thin RAII wrappers over libpq for the PostgreSQL store: a connection, results,
// and queries with typed parameters (text, or binary for BYTEA). SQLSTATEs
// become lantian codes (unique violation → Conflict, serialisation failures and
// lost connections → Unavailable, the rest → Internal). One thread at a time.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace lantian::storage::postgres {

class Result {
 public:
  explicit Result(PGresult* r) : r_(r) {}
  Result(Result&& o) noexcept : r_(std::exchange(o.r_, nullptr)) {}
  Result& operator=(Result&&) = delete;
  ~Result() {
    if (r_) PQclear(r_);
  }
  int rows() const { return PQntuples(r_); }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col); }
  std::string Text(int row, int col) const {
    return std::string(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
  }
  std::string_view Bytes(int row, int col) const {
    return {PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col))};
  }
  // Values of text-format results.
  int64_t Int(int row, int col) const { return std::stoll(Text(row, col)); }
  std::optional<double> OptionalDouble(int row, int col) const;
  // Values of binary-format results (network byte order).
  int64_t BinaryInt(int row, int col) const;
  PGresult* get() const { return r_; }

 private:
  PGresult* r_;
};

// Parameters of one query.
class Params {
 public:
  Params& Text(std::string_view v);
  Params& Int(int64_t v) { return Text(std::to_string(v)); }
  Params& Double(std::optional<double> v);
  Params& Null();
  Params& Binary(std::string_view bytes);

  int size() const { return static_cast<int>(values_.size()); }
  const char* const* values() const;
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  std::vector<std::optional<std::string>> values_;
  mutable std::vector<const char*> pointers_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
};

class Connection {
 public:
  static core::Result<std::unique_ptr<Connection>> Open(const std::string& conninfo);
  ~Connection();

  core::Status Exec(const std::string& sql);
  // Runs `sql` ($1, $2 … placeholders); results in text, or binary with `binary`.
  core::Result<Result> Query(const std::string& sql, const Params& params = {},
                             bool binary = false);
  // Streams the rows of `sql` one at a time (single-row mode), in binary.
  core::Status Stream(const std::string& sql, const Params& params,
                      const std::function<core::Status(const Result& row)>& visit);

 private:
  explicit Connection(PGconn* c) : conn_(c) {}
  core::Status StatusOf(PGresult* r, std::string_view context);
  PGconn* conn_;
};

}  // namespace lantian::storage::postgres
