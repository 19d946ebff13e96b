#include "core/status.hpp"

namespace lantian::core {

std::string Status::ToString() const {
  if (ok_) return "OK";
  std::string s(Info(code_).name);
  s += ": ";
  s += message_;
  if (!field_.empty()) {
    s += " (";
    s += field_;
    s += ")";
  }
  return s;
}

Status InvalidInput(std::string message, std::string field) {
  return {ErrorCode::kInvalidInput, std::move(message), std::move(field)};
}
Status NotFound(std::string message, std::string field) {
  return {ErrorCode::kNotFound, std::move(message), std::move(field)};
}
Status Conflict(std::string message, std::string field) {
  return {ErrorCode::kConflict, std::move(message), std::move(field)};
}
Status Internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }
Status Unavailable(std::string message) { return {ErrorCode::kUnavailable, std::move(message)}; }

}  // namespace lantian::core
