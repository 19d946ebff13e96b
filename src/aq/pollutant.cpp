#include "aq/pollutant.hpp"

#include <cctype>

namespace lantian::aq {
namespace {

struct PollutantInfo {
  std::string_view code;
  std::string_view name_zh;
  std::string_view unit;
  int digits;
};

constexpr std::array<PollutantInfo, kPollutantCount> kInfo = {{
    {"SO2", "二氧化硫", "µg/m³", 0},
    {"NO2", "二氧化氮", "µg/m³", 0},
    {"CO", "一氧化碳", "mg/m³", 1},
    {"O3", "臭氧", "µg/m³", 0},
    {"PM10", "颗粒物(PM10)", "µg/m³", 0},
    {"PM2.5", "细颗粒物(PM2.5)", "µg/m³", 0},
}};

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::toupper(static_cast<unsigned char>(a[i])) !=
        std::toupper(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string_view Code(Pollutant p) { return kInfo[Index(p)].code; }
std::string_view NameZh(Pollutant p) { return kInfo[Index(p)].name_zh; }
std::string_view Unit(Pollutant p) { return kInfo[Index(p)].unit; }
int ReportDigits(Pollutant p) { return kInfo[Index(p)].digits; }

std::optional<Pollutant> ParsePollutant(std::string_view text) {
  for (Pollutant p : kPollutants) {
    if (EqualsIgnoreCase(text, Code(p))) return p;
  }
  if (EqualsIgnoreCase(text, "PM25") || EqualsIgnoreCase(text, "PM2_5")) return Pollutant::kPM25;
  return std::nullopt;
}

std::string PollutantSet::Join(std::string_view separator) const {
  std::string s;
  for (Pollutant p : kPollutants) {
    if (!Contains(p)) continue;
    if (!s.empty()) s += separator;
    s += Code(p);
  }
  return s;
}

}  // namespace lantian::aq
