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

std::string_view UnitGroupCode(UnitGroup g) {
  switch (g) {
    case UnitGroup::kTwoPlus26:
      return "2+26";
    case UnitGroup::kFenwei:
      return "fenwei";
    case UnitGroup::kAll:
      break;
  }
  return "all";
}

std::optional<UnitGroup> ParseUnitGroup(std::string_view code) {
  for (UnitGroup g : {UnitGroup::kTwoPlus26, UnitGroup::kFenwei, UnitGroup::kAll}) {
    if (code == UnitGroupCode(g)) return g;
  }
  return std::nullopt;
}

bool InGroup(const Unit& u, UnitGroup g) {
  switch (g) {
    case UnitGroup::kTwoPlus26:
      return u.note == "2+26";
    case UnitGroup::kFenwei:
      // regions.csv: the 11 Fenwei cities are the FW prefectures; Hancheng and
      // Yangling are FW units of their own but not among the 11.
      return u.region == Region::kFW && u.kind == "prefecture";
    case UnitGroup::kAll:
      return true;
  }
  return false;
}

bool NeedsCityTarget(const Unit& u) {
  return InGroup(u, UnitGroup::kTwoPlus26) || InGroup(u, UnitGroup::kFenwei);
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
