#include "io/value_check.hpp"

namespace lantian::io {

bool CheckConcentration(std::string_view text, core::Decimal& value, std::string* problem) {
  const auto error = core::Decimal::TryParse(text, value);
  if (error != core::Decimal::ParseError::kNone) {
    if (problem) *problem = core::Decimal::ParseErrorMessage(error, text) + "; value not stored";
    return false;
  }
  if (value.IsNegative()) {
    if (problem) {
      *problem =
          "negative value '" + std::string(text) + "' (a sentinel or a fault); value not stored";
    }
    return false;
  }
  return true;
}

}  // namespace lantian::io
