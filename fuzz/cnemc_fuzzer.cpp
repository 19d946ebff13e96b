// The CNEMC reader never crashes on any bytes, and what it accepts survives the
// storage codec unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "io/cnemc_file.hpp"
#include "storage/site_day_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto reader = lantian::io::CsvReader::FromString(
      "fuzz.csv", std::string(reinterpret_cast<const char*>(data), size));
  lantian::io::FileReport report("fuzz.csv");
  auto file = lantian::io::ReadCnemcFile(
      reader, {}, [](std::string_view) { return true; }, report);
  if (!report.ok()) return 0;
  for (const auto& d : file.days) {
    std::array<lantian::aq::HourlySeries, lantian::aq::kPublishedCount> back;
    if (!lantian::storage::DecodeSeries(lantian::storage::EncodeSeries(d.day.published), back)
             .ok() ||
        back != d.day.published) {
      std::abort();
    }
  }
  return 0;
}
