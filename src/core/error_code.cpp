#include "core/error_code.hpp"

#include <array>

namespace lantian::core {
namespace {

// Exit code 1 is left to crashes and CLI11 internals; usage errors share 2 with
// InvalidInput because both mean "the request was wrong".
constexpr std::array<ErrorCodeInfo, 8> kTable = {{
    {ErrorCode::kInvalidInput, "InvalidInput", 400, 2},
    {ErrorCode::kNotFound, "NotFound", 404, 3},
    {ErrorCode::kConflict, "Conflict", 409, 4},
    {ErrorCode::kUnauthorized, "Unauthorized", 401, 5},
    {ErrorCode::kForbidden, "Forbidden", 403, 6},
    {ErrorCode::kUnavailable, "Unavailable", 503, 7},
    {ErrorCode::kTooManyRequests, "TooManyRequests", 429, 8},
    {ErrorCode::kInternal, "Internal", 500, 70},
}};

}  // namespace

std::span<const ErrorCodeInfo> AllErrorCodes() { return kTable; }

const ErrorCodeInfo& Info(ErrorCode code) { return kTable[static_cast<size_t>(code)]; }

}  // namespace lantian::core
