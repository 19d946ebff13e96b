// What a device registry may hold of a device's identity, by HJ 212-2017
// §6.3.2: MN (设备唯一标识) up to 24 letters or digits; PW (访问密码) up to 9
// characters — none of the separators ; , & = that would break a packet;
// pollutant codes (appendix B: a21026, a34013 …; 2005's 011, B01) letters and
// digits. Each check returns "" when the value is fine, else what is wrong. Pure.
#pragma once

#include <string>
#include <string_view>

namespace lantian::hj212 {

std::string CheckMn(std::string_view mn);
std::string CheckPassword(std::string_view pw);
// A comma-separated list of at least one code.
std::string CheckPollutantCodes(std::string_view codes);

}  // namespace lantian::hj212
