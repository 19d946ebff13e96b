// lantian serve: the HTTP/1.1 JSON API and the web dashboard from one process.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/status.hpp"

namespace lantian::server {

struct ServerOptions {
  std::string db;  // SQLite file or postgresql:// URL
  std::string host = "127.0.0.1";
  int port = 8080;
  std::optional<std::string> web_root;  // built dashboard (web/dist); none: API only
  std::optional<std::string> tls_cert;  // PEM files: serve HTTPS
  std::optional<std::string> tls_key;
  int threads = 16;
  int64_t max_body_bytes = 256LL << 20;
  int read_timeout_seconds = 30;
  int write_timeout_seconds = 60;
  bool trust_forwarded_proto = false;  // behind a TLS proxy: X-Forwarded-Proto: https marks TLS
};

// Serves until SIGTERM or SIGINT, then lets in-flight requests finish and closes
// the store. Prints "listening on http://HOST:PORT" on stderr once ready.
core::Status Serve(const ServerOptions& options);

}  // namespace lantian::server
