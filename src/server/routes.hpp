// The API's routes as one table: each route's method, path, summary, who may
// call it, its parameters and its handler. The server registers the table and
// the OpenAPI document is generated from it, so the document cannot drift from
// what is served.
#pragma once

#include <httplib.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/sessions.hpp"
#include "server/app_pool.hpp"
#include "server/server.hpp"

namespace lantian::server {

// One request and its response, with the helpers every handler needs.
class Exchange {
 public:
  Exchange(const httplib::Request& req, httplib::Response& res, AppPool& pool,
           const ServerOptions& options, const app::SessionPolicy& policy);

  const httplib::Request& req;
  httplib::Response& res;
  const ServerOptions& options;
  const app::SessionPolicy& policy;

  app::App& app();
  // Path parameters in order ("{code}" …).
  std::string PathParam(size_t i) const;
  std::optional<std::string> Query(const std::string& name) const;
  // Who asks: the user of the bearer token or session cookie; the public when
  // there is none or it is not valid (any more).
  const auth::Principal& principal();
  // Refuses a cookie-authenticated write without the session's CSRF token.
  core::Status CheckCsrf();
  app::Actor actor();
  // Whether the request came over TLS (directly, or through a trusted proxy).
  bool tls() const;
  std::string client_address() const;

  void Json(int status, const nlohmann::json& body);
  void Error(const core::Status& status, const nlohmann::json& extra = nullptr);

 private:
  void Resolve();
  AppPool& pool_;
  std::optional<AppPool::Lease> lease_;
  bool resolved_ = false;
  auth::Principal principal_;
  std::optional<storage::Session> session_;
  bool via_cookie_ = false;
};

struct Param {
  std::string name;
  std::string in;  // "path" or "query"
  std::string description;
  bool required = false;
};

struct Route {
  std::string method;  // "GET", "POST"
  std::string path;    // OpenAPI form: /api/cities/{code}/daily
  std::string summary;
  std::string access;  // who may call it, for the document
  std::vector<Param> params;
  std::function<void(Exchange&)> handle;
};

std::vector<Route> ApiRoutes();
nlohmann::json OpenApiDocument(const std::vector<Route>& routes);
// httplib's pattern of an OpenAPI path: "{code}" becomes a capture group.
std::string PathPattern(const std::string& path);

}  // namespace lantian::server
