#include "hj212/crc.hpp"

namespace lantian::hj212 {

uint16_t Crc(std::string_view data) {
  uint16_t reg = 0xFFFF;
  for (unsigned char byte : data) {
    reg = static_cast<uint16_t>((reg >> 8) ^ byte);
    for (int bit = 0; bit < 8; ++bit) {
      const bool out = reg & 1;
      reg >>= 1;
      if (out) reg ^= 0xA001;
    }
  }
  return reg;
}

std::string CrcHex(std::string_view data) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const uint16_t c = Crc(data);
  return {kHex[(c >> 12) & 15], kHex[(c >> 8) & 15], kHex[(c >> 4) & 15], kHex[c & 15]};
}

}  // namespace lantian::hj212
