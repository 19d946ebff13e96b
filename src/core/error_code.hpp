// Stable error codes and the one table that maps them to HTTP statuses, JSON
// names and CLI exit codes. Every layer reports failures with these codes; the
// server and the CLI translate them through ErrorCodeInfo only.
#pragma once

#include <span>
#include <string_view>

namespace lantian::core {

enum class ErrorCode {
  kInvalidInput,
  kNotFound,
  kConflict,
  kUnauthorized,
  kForbidden,
  kUnavailable,
  kTooManyRequests,
  kInternal,
};

struct ErrorCodeInfo {
  ErrorCode code;
  std::string_view name;  // JSON "code" and CLI message prefix
  int http_status;
  int exit_code;  // process exit status of the lantian command
};

// The whole table, in enum order.
std::span<const ErrorCodeInfo> AllErrorCodes();
const ErrorCodeInfo& Info(ErrorCode code);

}  // namespace lantian::core
