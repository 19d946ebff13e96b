// Parsing HJ 212 frames from the wire never crashes; what parses builds back
// into a frame that parses to the same packet. The input is tried as a data
// segment too (behind the CRC, random bytes seldom reach the field parsers).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "hj212/packet.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view frame(reinterpret_cast<const char*>(data), size);
  lantian::hj212::ParseOptions options;
  options.known_cn_only = size % 2 == 0;
  options.max_data_length = 9999;
  if (auto p = lantian::hj212::ParseFrame(frame, options)) {
    auto again = lantian::hj212::ParseFrame(lantian::hj212::BuildFrame(*p), options);
    if (!again || *again != *p) std::abort();
  }
  if (auto p = lantian::hj212::ParseDataSegment(frame, options)) {
    auto again = lantian::hj212::ParseDataSegment(lantian::hj212::DataSegment(*p), options);
    if (!again || *again != *p) std::abort();
  }
  return 0;
}
