// The CRC of an HJ 212 packet (HJ 212-2017, appendix): over the data segment
// only (after the four length digits, up to and including the closing "&&"),
// register 0xFFFF; for each byte reg = (reg >> 8) ^ byte, then eight times:
// shift right, xor 0xA001 when the bit shifted out was 1. Written as four
// upper-case hex digits. Not Modbus CRC16 (which xors the byte into the low
// half): none of the real packets in shared/realdata matches that.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lantian::hj212 {

uint16_t Crc(std::string_view data_segment);
std::string CrcHex(std::string_view data_segment);  // "1C80"

}  // namespace lantian::hj212
