// lantian serve --db FILE [--listen HOST:PORT] [--web-root DIR] [--tls-cert F --tls-key F]
#include <filesystem>
#include <iostream>

#include "cli/command.hpp"
#include "server/server.hpp"

#ifndef LANTIAN_DEFAULT_WEB_ROOT
#define LANTIAN_DEFAULT_WEB_ROOT ""
#endif

namespace lantian::cli {

void AddServe(CLI::App& root, Action& action) {
  struct Options {
    server::ServerOptions server;
    std::string listen = "127.0.0.1:8080";
    std::optional<std::string> web_root;
    bool no_web = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = root.add_subcommand(
      "serve",
      "Serve the JSON API and the web dashboard (HTTP/1.1); SIGTERM or SIGINT stops it "
      "after the requests in flight");
  sub->add_option("--db", o->server.db, "Store made by lantian init")->required();
  sub->add_option("--listen", o->listen, "HOST:PORT (port 0: any free port)");
  sub->add_option("--web-root", o->web_root,
                  "Built dashboard (default: web/dist of this checkout)");
  sub->add_flag("--no-web", o->no_web, "Serve the API only");
  sub->add_option("--tls-cert", o->server.tls_cert, "PEM certificate: serve HTTPS");
  sub->add_option("--tls-key", o->server.tls_key, "PEM private key");
  sub->add_flag("--trust-forwarded-proto", o->server.trust_forwarded_proto,
                "Behind a TLS proxy: treat X-Forwarded-Proto: https as TLS (Secure cookies)");
  sub->add_option("--threads", o->server.threads, "Worker threads (one store connection each)");
  sub->add_option("--max-body-mb", o->server.max_body_bytes, "Largest request body, MiB")
      ->transform([](std::string v) { return std::to_string(std::stoll(v) << 20); });
  sub->callback([o, &action] {
    action = [o]() -> int {
      const size_t colon = o->listen.rfind(':');
      if (colon == std::string::npos)
        return Fail(core::InvalidInput("expected HOST:PORT", "--listen"));
      o->server.host = o->listen.substr(0, colon);
      try {
        o->server.port = std::stoi(o->listen.substr(colon + 1));
      } catch (...) {
        return Fail(core::InvalidInput("expected HOST:PORT", "--listen"));
      }
      if (!o->no_web) {
        if (o->web_root) {
          o->server.web_root = o->web_root;
        } else if (std::filesystem::is_directory(LANTIAN_DEFAULT_WEB_ROOT)) {
          o->server.web_root = LANTIAN_DEFAULT_WEB_ROOT;
        }
      }
      core::Status s = server::Serve(o->server);
      return s.ok() ? 0 : Fail(s);
    };
  });
}

}  // namespace lantian::cli
