// The plan's units (regions.csv): Beijing, Tianjin, the prefecture cities and the
// special units the plan names, each with its GB/T 2260 code and its region,
// 京津冀及周边地区 (JJJ) or 汾渭平原 (FW). Value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lantian::campaign {

enum class Region { kJJJ, kFW };

std::string_view RegionCode(Region r);    // "JJJ", "FW"
std::string_view RegionNameZh(Region r);  // "京津冀及周边地区", "汾渭平原"
std::optional<Region> ParseRegion(std::string_view code);

struct Unit {
  std::string code;  // GB/T 2260, e.g. "130100"
  std::string name_zh;
  std::string name_en;
  std::string province_zh;
  Region region = Region::kJJJ;
  std::string kind;  // municipality, prefecture, new_area, county_city, demo_zone
  std::optional<double> lat;
  std::optional<double> lon;
  std::string note;  // "2+26", "Fenwei", …
  friend bool operator==(const Unit&, const Unit&) = default;
};

// The groups of units the plan ranks together: the "2+26" transport-channel
// cities, the 11 Fenwei Plain cities, and every unit of the plan.
enum class UnitGroup { kTwoPlus26, kFenwei, kAll };
std::string_view UnitGroupCode(UnitGroup g);  // "2+26", "fenwei", "all"
std::optional<UnitGroup> ParseUnitGroup(std::string_view code);
bool InGroup(const Unit& u, UnitGroup g);
// Units that must each have a city target: the 2+26 and the Fenwei cities.
bool NeedsCityTarget(const Unit& u);

// The name CNEMC files and station lists use: the unit name without a trailing 市.
std::string ShortNameZh(const Unit& u);

}  // namespace lantian::campaign
