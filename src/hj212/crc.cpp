#include "hj212/crc.hpp"

#include <array>

namespace lantian::hj212 {
namespace {

// The standard's loop takes reg = (reg >> 8) ^ byte, a value below 256, then
// shifts it 8 times (XOR 0xA001 when a 1 falls out): the result depends on
// that byte only, so it is read from a table of the 256 results.
constexpr std::array<uint16_t, 256> MakeTable() {
  std::array<uint16_t, 256> t{};
  for (unsigned v = 0; v < 256; ++v) {
    uint16_t reg = static_cast<uint16_t>(v);
    for (int bit = 0; bit < 8; ++bit) {
      const bool out = reg & 1;
      reg >>= 1;
      if (out) reg ^= 0xA001;
    }
    t[v] = reg;
  }
  return t;
}
constexpr std::array<uint16_t, 256> kTable = MakeTable();

}  // namespace

uint16_t Crc(std::string_view data) {
  uint16_t reg = 0xFFFF;
  for (unsigned char byte : data) reg = kTable[(reg >> 8) ^ byte];
  return reg;
}

std::string CrcHex(std::string_view data) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const uint16_t c = Crc(data);
  return {kHex[(c >> 12) & 15], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15], kHex[c & 15]};
}

}  // namespace lantian::hj212
