#include "receiver/receiver.hpp"

#include <asio.hpp>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

namespace lantian::receiver {
namespace {

using asio::ip::tcp;
using Clock = std::chrono::steady_clock;

class Session;

// What the writer stores for one frame, and whom it tells once stored.
struct Item {
  app::FrameOutcome outcome;
  std::weak_ptr<Session> session;  // empty for a rejection without a packet
  // A refused connection, closed once its refusal is in the log (so that
  // whoever sees the close finds the reason stored).
  std::shared_ptr<Session> close_when_stored;
};

}  // namespace

struct Receiver::Impl {
  Impl(std::unique_ptr<storage::Store> s, Options o, std::function<std::string()> n)
      : store(std::move(s)), options(std::move(o)), now(std::move(n)), acceptor(io) {}

  std::unique_ptr<storage::Store> store;
  Options options;
  std::function<std::string()> now;
  Counters counters;
  std::atomic<size_t> live{0};
  std::atomic<bool> stopping{false};

  std::mutex registry_mutex;
  std::shared_ptr<const app::DeviceRegistry> registry;

  std::mutex queue_mutex;
  std::condition_variable queue_cv;
  std::deque<Item> queue;
  bool writer_done = false;

  // Last, so that the sessions its handlers hold go before the state above.
  asio::io_context io;
  tcp::acceptor acceptor;

  std::shared_ptr<const app::DeviceRegistry> Registry() {
    std::lock_guard lock(registry_mutex);
    return registry;
  }
  core::Status LoadRegistry() {
    LANTIAN_ASSIGN_OR_RETURN(auto devices, store->MonitoringDevices());
    auto fresh = std::make_shared<const app::DeviceRegistry>(std::move(devices));
    std::lock_guard lock(registry_mutex);
    registry = std::move(fresh);
    return core::Status::Ok();
  }
  void Enqueue(Item item) {
    {
      std::lock_guard lock(queue_mutex);
      queue.push_back(std::move(item));
    }
    queue_cv.notify_one();
  }
  void Accept();
  void WriterLoop();
};

namespace {

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Receiver::Impl& r)
      : socket_(std::move(socket)), timer_(socket_.get_executor()), r_(r) {
    asio::error_code ec;
    auto ep = socket_.remote_endpoint(ec);
    peer_ = ec ? "?" : ep.address().to_string() + ":" + std::to_string(ep.port());
    ++r_.live;
  }
  ~Session() { --r_.live; }

  void Start() {
    last_activity_ = Clock::now();
    ArmTimer();
    Read();
  }

  // Once the writer stored the refusal of this connection.
  void Refused() { Close(); }

  // On the session's strand, once the writer stored (or failed to store) an
  // item of this connection.
  void Stored(bool ok, std::string ack) {
    if (in_flight_ > 0) --in_flight_;
    if (!ok) {
      Close();  // not acknowledged: the device sends again on its next connection
      return;
    }
    if (!ack.empty() && socket_.is_open()) {
      writes_.push_back(std::move(ack));
      if (writes_.size() == 1) Write();
    }
    if (paused_ && !refused_ && in_flight_ < r_.options.max_in_flight && socket_.is_open()) {
      paused_ = false;
      Read();
    }
  }

  asio::any_io_executor socket_executor() { return socket_.get_executor(); }

  void Close() {
    asio::error_code ec;
    socket_.close(ec);
    timer_.cancel();
  }

 private:
  void Read() {
    socket_.async_read_some(
        asio::buffer(chunk_),
        [self = shared_from_this()](asio::error_code ec, size_t n) { self->OnRead(ec, n); });
  }

  void OnRead(asio::error_code ec, size_t n) {
    if (ec) {
      Close();
      return;
    }
    last_activity_ = Clock::now();
    buffer_.append(chunk_.data(), n);
    TakeFrames();
    if (!socket_.is_open() || refused_) return;
    if (in_flight_ >= r_.options.max_in_flight) {
      paused_ = true;  // read again once the writer caught up
      return;
    }
    Read();
  }

  // Cuts complete frames off the buffer: "##" + 4 digits + data + 4 CRC
  // characters, optionally followed by "\r\n".
  void TakeFrames() {
    size_t at = 0;
    for (;;) {
      const size_t start = buffer_.find("##", at);
      // Bytes before the next frame are garbage; a lone '#' at the end may
      // begin one.
      size_t next = start;
      if (start == std::string::npos) {
        next = buffer_.size();
        if (next > at && buffer_.back() == '#') --next;
      }
      garbage_ += next - at;
      if (garbage_ > r_.options.max_garbage) {
        Refuse("more than " + std::to_string(r_.options.max_garbage) + " bytes outside any frame");
        return;
      }
      if (start == std::string::npos) {
        at = next;
        break;
      }
      at = start;
      if (buffer_.size() - at < 6) break;
      int length = 0;
      bool digits = true;
      for (size_t i = at + 2; i < at + 6; ++i) {
        if (buffer_[i] < '0' || buffer_[i] > '9') digits = false;
        length = length * 10 + (buffer_[i] - '0');
      }
      if (!digits || static_cast<size_t>(length) > r_.options.intake.parse.max_data_length) {
        Reject(digits ? "data segment of " + std::to_string(length) + " bytes is over the limit"
                      : "the length after ## is not 4 digits");
        if (BadFrame()) return;
        at += 2;
        continue;
      }
      size_t end = at + 6 + static_cast<size_t>(length) + 4;
      if (buffer_.size() < end) break;
      if (buffer_.compare(end, 2, "\r\n") == 0) {
        end += 2;
      } else if (buffer_.size() < end + 2 &&
                 buffer_.compare(end, std::string::npos, "\r", 0, buffer_.size() - end) == 0) {
        break;  // wait for the line end
      }
      Frame(std::string_view(buffer_).substr(at, end - at));
      if (!socket_.is_open() || refused_) return;
      at = end;
    }
    buffer_.erase(0, at);
  }

  void Frame(std::string_view frame) {
    ++r_.counters.frames;
    auto registry = r_.Registry();
    app::FrameOutcome outcome =
        app::TakeFrame(frame, *registry, reassembler_, peer_, r_.now(), r_.options.intake);
    const bool close = outcome.close;
    const bool malformed = !outcome.packet && !close;
    if (outcome.packet) {
      ++in_flight_;
      r_.Enqueue({std::move(outcome), weak_from_this(), nullptr});
    } else if (outcome.rejection) {
      ++r_.counters.rejections;
      if (close) refused_ = true;
      r_.Enqueue({std::move(outcome), {}, close ? shared_from_this() : nullptr});
    } else if (close) {
      Close();
    }
    if (malformed) BadFrame();
  }

  // Logs why, without closing.
  void Reject(std::string reason) { Log(std::move(reason), false); }

  // Logs why, stops reading and closes once the reason is stored.
  void Refuse(std::string reason) { Log(std::move(reason), true); }

  void Log(std::string reason, bool close) {
    ++r_.counters.rejections;
    app::FrameOutcome o;
    o.rejection = storage::DeviceRejection{0, r_.now(), peer_, "", std::move(reason)};
    if (close) refused_ = true;
    r_.Enqueue({std::move(o), {}, close ? shared_from_this() : nullptr});
  }

  // True when the connection was refused for too many bad frames.
  bool BadFrame() {
    if (++bad_frames_ < r_.options.max_bad_frames) return false;
    Refuse(std::to_string(bad_frames_) + " malformed frames: connection closed");
    return true;
  }

  void Write() {
    asio::async_write(socket_, asio::buffer(writes_.front()),
                      [self = shared_from_this()](asio::error_code ec, size_t) {
                        if (ec) {
                          self->Close();
                          return;
                        }
                        ++self->r_.counters.acks_sent;
                        self->writes_.pop_front();
                        if (!self->writes_.empty()) self->Write();
                      });
  }

  void ArmTimer() {
    const auto deadline = last_activity_ + r_.options.idle_timeout;
    timer_.expires_at(deadline);
    timer_.async_wait([self = shared_from_this()](asio::error_code ec) {
      if (ec || !self->socket_.is_open()) return;
      if (Clock::now() - self->last_activity_ >= self->r_.options.idle_timeout &&
          self->in_flight_ == 0) {
        self->Close();  // silent
        return;
      }
      self->ArmTimer();
    });
  }

  tcp::socket socket_;
  asio::steady_timer timer_;
  Receiver::Impl& r_;
  std::string peer_;
  std::array<char, 8192> chunk_{};
  std::string buffer_;
  std::deque<std::string> writes_;
  hj212::Reassembler reassembler_{64};
  Clock::time_point last_activity_;
  size_t in_flight_ = 0;
  size_t garbage_ = 0;
  int bad_frames_ = 0;
  bool paused_ = false;
  bool refused_ = false;  // no more reading; closed once the refusal is logged
};

}  // namespace

void Receiver::Impl::Accept() {
  acceptor.async_accept(asio::make_strand(io), [this](asio::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping) Accept();
      return;
    }
    if (live >= options.max_connections) {
      ++counters.refused_connections;
      asio::error_code ignored;
      socket.close(ignored);
    } else {
      ++counters.connections;
      socket.set_option(tcp::no_delay(true));
      std::make_shared<Session>(std::move(socket), *this)->Start();
    }
    Accept();
  });
}

void Receiver::Impl::WriterLoop() {
  auto refreshed = Clock::now();
  for (;;) {
    std::vector<Item> items;
    {
      std::unique_lock lock(queue_mutex);
      queue_cv.wait_for(lock, options.registry_refresh,
                        [&] { return !queue.empty() || writer_done; });
      const size_t n = std::min(queue.size(), options.max_batch);
      items.reserve(n);
      for (size_t i = 0; i < n; ++i) {
        items.push_back(std::move(queue.front()));
        queue.pop_front();
      }
      if (items.empty() && writer_done) return;
    }
    if (Clock::now() - refreshed >= options.registry_refresh) {
      if (core::Status s = LoadRegistry(); !s.ok()) {
        std::cerr << "lantian hj212: registry not re-read: " << s.ToString() << '\n';
      }
      refreshed = Clock::now();
    }
    if (items.empty()) continue;
    storage::MonitoringBatch batch;
    for (auto& item : items) {
      auto& o = item.outcome;
      if (o.packet) batch.packets.push_back(std::move(*o.packet));
      for (auto& v : o.values) batch.values.push_back(std::move(v));
      if (o.rejection) batch.rejections.push_back(std::move(*o.rejection));
    }
    core::Status s = store->Begin();
    if (s.ok()) s = store->AddMonitoringBatch(batch);
    if (s.ok()) s = store->Commit();
    if (s.ok()) {
      ++counters.commits;
      counters.stored_packets += batch.packets.size();
    } else {
      ++counters.failed_commits;
      (void)store->Rollback();
      std::cerr << "lantian hj212: " << batch.packets.size()
                << " packets not stored, their connections closed: " << s.ToString() << '\n';
      std::this_thread::sleep_for(std::chrono::seconds(1));  // the store may come back
    }
    for (auto& item : items) {
      if (item.close_when_stored) {
        // Closed whether or not the log was written: a refused device is
        // never kept.
        auto refused = std::move(item.close_when_stored);
        asio::post(refused->socket_executor(), [refused] { refused->Refused(); });
        continue;
      }
      auto session = item.session.lock();
      if (!session) continue;
      asio::post(session->socket_executor(),
                 [session, ok = s.ok(), ack = std::move(item.outcome.ack)]() mutable {
                   session->Stored(ok, std::move(ack));
                 });
    }
  }
}

Receiver::Receiver(std::unique_ptr<storage::Store> store, Options options,
                   std::function<std::string()> now)
    : impl_(std::make_unique<Impl>(std::move(store), std::move(options), std::move(now))) {}

Receiver::~Receiver() = default;

const Counters& Receiver::counters() const { return impl_->counters; }

core::Result<uint16_t> Receiver::Listen() {
  LANTIAN_RETURN_IF_ERROR(impl_->store->RequireDurableCommits());
  LANTIAN_RETURN_IF_ERROR(impl_->LoadRegistry());
  asio::error_code ec;
  auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return core::InvalidInput("'" + impl_->options.host + "' is not an IP address", "listen");
  tcp::endpoint endpoint(address, impl_->options.port);
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return core::Unavailable("cannot listen on " + impl_->options.host + ":" +
                             std::to_string(impl_->options.port) + ": " + ec.message());
  }
  return acceptor.local_endpoint().port();
}

core::Status Receiver::Run(bool handle_signals) {
  Impl& r = *impl_;
  if (!r.acceptor.is_open()) return core::Internal("Run() before Listen()");
  std::thread writer([&r] { r.WriterLoop(); });
  asio::signal_set signals(r.io);
  if (handle_signals) {
    signals.add(SIGINT);
    signals.add(SIGTERM);
    signals.async_wait([this](asio::error_code ec, int) {
      if (!ec) Stop();
    });
  }
  r.Accept();
  std::vector<std::thread> extra;
  for (int i = 1; i < r.options.io_threads; ++i) extra.emplace_back([&r] { r.io.run(); });
  r.io.run();
  for (auto& t : extra) t.join();
  {
    std::lock_guard lock(r.queue_mutex);
    r.writer_done = true;
  }
  r.queue_cv.notify_one();
  writer.join();  // what was received is stored; its acknowledgements are not sent
  return core::Status::Ok();
}

void Receiver::Stop() {
  impl_->stopping = true;
  asio::post(impl_->io, [this] {
    asio::error_code ec;
    impl_->acceptor.close(ec);
    impl_->io.stop();
  });
}

}  // namespace lantian::receiver
