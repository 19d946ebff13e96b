#include "hj212/fields.hpp"

#include <algorithm>

namespace lantian::hj212 {
namespace {

bool Alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool FieldChar(char c) {
  return c > ' ' && c < 127 && c != ';' && c != ',' && c != '&' && c != '=';
}

}  // namespace

std::string CheckMn(std::string_view mn) {
  if (mn.empty() || mn.size() > 24 || !std::all_of(mn.begin(), mn.end(), Alnum)) {
    return "MN is 1-24 letters or digits, not '" + std::string(mn) + "'";
  }
  return "";
}

std::string CheckPassword(std::string_view pw) {
  if (pw.empty() || pw.size() > 9 || !std::all_of(pw.begin(), pw.end(), FieldChar)) {
    return "the password is 1-9 characters without spaces or ; , & =";
  }
  return "";
}

std::string CheckPollutantCodes(std::string_view codes) {
  if (codes.empty()) return "name the pollutant codes the device sends (e.g. a21026,a34013)";
  size_t start = 0;
  for (;;) {
    const size_t comma = codes.find(',', start);
    const std::string_view code = codes.substr(start, comma - start);
    if (code.empty() || code.size() > 16 || !std::all_of(code.begin(), code.end(), Alnum)) {
      return "'" + std::string(code) + "' is not a pollutant code (e.g. a21026)";
    }
    if (comma == std::string_view::npos) return "";
    start = comma + 1;
  }
}

}  // namespace lantian::hj212
