#include "ledger/key_task.hpp"

namespace lantian::ledger {

std::string_view ComparisonSymbol(Comparison c) {
  switch (c) {
    case Comparison::kAtLeast:
      return ">=";
    case Comparison::kAtMost:
      return "<=";
    case Comparison::kAbout:
      return "~";
  }
  return "";
}

std::optional<Comparison> ParseComparison(std::string_view s) {
  if (s == ">=") return Comparison::kAtLeast;
  if (s == "<=") return Comparison::kAtMost;
  if (s == "~") return Comparison::kAbout;
  return std::nullopt;
}

}  // namespace lantian::ledger
