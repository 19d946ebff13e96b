// Status and Result<T>: how lantian code reports failures a user can cause.
// Shaped like std::expected (C++23): a Result holds either a value or a non-OK
// Status. Library code never throws for user errors. Value types, not thread-safe
// to mutate concurrently.
#pragma once

#include <cassert>
#include <string>
#include <utility>
#include <variant>

#include "core/error_code.hpp"

namespace lantian::core {

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(ErrorCode code, std::string message, std::string field = {})
      : ok_(false), code_(code), message_(std::move(message)), field_(std::move(field)) {}

  static Status Ok() { return {}; }

  bool ok() const { return ok_; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // The input field, file position or parameter the error is about ("" if none).
  const std::string& field() const { return field_; }

  // "InvalidInput: message (field)"
  std::string ToString() const;

 private:
  bool ok_ = true;
  ErrorCode code_ = ErrorCode::kInternal;
  std::string message_;
  std::string field_;
};

Status InvalidInput(std::string message, std::string field = {});
Status NotFound(std::string message, std::string field = {});
Status Conflict(std::string message, std::string field = {});
Status Internal(std::string message);
Status Unavailable(std::string message);

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}        // NOLINT: implicit like std::expected
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK status");
  }

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Status& error() const { return std::get<1>(v_); }
  Status status() const { return has_value() ? Status::Ok() : error(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace lantian::core

#define LANTIAN_CONCAT_INNER(a, b) a##b
#define LANTIAN_CONCAT(a, b) LANTIAN_CONCAT_INNER(a, b)

// Returns the Status of `expr` from the enclosing function when it is not OK.
#define LANTIAN_RETURN_IF_ERROR(expr) \
  LANTIAN_RETURN_IF_ERROR_IMPL(LANTIAN_CONCAT(lantian_status_, __LINE__), expr)
#define LANTIAN_RETURN_IF_ERROR_IMPL(tmp, expr) \
  do {                                          \
    ::lantian::core::Status tmp = (expr);       \
    if (!tmp.ok()) return tmp;                  \
  } while (false)

// Declares `lhs` from the value of a Result, or returns its error.
#define LANTIAN_ASSIGN_OR_RETURN(lhs, expr) \
  LANTIAN_ASSIGN_OR_RETURN_IMPL(LANTIAN_CONCAT(lantian_result_, __LINE__), lhs, expr)
#define LANTIAN_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.has_value()) return tmp.error();           \
  lhs = std::move(tmp).value()
