// HJ 212 packets (HJ 212-2017, accepting HJ/T 212-2005 where it differs):
//
//   "##" + 4 decimal digits (the data segment's length in bytes) + data segment
//   + 4 hex digits (hj212/crc.hpp) + "\r\n"
//   data segment: QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;[PNUM=…;PNO=…;]CP=&&…&&
//
// QN (request number, YYYYMMDDhhmmsszzz) and Flag are 2017's; 2005 packets
// have neither. The CP (command parameters) hold groups separated by ";",
// items within a group by ",", each item key=value: "DataTime=20160824003817",
// "a21026-Rtd=36.91,a21026-Flag=N". Flag: bit 0 acknowledgement wanted, bit 1
// split packet (PNUM, PNO), bits 2… protocol version (1 = 2017). Pure.
//
// Every error is an InvalidInput whose field names the part at fault:
// "frame", "length", "crc", "QN", "ST", "CN", "PW", "MN", "Flag", "PNUM",
// "PNO", "CP", or "CP.<key>" for one value.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"

namespace lantian::hj212 {

struct CpItem {
  std::string key;  // "DataTime", "a21026-Rtd", "a21026-Flag"
  std::string value;
  friend bool operator==(const CpItem&, const CpItem&) = default;
};
using CpGroup = std::vector<CpItem>;

struct Packet {
  std::string qn;  // "" in 2005 packets
  std::string st;
  std::string cn;
  std::string pw;
  std::string mn;
  std::optional<int> flag;  // nullopt in 2005 packets
  std::optional<int> pnum;  // split packets: how many
  std::optional<int> pno;   // and which (1…PNUM)
  // Fields the standard does not name (2005 command fields such as AL=, RA=),
  // kept in order.
  std::vector<CpItem> extra;
  std::vector<CpGroup> cp;
  friend bool operator==(const Packet&, const Packet&) = default;

  bool WantsAck() const { return flag && (*flag & 1); }
  bool Split() const { return flag && (*flag & 2); }
  // 1 for HJ 212-2017, 0 for HJ/T 212-2005 (no Flag, or version bits 0).
  int Version() const { return flag ? (*flag >> 2) : 0; }
  // The first value of `key` in the CP, if any.
  std::optional<std::string> Find(std::string_view key) const;
};

struct ParseOptions {
  // HJ 212-2017 limits the data segment to 1024 bytes; receiver logs show
  // devices that exceed it, so a receiver may allow more (up to 9999).
  size_t max_data_length = 1024;
  // Refuse command numbers lantian does not know (hj212/commands.hpp).
  bool known_cn_only = true;
};

// One frame: "##", length, data, CRC, optionally the closing "\r\n".
core::Result<Packet> ParseFrame(std::string_view frame, const ParseOptions& options = {});
// The data segment alone (no length, no CRC).
core::Result<Packet> ParseDataSegment(std::string_view data, const ParseOptions& options = {});

// The data segment of a packet, and the whole frame with length, CRC and "\r\n".
std::string DataSegment(const Packet& p);
std::string BuildFrame(const Packet& p);

}  // namespace lantian::hj212
