// The HJ 212 receiver (issue 7 §2): devices keep TCP connections open and
// upload packets; each frame goes through app::TakeFrame, and whatever is to
// be stored goes to one writer thread that stores everything waiting in one
// transaction (group commit, durable: Store::RequireDurableCommits) and only
// then lets the connections send their acknowledgements. An acknowledged
// packet is therefore on disk, even if the process is killed right after.
//
// Fairness and limits: a connection with `max_in_flight` packets not yet
// stored stops being read until they are (backpressure, so a flooding device
// only slows itself); a connection silent for `idle_timeout` is closed, as is
// one that sends `max_bad_frames` malformed frames or `max_garbage` bytes
// outside any frame, or a device that is not registered or gives a wrong
// password (logged as a rejection); beyond `max_connections` new connections
// are closed at once. The registry is re-read every `registry_refresh`, so
// devices registered while the receiver runs are admitted.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "app/monitoring_intake.hpp"
#include "core/status.hpp"
#include "storage/store.hpp"

namespace lantian::receiver {

struct Options {
  std::string host = "0.0.0.0";
  uint16_t port = 0;  // 0: any free port
  int io_threads = 1;
  std::chrono::milliseconds idle_timeout{std::chrono::minutes(10)};
  size_t max_connections = 20000;
  size_t max_in_flight = 16;
  size_t max_batch = 20000;  // items per transaction
  int max_bad_frames = 10;
  size_t max_garbage = 16384;
  std::chrono::milliseconds registry_refresh{std::chrono::seconds(10)};
  app::IntakeOptions intake;
};

struct Counters {
  std::atomic<uint64_t> connections{0};          // accepted
  std::atomic<uint64_t> refused_connections{0};  // over max_connections
  std::atomic<uint64_t> frames{0};
  std::atomic<uint64_t> stored_packets{0};
  std::atomic<uint64_t> acks_sent{0};
  std::atomic<uint64_t> rejections{0};
  std::atomic<uint64_t> commits{0};
  std::atomic<uint64_t> failed_commits{0};
};

class Receiver {
 public:
  // `store` is the receiver's own connection (migrated), used by the writer
  // thread only; `now` gives the time stored as received_at.
  Receiver(std::unique_ptr<storage::Store> store, Options options,
           std::function<std::string()> now);
  ~Receiver();
  Receiver(const Receiver&) = delete;
  Receiver& operator=(const Receiver&) = delete;

  // Binds and listens; the port (useful with port 0).
  core::Result<uint16_t> Listen();
  // Serves until Stop() (or SIGINT/SIGTERM when `handle_signals`), then
  // stores what was received and returns.
  core::Status Run(bool handle_signals);
  void Stop();
  const Counters& counters() const;

  struct Impl;  // receiver.cpp's connections reach it

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace lantian::receiver
