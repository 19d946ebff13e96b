// Thin RAII wrappers over the SQLite C API used by the SQLite store: a
// connection with a prepared-statement cache, and statements with typed binds
// and columns. SQLite result codes become lantian Status codes (busy/locked →
// Unavailable, constraint → Conflict, the rest → Internal). One thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace lantian::storage::sqlite {

class Statement {
 public:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  Statement(Statement&& o) noexcept : stmt_(std::exchange(o.stmt_, nullptr)) {}
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, int64_t v);
  Statement& Bind(int index, std::string_view text);
  Statement& BindBlob(int index, std::string_view bytes);
  Statement& Bind(int index, std::optional<double> v);
  Statement& BindNull(int index);

  // Steps once: true when a row is available, false when done.
  core::Result<bool> Step();
  // Steps to completion, for statements without results.
  core::Status Run();
  void Reset();

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  std::string Text(int col) const;
  std::string_view Blob(int col) const;
  std::optional<double> OptionalDouble(int col) const;
  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3_stmt* stmt_;
};

// A cached statement on loan: reset (and its bindings cleared) when the loan
// ends, so that no statement keeps a read transaction open.
class StatementLoan {
 public:
  explicit StatementLoan(Statement* s) : s_(s) {}
  StatementLoan(StatementLoan&& o) noexcept : s_(std::exchange(o.s_, nullptr)) {}
  StatementLoan& operator=(StatementLoan&&) = delete;
  ~StatementLoan() {
    if (s_) s_->Reset();
  }
  Statement* operator->() const { return s_; }
  Statement& operator*() const { return *s_; }

 private:
  Statement* s_;
};

class Database {
 public:
  static core::Result<std::unique_ptr<Database>> Open(const std::string& path);
  ~Database();

  core::Status Exec(const std::string& sql);
  // A cached prepared statement, ready to bind.
  core::Result<StatementLoan> Prepare(const std::string& sql);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
  std::map<std::string, std::unique_ptr<Statement>> cache_;
};

core::Status StatusFromSqlite(int rc, sqlite3* db, std::string_view context);

}  // namespace lantian::storage::sqlite
