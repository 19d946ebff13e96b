// Logging in and out, and who a session token belongs to. Tokens are 256-bit
// random values; only their SHA-256 is stored. Cookie sessions carry a CSRF
// token the client must echo on writes; bearer sessions (API clients) do not.
// Failed logins are counted per username and per client address in the store
// (shared by every server process): past the limit, logins are refused with
// TooManyRequests until the window has passed. Logins, failures and logouts are
// audited.
#pragma once

#include <string>

#include "app/actor.hpp"
#include "core/civil_time.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct SessionPolicy {
  int64_t cookie_seconds = 8 * 3600;     // a working day
  int64_t bearer_seconds = 30 * 86400;   // API clients
  int64_t max_user_failures = 5;         // per username …
  int64_t max_address_failures = 20;     // … and per client address …
  int64_t failure_window_seconds = 900;  // … within 15 minutes
};

struct LoginRequest {
  std::string username;
  std::string password;
  std::string address;  // client address
  bool bearer = false;  // a bearer token for an API client instead of a cookie session
};

struct LoginResult {
  std::string token;  // give to the client; never stored
  storage::Session session;
  storage::User user;
};

core::Result<LoginResult> Login(storage::Store& store, const LoginRequest& request,
                                const SessionPolicy& policy, const std::string& action,
                                core::Instant now);

struct Authenticated {
  auth::Principal principal;
  storage::Session session;
};

// The principal behind `token`: Unauthorized when the token is unknown, expired,
// or its user is disabled.
core::Result<Authenticated> Authenticate(storage::Store& store, std::string_view token,
                                         core::Instant now);

core::Status Logout(storage::Store& store, std::string_view token, const Actor& actor,
                    core::Instant now);

}  // namespace lantian::app
