// Decimal::Parse never crashes, and what it accepts prints and parses back the same.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/decimal.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto v = lantian::core::Decimal::Parse(text);
  if (!v) return 0;
  auto again = lantian::core::Decimal::Parse(v->ToString());
  if (!again || *again != *v) std::abort();
  for (int digits = 0; digits <= 18; digits += 6) {
    auto fixed = lantian::core::Decimal::Parse(v->ToFixed(digits));
    if (!fixed || *fixed != v->RoundHalfEven(digits)) std::abort();
  }
  return 0;
}
