// The registry of the supplementary monitoring networks (issue 8 §5):
//
//   sites    code,kind,city,name[,county][,setting][,serves][,lat,lon]
//            [,connected][,since] — kind vocs, traffic or dustfall; setting
//            (traffic) port or freight-corridor; connected yes/no (default
//            yes); since YYYY-MM-DD;
//   outlets  enterprise,outlet,city,height_m[,name] — an outlet's stack height.
//
// Every cell is checked; an error names file, line and column; a code (or an
// enterprise's outlet) twice is an error; a table with any error is refused
// whole.
#pragma once

#include <string>
#include <vector>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

struct NetworkSiteLine {
  int64_t line = 0;
  std::string code, kind, city_code, county, name, setting, serves, lat, lon, connected, since;
};
std::vector<NetworkSiteLine> ReadNetworkSites(CsvReader& reader, FileReport& report);

struct SourceOutletLine {
  int64_t line = 0;
  std::string credit_code, outlet, city_code, name, height_m;
};
std::vector<SourceOutletLine> ReadSourceOutlets(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
