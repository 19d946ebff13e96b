#include "storage/postgres/pg_db.hpp"

#include <arpa/inet.h>

#include <cstring>

namespace lantian::storage::postgres {

std::optional<double> Result::OptionalDouble(int row, int col) const {
  if (IsNull(row, col)) return std::nullopt;
  return std::stod(Text(row, col));
}

int64_t Result::BinaryInt(int row, int col) const {
  const char* p = PQgetvalue(r_, row, col);
  const int n = PQgetlength(r_, row, col);
  if (n == 4) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<int32_t>(ntohl(v));
  }
  uint32_t hi, lo;
  std::memcpy(&hi, p, 4);
  std::memcpy(&lo, p + 4, 4);
  return static_cast<int64_t>((static_cast<uint64_t>(ntohl(hi)) << 32) | ntohl(lo));
}

Params& Params::Text(std::string_view v) {
  values_.emplace_back(std::string(v));
  lengths_.push_back(0);
  formats_.push_back(0);
  return *this;
}

Params& Params::Double(std::optional<double> v) {
  if (!v) return Null();
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", *v);
  return Text(buf);
}

Params& Params::Null() {
  values_.emplace_back(std::nullopt);
  lengths_.push_back(0);
  formats_.push_back(0);
  return *this;
}

Params& Params::Binary(std::string_view bytes) {
  values_.emplace_back(std::string(bytes));
  lengths_.push_back(static_cast<int>(bytes.size()));
  formats_.push_back(1);
  return *this;
}

const char* const* Params::values() const {
  pointers_.clear();
  for (const auto& v : values_) pointers_.push_back(v ? v->data() : nullptr);
  return pointers_.data();
}

core::Result<std::unique_ptr<Connection>> Connection::Open(const std::string& conninfo) {
  PGconn* c = PQconnectdb(conninfo.c_str());
  if (PQstatus(c) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c);
    PQfinish(c);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    return core::Unavailable("cannot connect to PostgreSQL: " + msg);
  }
  std::unique_ptr<Connection> conn(new Connection(c));
  LANTIAN_RETURN_IF_ERROR(
      conn->Exec("SET client_min_messages TO warning; SET TIME ZONE 'Asia/Shanghai'"));
  return conn;
}

Connection::~Connection() { PQfinish(conn_); }

core::Status Connection::StatusOf(PGresult* r, std::string_view context) {
  const ExecStatusType st = PQresultStatus(r);
  if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_SINGLE_TUPLE)
    return core::Status::Ok();
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  std::string msg = std::string(context) + ": " + PQresultErrorMessage(r);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  const std::string code = state ? state : "";
  if (code == "23505") return core::Conflict(msg);
  if (code == "40001" || code == "40P01" || code.rfind("08", 0) == 0 ||
      PQstatus(conn_) != CONNECTION_OK) {
    return core::Unavailable(msg);
  }
  return core::Internal(msg);
}

core::Status Connection::Exec(const std::string& sql) {
  Result r(PQexec(conn_, sql.c_str()));
  return StatusOf(r.get(), "statement failed");
}

core::Result<Result> Connection::Query(const std::string& sql, const Params& params, bool binary) {
  Result r(PQexecParams(conn_, sql.c_str(), params.size(), nullptr, params.values(),
                        params.lengths(), params.formats(), binary ? 1 : 0));
  LANTIAN_RETURN_IF_ERROR(StatusOf(r.get(), "query failed"));
  return r;
}

core::Status Connection::Stream(const std::string& sql, const Params& params,
                                const std::function<core::Status(const Result& row)>& visit) {
  if (!PQsendQueryParams(conn_, sql.c_str(), params.size(), nullptr, params.values(),
                         params.lengths(), params.formats(), 1)) {
    return core::Unavailable(std::string("query failed: ") + PQerrorMessage(conn_));
  }
  PQsetSingleRowMode(conn_);
  core::Status status;
  while (PGresult* raw = PQgetResult(conn_)) {
    Result r(raw);
    if (!status.ok()) continue;  // drain the rest after an error
    status = StatusOf(r.get(), "query failed");
    if (status.ok() && PQresultStatus(r.get()) == PGRES_SINGLE_TUPLE) status = visit(r);
  }
  return status;
}

}  // namespace lantian::storage::postgres
