#include "emergency/credit_code.hpp"

namespace lantian::emergency {
namespace {

constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

}  // namespace

std::string CheckCreditCode(std::string_view code) {
  if (code.size() != 18) {
    return "a unified social credit code has 18 characters, not " + std::to_string(code.size());
  }
  for (size_t i = 0; i < 17; ++i) {
    const size_t value = kCharset.find(code[i]);
    if (value == std::string_view::npos) {
      return "character " + std::to_string(i + 1) + " ('" + std::string(1, code[i]) +
             "') is not allowed (digits and capital letters except I, O, S, V, Z)";
    }
    if (i >= 2 && i < 8 && value > 9) return "characters 3 to 8 are the division code, digits";
  }
  const char check = *CreditCodeCheckCharacter(code.substr(0, 17));
  if (code[17] != check) {
    return "the check character is '" + std::string(1, check) + "', not '" +
           std::string(1, code[17]) + "'";
  }
  return "";
}

std::optional<char> CreditCodeCheckCharacter(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0, weight = 1;
  for (char c : first17) {
    const size_t value = kCharset.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    sum += static_cast<int>(value) * weight;
    weight = weight * 3 % 31;
  }
  return kCharset[(31 - sum % 31) % 31];
}

}  // namespace lantian::emergency
