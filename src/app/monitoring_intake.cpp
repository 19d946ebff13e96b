#include "app/monitoring_intake.hpp"

#include <fstream>

#include "crypto/crypto.hpp"
#include "hj212/answers.hpp"
#include "hj212/values.hpp"

namespace lantian::app {

DeviceRegistry::DeviceRegistry(std::vector<storage::MonitoringDevice> devices) {
  for (auto& d : devices) {
    std::string mn = d.mn;
    devices_.emplace(std::move(mn), std::move(d));
  }
}

const storage::MonitoringDevice* DeviceRegistry::Admit(const hj212::Packet& p,
                                                       std::string* refusal) const {
  auto it = devices_.find(p.mn);
  if (it == devices_.end()) {
    *refusal = "unknown device MN=" + p.mn;
    return nullptr;
  }
  if (!crypto::ConstantTimeEqual(crypto::Sha256Hex(p.pw), it->second.password_sha256)) {
    *refusal = "wrong password for MN=" + p.mn;
    return nullptr;
  }
  return &it->second;
}

FrameOutcome TakeFrame(std::string_view frame, const DeviceRegistry& registry,
                       hj212::Reassembler& reassembler, const std::string& peer,
                       const std::string& now, const IntakeOptions& options) {
  FrameOutcome out;
  auto packet = hj212::ParseFrame(frame, options.parse);
  if (!packet) {
    std::string reason = packet.error().message();
    if (!packet.error().field().empty()) reason += " (" + packet.error().field() + ")";
    out.rejection = storage::DeviceRejection{0, now, peer, "", std::move(reason)};
    return out;
  }
  std::string refusal;
  if (!registry.Admit(*packet, &refusal)) {
    out.rejection = storage::DeviceRejection{0, now, peer, packet->mn, std::move(refusal)};
    out.close = true;
    return out;
  }
  const auto kind = hj212::DataKindOf(packet->cn);
  std::string data_time;
  if (auto t = packet->Find("DataTime")) data_time = hj212::DataTimeText(*t).value_or("");
  std::string_view raw = frame;
  if (raw.size() >= 2 && raw.substr(raw.size() - 2) == "\r\n") raw.remove_suffix(2);
  out.packet = storage::MonitoringPacket{0,         packet->mn, packet->cn, packet->qn,
                                         data_time, now,        peer,       std::string(raw)};
  if (packet->WantsAck()) out.ack = hj212::BuildFrame(hj212::DataAcknowledgement(*packet));
  // Real-time uploads (every 30 s or so: the bulk of the traffic) are kept as
  // their frames only, which hold every value and flag; DeviceValues reads them
  // from there. Rows for them cost the receiver most of its throughput
  // (docs/performance.md).
  if (!kind || *kind == hj212::DataKind::kRealTime) return out;
  auto whole = reassembler.Add(*packet);
  if (!whole) return out;  // a part; the values come with the last one
  auto record = hj212::ReadDataRecord(*whole);
  if (!record) {
    out.rejection = storage::DeviceRejection{
        0, now, peer, packet->mn,
        "values not read: " + record.error().message() + " (" + record.error().field() + ")"};
    return out;
  }
  const std::string kind_name(hj212::DataKindName(*kind));
  for (auto& v : record->values) {
    out.values.push_back({whole->mn, kind_name, record->data_time, std::move(v.pollutant), v.rtd,
                          v.avg, v.min, v.max, v.cou, v.zs_rtd, v.zs_avg, std::move(v.flag)});
  }
  return out;
}

core::Result<ReplaySummary> ReplayFrames(storage::Store& store, const std::string& path,
                                         const std::string& source, const std::string& now,
                                         const IntakeOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::NotFound("cannot read " + path, "file");
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  const DeviceRegistry registry(std::move(devices));
  hj212::Reassembler reassembler;
  storage::MonitoringBatch batch;
  ReplaySummary summary;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    ++summary.frames;
    FrameOutcome o = TakeFrame(line, registry, reassembler, source, now, options);
    if (o.packet) {
      ++summary.stored;
      batch.packets.push_back(std::move(*o.packet));
    } else {
      ++summary.rejected;
    }
    summary.values += static_cast<int64_t>(o.values.size());
    for (auto& v : o.values) batch.values.push_back(std::move(v));
    if (o.rejection) batch.rejections.push_back(std::move(*o.rejection));
  }
  LANTIAN_RETURN_IF_ERROR(
      storage::InTransaction(store, [&] { return store.AddMonitoringBatch(batch); }));
  return summary;
}

}  // namespace lantian::app
