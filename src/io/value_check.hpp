// The check every imported concentration passes: a decimal number, not negative.
// Negative values include the sentinels data systems use for "no data" (−999,
// −99, −1). Used by every importer so that the rule is the same everywhere.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/decimal.hpp"

namespace lantian::io {

struct ValueCheck {
  std::optional<core::Decimal> value;  // set when accepted
  std::string problem;                 // why not, when not
};

ValueCheck CheckConcentration(std::string_view text);

}  // namespace lantian::io
