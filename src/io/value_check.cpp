#include "io/value_check.hpp"

namespace lantian::io {

ValueCheck CheckConcentration(std::string_view text) {
  auto parsed = core::Decimal::Parse(text);
  if (!parsed) return {std::nullopt, parsed.error().message() + "; value not stored"};
  if (parsed->IsNegative()) {
    return {std::nullopt,
            "negative value '" + std::string(text) + "' (a sentinel or a fault); value not stored"};
  }
  return {*parsed, {}};
}

}  // namespace lantian::io
