// The long-CSV reader never crashes on any bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "io/long_csv.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto reader = lantian::io::CsvReader::FromString(
      "fuzz.csv", std::string(reinterpret_cast<const char*>(data), size));
  lantian::io::FileReport report("fuzz.csv");
  (void)lantian::io::ReadLongCsv(reader, report);
  return 0;
}
