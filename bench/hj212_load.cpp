// Load generator for `lantian hj212 serve`: plays N devices, each on its own
// persistent connection, uploading HJ 212-2017 real-time data (CN=2011, six
// pollutants, Flag=5: acknowledgement wanted) at an even total rate, and
// measures the time from sending a packet to receiving its 9014. A device
// with 32 packets unacknowledged waits (as a real data collector would) and
// the send is counted as deferred. At the end it waits for the stragglers and
// prints one JSON line; with --acked FILE it writes the QN of every
// acknowledged packet, one per line, for the caller to check against the store.
//
// Usage: hj212_load --port P [--host 127.0.0.1] [--connections 5000]
//        [--rate 20000] [--seconds 30] [--mn-prefix LOAD] [--password 123456]
//        [--acked FILE]
#include <algorithm>
#include <asio.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "hj212/crc.hpp"

namespace {

using asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Config {
  std::string host = "127.0.0.1";
  int port = 0;
  int connections = 5000;
  double rate = 20000;
  double seconds = 30;
  std::string mn_prefix = "LOAD";
  std::string password = "123456";
  std::string acked_file;
};

struct Totals {
  uint64_t sent = 0, acked = 0, deferred = 0, failed_connections = 0;
  std::vector<double> latency_ms;
  std::vector<std::string> acked_qns;
};

std::string Frame(const std::string& data) {
  char head[8];
  std::snprintf(head, sizeof head, "##%04zu", data.size());
  return head + data + lantian::hj212::CrcHex(data) + "\r\n";
}

class Device : public std::enable_shared_from_this<Device> {
 public:
  Device(asio::io_context& io, const Config& c, Totals& t, int index, Clock::time_point end)
      : socket_(io), timer_(io), c_(c), t_(t), end_(end) {
    char mn[32];
    std::snprintf(mn, sizeof mn, "%s%05d", c.mn_prefix.c_str(), index);
    mn_ = mn;
    interval_ = std::chrono::duration<double>(c.connections / c.rate);
  }

  void Start(const tcp::endpoint& endpoint, double offset) {
    socket_.async_connect(endpoint, [self = shared_from_this(), offset](asio::error_code ec) {
      if (ec) {
        ++self->t_.failed_connections;
        return;
      }
      self->socket_.set_option(tcp::no_delay(true));
      self->Read();
      self->next_ =
          Clock::now() + std::chrono::duration_cast<Clock::duration>(self->interval_ * offset);
      self->Schedule();
    });
  }

  void Close() {
    asio::error_code ec;
    socket_.close(ec);
    timer_.cancel();
  }
  size_t pending() const { return pending_.size(); }

 private:
  void Schedule() {
    if (next_ >= end_) return;
    timer_.expires_at(next_);
    timer_.async_wait([self = shared_from_this()](asio::error_code ec) {
      if (ec) return;
      self->Send();
      self->next_ += std::chrono::duration_cast<Clock::duration>(self->interval_);
      self->Schedule();
    });
  }

  void Send() {
    if (pending_.size() >= 32) {
      ++t_.deferred;
      return;
    }
    ++seq_;
    char qn[24];
    std::snprintf(qn, sizeof qn, "20201201%09llu", static_cast<unsigned long long>(seq_));
    char cp[400];
    const double base = static_cast<double>(seq_ % 97);
    std::snprintf(cp, sizeof cp,
                  "DataTime=20201201%02llu%02llu%02llu;a21026-Rtd=%.2f,a21026-Flag=N;"
                  "a21002-Rtd=%.2f,a21002-Flag=N;a34013-Rtd=%.2f,a34013-Flag=N;"
                  "a19001-Rtd=%.2f,a19001-Flag=N;a01012-Rtd=%.1f,a01012-Flag=N;"
                  "a01011-Rtd=%.2f,a01011-Flag=N",
                  static_cast<unsigned long long>(seq_ / 3600 % 24),
                  static_cast<unsigned long long>(seq_ / 60 % 60),
                  static_cast<unsigned long long>(seq_ % 60), 10 + base / 10, 40 + base / 5,
                  3 + base / 50, 9 + base / 100, 120 + base / 10, 12 + base / 40);
    std::string frame = Frame(std::string("QN=") + qn + ";ST=31;CN=2011;PW=" + c_.password +
                              ";MN=" + mn_ + ";Flag=5;CP=&&" + cp + "&&");
    pending_.push_back({Clock::now(), qn});
    ++t_.sent;
    auto buffer = std::make_shared<std::string>(std::move(frame));
    asio::async_write(socket_, asio::buffer(*buffer),
                      [self = shared_from_this(), buffer](asio::error_code ec, size_t) {
                        if (ec) self->Close();
                      });
  }

  void Read() {
    socket_.async_read_some(asio::buffer(chunk_), [self = shared_from_this()](asio::error_code ec,
                                                                              size_t n) {
      if (ec) return;
      self->buffer_.append(self->chunk_.data(), n);
      size_t at = 0;
      for (size_t end; (end = self->buffer_.find("\r\n", at)) != std::string::npos; at = end + 2) {
        if (self->pending_.empty()) continue;  // an answer to nothing: ignore
        auto [sent, qn] = self->pending_.front();
        self->pending_.pop_front();
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - sent).count();
        self->t_.latency_ms.push_back(ms);
        ++self->t_.acked;
        if (!self->c_.acked_file.empty()) self->t_.acked_qns.push_back(self->mn_ + "," + qn);
      }
      self->buffer_.erase(0, at);
      self->Read();
    });
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  const Config& c_;
  Totals& t_;
  Clock::time_point end_, next_;
  std::chrono::duration<double> interval_;
  std::string mn_;
  uint64_t seq_ = 0;
  std::deque<std::pair<Clock::time_point, std::string>> pending_;
  std::array<char, 4096> chunk_{};
  std::string buffer_;
};

double Percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  const size_t k = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

}  // namespace

int main(int argc, char** argv) {
  Config c;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string k = argv[i], v = argv[i + 1];
    if (k == "--host")
      c.host = v;
    else if (k == "--port")
      c.port = std::atoi(v.c_str());
    else if (k == "--connections")
      c.connections = std::atoi(v.c_str());
    else if (k == "--rate")
      c.rate = std::atof(v.c_str());
    else if (k == "--seconds")
      c.seconds = std::atof(v.c_str());
    else if (k == "--mn-prefix")
      c.mn_prefix = v;
    else if (k == "--password")
      c.password = v;
    else if (k == "--acked")
      c.acked_file = v;
    else {
      std::cerr << "hj212_load: unknown option " << k << '\n';
      return 2;
    }
  }
  if (c.port == 0) {
    std::cerr << "hj212_load: --port is required\n";
    return 2;
  }
  asio::io_context io;
  Totals t;
  const tcp::endpoint endpoint(asio::ip::make_address(c.host), static_cast<uint16_t>(c.port));
  const auto start = Clock::now();
  const auto end =
      start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(c.seconds));
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> offset(0.0, 1.0);
  std::vector<std::shared_ptr<Device>> devices;
  for (int i = 1; i <= c.connections; ++i) {
    devices.push_back(std::make_shared<Device>(io, c, t, i, end));
    devices.back()->Start(endpoint, offset(rng));
  }
  // Run until the end, then give the stragglers up to 10 s.
  io.run_until(end);
  const auto drain_end = Clock::now() + std::chrono::seconds(10);
  while (Clock::now() < drain_end) {
    size_t waiting = 0;
    for (const auto& d : devices) waiting += d->pending();
    if (waiting == 0) break;
    io.run_for(std::chrono::milliseconds(50));
  }
  const double elapsed = c.seconds;
  for (auto& d : devices) d->Close();
  io.run_for(std::chrono::milliseconds(200));
  if (!c.acked_file.empty()) {
    std::ofstream out(c.acked_file);
    for (const auto& qn : t.acked_qns) out << qn << '\n';
  }
  std::printf(
      "{\"connections\": %d, \"failed_connections\": %llu, \"seconds\": %.1f, \"offered_rate\": "
      "%.0f, \"sent\": %llu, \"acked\": %llu, \"unacked\": %llu, \"deferred\": %llu, "
      "\"acked_per_s\": %.0f, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}\n",
      c.connections, static_cast<unsigned long long>(t.failed_connections), elapsed, c.rate,
      static_cast<unsigned long long>(t.sent), static_cast<unsigned long long>(t.acked),
      static_cast<unsigned long long>(t.sent - t.acked),
      static_cast<unsigned long long>(t.deferred), static_cast<double>(t.acked) / elapsed,
      Percentile(t.latency_ms, 0.50), Percentile(t.latency_ms, 0.99),
      t.latency_ms.empty() ? 0.0 : *std::max_element(t.latency_ms.begin(), t.latency_ms.end()));
  return 0;
}
