#include "server/server.hpp"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "server/app_pool.hpp"
#include "server/json.hpp"
#include "server/routes.hpp"

namespace lantian::server {
namespace {

// The user of the request being handled on this thread, for the access log.
thread_local std::string current_user;

std::string Now() { return core::FormatInstant(app::BeijingNow()); }

void Register(httplib::Server& svr, const Route& route, AppPool& pool, const ServerOptions& options,
              const app::SessionPolicy& policy) {
  auto handler = [&route, &pool, &options, &policy](const httplib::Request& req,
                                                    httplib::Response& res) {
    Exchange x(req, res, pool, options, policy);
    route.handle(x);
    current_user = x.principal().authenticated() ? x.principal().username : "-";
  };
  const std::string pattern = PathPattern(route.path);
  if (route.method == "GET") {
    svr.Get(pattern, handler);
  } else {
    svr.Post(pattern, handler);
  }
}

}  // namespace

core::Status Serve(const ServerOptions& options) {
  LANTIAN_ASSIGN_OR_RETURN(std::unique_ptr<AppPool> pool,
                           AppPool::Open(options.db, options.threads));
  const app::SessionPolicy policy;
  std::unique_ptr<httplib::Server> svr;
  if (options.tls_cert || options.tls_key) {
    if (!options.tls_cert || !options.tls_key) {
      return core::InvalidInput("TLS needs both --tls-cert and --tls-key", "--tls-cert");
    }
    auto tls =
        std::make_unique<httplib::SSLServer>(options.tls_cert->c_str(), options.tls_key->c_str());
    if (!tls->is_valid())
      return core::InvalidInput("cannot load the TLS certificate or key", "--tls-cert");
    svr = std::move(tls);
  } else {
    svr = std::make_unique<httplib::Server>();
  }
  const int threads = options.threads;
  svr->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  svr->set_payload_max_length(static_cast<size_t>(options.max_body_bytes));
  svr->set_read_timeout(options.read_timeout_seconds, 0);
  svr->set_write_timeout(options.write_timeout_seconds, 0);
  svr->set_keep_alive_timeout(5);
  svr->set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"X-Frame-Options", "DENY"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cache-Control", "no-store"}});

  const std::vector<Route> routes = ApiRoutes();
  for (const Route& r : routes) Register(*svr, r, *pool, options, policy);
  svr->Get(R"(/api/.*)", [](const httplib::Request& req, httplib::Response& res) {
    res.status = 404;
    res.set_content(ErrorJson(core::NotFound("no route " + req.path)).dump(), "application/json");
  });
  if (options.web_root) {
    if (!std::filesystem::is_directory(*options.web_root) ||
        !svr->set_mount_point("/", *options.web_root)) {
      return core::InvalidInput(
          "no built dashboard in " + *options.web_root + " (make web builds it)", "--web-root");
    }
  }
  svr->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.status == 413) {
      res.set_content(ErrorJson(core::InvalidInput("the request body is too large", "body")).dump(),
                      "application/json");
    } else if (res.body.empty() && req.path.rfind("/api/", 0) == 0) {
      res.set_content(
          ErrorJson(core::Status(core::ErrorCode::kNotFound, "no route " + req.path)).dump(),
          "application/json");
    }
  });
  // Whatever escapes a handler still answers in the API's error format.
  svr->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
        std::string what = "unexpected error";
        try {
          std::rethrow_exception(e);
        } catch (const std::exception& ex) {
          what = ex.what();
        } catch (...) {
        }
        res.status = 500;
        res.set_content(ErrorJson(core::Internal(what)).dump(), "application/json");
      });
  std::mutex log_mu;
  svr->set_logger([&log_mu](const httplib::Request& req, const httplib::Response& res) {
    const nlohmann::json line = {{"at", Now()},
                                 {"remote", req.remote_addr},
                                 {"method", req.method},
                                 {"path", req.path},
                                 {"status", res.status},
                                 {"bytes", res.body.size()},
                                 {"user", current_user.empty() ? "-" : current_user}};
    current_user.clear();
    std::lock_guard lock(log_mu);
    std::cerr << line.dump() << "\n";
  });

  int port = options.port;
  if (port == 0) {
    port = svr->bind_to_any_port(options.host.c_str());
  } else if (!svr->bind_to_port(options.host.c_str(), port)) {
    port = -1;
  }
  if (port < 0) {
    return core::Unavailable("cannot listen on " + options.host + ":" +
                             std::to_string(options.port));
  }

  // SIGTERM and SIGINT stop the server from a thread of their own; the thread
  // pool then finishes the requests in flight before listen returns.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::atomic<bool> done{false};
  std::thread watcher([&] {
    timespec wait{0, 200'000'000};
    while (!done) {
      const int sig = sigtimedwait(&signals, nullptr, &wait);
      if (sig == SIGTERM || sig == SIGINT) {
        std::cerr << "lantian serve: signal " << sig << ", finishing requests in flight\n";
        svr->stop();
        return;
      }
    }
  });
  std::cerr << "lantian serve: listening on " << (options.tls_cert ? "https" : "http") << "://"
            << options.host << ":" << port << " (store " << options.db << ")" << std::endl;
  const bool ok = svr->listen_after_bind();
  done = true;
  watcher.join();
  pool.reset();  // closes every store connection
  std::cerr << "lantian serve: stopped" << std::endl;
  return ok ? core::Status::Ok() : core::Unavailable("the server stopped on an error");
}

}  // namespace lantian::server
