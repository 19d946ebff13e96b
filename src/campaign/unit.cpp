#include "campaign/unit.hpp"

namespace lantian::campaign {

std::string_view RegionCode(Region r) { return r == Region::kJJJ ? "JJJ" : "FW"; }

std::string_view RegionNameZh(Region r) {
  return r == Region::kJJJ ? "京津冀及周边地区" : "汾渭平原";
}

std::optional<Region> ParseRegion(std::string_view code) {
  if (code == "JJJ") return Region::kJJJ;
  if (code == "FW") return Region::kFW;
  return std::nullopt;
}

std::string ShortNameZh(const Unit& u) {
  constexpr std::string_view kCitySuffix = "市";
  std::string_view n = u.name_zh;
  if (n.size() > kCitySuffix.size() && n.substr(n.size() - kCitySuffix.size()) == kCitySuffix) {
    n.remove_suffix(kCitySuffix.size());
  }
  return std::string(n);
}

}  // namespace lantian::campaign
