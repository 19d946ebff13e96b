// Decoding stored blobs never crashes; what decodes re-encodes to an equal value.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "storage/site_day_codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::array<lantian::aq::HourlySeries, 9> series;
  const std::string_view blob(reinterpret_cast<const char*>(data), size);
  if (!lantian::storage::DecodeSeries(blob, series).ok()) return 0;
  std::array<lantian::aq::HourlySeries, 9> again;
  if (!lantian::storage::DecodeSeries(lantian::storage::EncodeSeries(series), again).ok() ||
      again != series) {
    std::abort();
  }
  return 0;
}
