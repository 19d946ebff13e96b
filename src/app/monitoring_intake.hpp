// What a receiver does with one frame from a device connection (issue 7 §2),
// without the network: the frame parsed (hj212/packet.hpp), the device admitted
// by MN and password, split packets put back together, and what to store
// (the packet as received; the values of a complete minute, hourly or daily
// upload — real-time values stay in their frames), what to log
// (a refusal) and what to answer once stored (9014 when the packet asks for
// an acknowledgement).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hj212/packet.hpp"
#include "hj212/reassembly.hpp"
#include "storage/store.hpp"

namespace lantian::app {

class DeviceRegistry {
 public:
  DeviceRegistry() = default;
  explicit DeviceRegistry(std::vector<storage::MonitoringDevice> devices);
  // nullptr and a reason when the packet's MN is not registered or its PW is wrong.
  const storage::MonitoringDevice* Admit(const hj212::Packet& p, std::string* refusal) const;
  size_t size() const { return devices_.size(); }

 private:
  std::map<std::string, storage::MonitoringDevice, std::less<>> devices_;
};

struct FrameOutcome {
  std::optional<storage::MonitoringPacket> packet;    // to store
  std::vector<storage::MonitoringValue> values;       // to store
  std::optional<storage::DeviceRejection> rejection;  // to log
  std::string ack;                                    // the frame to send once stored; "" for none
  bool close = false;  // end the connection (a device that is not admitted)
};

struct IntakeOptions {
  hj212::ParseOptions parse{4096, true};
};

// One frame ("##…\r\n") from `peer` received at `now`. The reassembler is the
// connection's.
FrameOutcome TakeFrame(std::string_view frame, const DeviceRegistry& registry,
                       hj212::Reassembler& reassembler, const std::string& peer,
                       const std::string& now, const IntakeOptions& options = {});

struct ReplaySummary {
  int64_t frames = 0;
  int64_t stored = 0;    // packets
  int64_t values = 0;    // value rows
  int64_t rejected = 0;  // frames refused (each logged as a rejection)
};

// Frames kept elsewhere (a data collector's log, one frame per line; blank
// lines skipped) taken as the receiver takes them, from `source`, and stored
// in one transaction: for back-filling what a device could not send.
core::Result<ReplaySummary> ReplayFrames(storage::Store& store, const std::string& path,
                                         const std::string& source, const std::string& now,
                                         const IntakeOptions& options = {});

}  // namespace lantian::app
