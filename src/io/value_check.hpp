// The check every imported concentration passes: a decimal number, not negative.
// Negative values include the sentinels data systems use for "no data" (−999,
// −99, −1). Used by every importer so that the rule is the same everywhere.
#pragma once

#include <string>
#include <string_view>

#include "core/decimal.hpp"

namespace lantian::io {

// Sets `value` and returns true when `text` is an accepted concentration;
// otherwise returns false and, when `problem` is given, says why.
bool CheckConcentration(std::string_view text, core::Decimal& value, std::string* problem);

}  // namespace lantian::io
