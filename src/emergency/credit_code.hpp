// The unified social credit code (统一社会信用代码, GB 32100-2015): 18
// characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, S, V, Z): the
// registration authority (1), the organisation category (1), the
// administrative division (6 digits), the organisation code (9) and a check
// character. The check character (GB 32100-2015 §4.3): with the characters'
// values c_i (their positions in the set) and weights w_i = 3^i mod 31,
// C18 = 31 − (Σ c_i·w_i mod 31), where 31 stands for 0.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lantian::emergency {

// "" when `code` is a valid unified social credit code, else what is wrong.
std::string CheckCreditCode(std::string_view code);
// The check character of the first 17 characters; nullopt when they are not
// 17 characters of the set.
std::optional<char> CreditCodeCheckCharacter(std::string_view first17);

}  // namespace lantian::emergency
