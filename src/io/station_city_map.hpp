// The station → city table of the calculator (`lantian aq daily --stations`): a
// CSV with header `station,city`, one station per row. A station given twice
// with two cities is an error; empty fields are errors.
#pragma once

#include <map>
#include <string>

#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

std::map<std::string, std::string> ReadStationCityMap(CsvReader& reader, FileReport& report);

}  // namespace lantian::io
