// Split packets put back together (HJ 212-2017: Flag bit 1, PNUM parts
// numbered PNO 1…PNUM, one QN): the parts of a device's message are kept
// until every one has arrived, then given back as one packet whose CP is the
// parts' CP in PNO order. A part repeated replaces the earlier copy; at most
// `max_pending` messages wait (the oldest is dropped first), so a device that
// never finishes cannot fill the memory.
#pragma once

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <tuple>

#include "hj212/packet.hpp"

namespace lantian::hj212 {

class Reassembler {
 public:
  explicit Reassembler(size_t max_pending = 1024) : max_pending_(max_pending) {}
  // A packet that is not split comes straight back; a part, once its message
  // is complete.
  std::optional<Packet> Add(Packet part);
  size_t Pending() const { return pending_.size(); }

 private:
  using Key = std::tuple<std::string, std::string, std::string>;  // MN, QN, CN
  size_t max_pending_;
  std::map<Key, std::map<int, Packet>> pending_;
  std::deque<Key> order_;
};

}  // namespace lantian::hj212
