#include "hj212/reassembly.hpp"

#include <algorithm>

namespace lantian::hj212 {

std::optional<Packet> Reassembler::Add(Packet part) {
  if (!part.pnum || !part.pno) return part;
  const Key key{part.mn, part.qn, part.cn};
  const int total = *part.pnum;
  auto it = pending_.find(key);
  if (it == pending_.end()) {
    if (pending_.size() >= max_pending_ && !order_.empty()) {
      pending_.erase(order_.front());
      order_.pop_front();
    }
    it = pending_.emplace(key, std::map<int, Packet>{}).first;
    order_.push_back(key);
  }
  it->second[*part.pno] = std::move(part);
  if (static_cast<int>(it->second.size()) < total) return std::nullopt;
  Packet whole = it->second.begin()->second;
  whole.cp.clear();
  for (auto& [pno, p] : it->second) {
    for (auto& g : p.cp) whole.cp.push_back(std::move(g));
  }
  whole.pnum.reset();
  whole.pno.reset();
  if (whole.flag) whole.flag = *whole.flag & ~2;
  pending_.erase(it);
  order_.erase(std::remove(order_.begin(), order_.end(), key), order_.end());
  return whole;
}

}  // namespace lantian::hj212
