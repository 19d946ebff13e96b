#include "io/station_city_map.hpp"

namespace lantian::io {

std::map<std::string, std::string> ReadStationCityMap(CsvReader& reader, FileReport& report) {
  std::map<std::string, std::string> map;
  std::vector<std::string_view> f;
  const bool has_header = NextRecord(reader, f, report);
  if (!report.ok()) return map;
  if (!has_header || f.size() != 2 || f[0] != "station" || f[1] != "city") {
    report.Error(has_header ? reader.line() : 0, 0, "header must be station,city");
    return map;
  }
  while (NextRecord(reader, f, report)) {
    if (f.size() != 2) {
      report.Error(reader.line(), 0,
                   "expected 2 fields (station,city), found " + std::to_string(f.size()));
      continue;
    }
    if (f[0].empty() || f[1].empty()) {
      report.Error(reader.line(), f[0].empty() ? 1 : 2, "empty station or city");
      continue;
    }
    auto [it, inserted] = map.emplace(std::string(f[0]), std::string(f[1]));
    if (!inserted && it->second != f[1]) {
      report.Error(reader.line(), 2,
                   "station " + it->first + " is mapped to two cities (" + it->second + ", " +
                       std::string(f[1]) + ")");
    }
  }
  return map;
}

}  // namespace lantian::io
