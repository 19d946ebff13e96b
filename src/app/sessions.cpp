#include "app/sessions.hpp"

#include <nlohmann/json.hpp>

#include "crypto/crypto.hpp"

namespace lantian::app {
namespace {

// A hash to verify against when the user does not exist, so that the answer
// takes as long as for a wrong password.
const std::string& DummyHash() {
  static const std::string hash = *crypto::HashPassword("lantian-no-such-user-password");
  return hash;
}

audit::Entry SessionEntry(const std::string& actor, const std::string& action, core::Instant now,
                          const std::string& username, const nlohmann::json& after) {
  return audit::Entry{
      0, core::FormatInstant(now), actor, action, "session", username, "", after.dump(), "", ""};
}

}  // namespace

core::Result<LoginResult> Login(storage::Store& store, const LoginRequest& r,
                                const SessionPolicy& policy, const std::string& action,
                                core::Instant now) {
  const std::string since = core::FormatInstant(now - policy.failure_window_seconds);
  const std::string user_key = "user:" + r.username, address_key = "ip:" + r.address;
  LANTIAN_ASSIGN_OR_RETURN(int64_t user_failures, store.CountLoginFailures(user_key, since));
  LANTIAN_ASSIGN_OR_RETURN(int64_t address_failures, store.CountLoginFailures(address_key, since));
  if (user_failures >= policy.max_user_failures ||
      address_failures >= policy.max_address_failures) {
    return core::Status(core::ErrorCode::kTooManyRequests,
                        "too many failed logins; try again in " +
                            std::to_string(policy.failure_window_seconds / 60) + " minutes",
                        "username");
  }
  LANTIAN_ASSIGN_OR_RETURN(std::optional<storage::User> user, store.FindUser(r.username));
  const bool password_ok =
      crypto::VerifyPassword(user ? user->password_hash : DummyHash(), r.password);
  const std::string actor = "login:" + r.username + (r.address.empty() ? "" : " from " + r.address);
  if (!user || !password_ok || user->disabled) {
    LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
      LANTIAN_RETURN_IF_ERROR(store.RecordLoginFailure(user_key, core::FormatInstant(now)));
      LANTIAN_RETURN_IF_ERROR(store.RecordLoginFailure(address_key, core::FormatInstant(now)));
      return storage::AppendAudit(
          store, SessionEntry(actor, action + " (failed)", now, r.username,
                              {{"result", user && password_ok ? "account disabled" : "rejected"},
                               {"address", r.address}}));
    }));
    return core::Status(core::ErrorCode::kUnauthorized, "unknown user or wrong password",
                        "username");
  }
  LoginResult out;
  out.token = crypto::RandomToken();
  out.user = *user;
  out.session = storage::Session{
      crypto::Sha256Hex(out.token),
      user->id,
      r.bearer ? "bearer" : "cookie",
      r.bearer ? "" : crypto::RandomToken(),
      core::FormatInstant(now),
      core::FormatInstant(now + (r.bearer ? policy.bearer_seconds : policy.cookie_seconds))};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.Expire(core::FormatInstant(now), since));
    LANTIAN_RETURN_IF_ERROR(store.ClearLoginFailures(user_key));
    LANTIAN_RETURN_IF_ERROR(store.InsertSession(out.session));
    return storage::AppendAudit(store, SessionEntry(actor, action, now, r.username,
                                                    {{"kind", out.session.kind},
                                                     {"expires_at", out.session.expires_at},
                                                     {"address", r.address}}));
  }));
  return out;
}

core::Result<Authenticated> Authenticate(storage::Store& store, std::string_view token,
                                         core::Instant now) {
  const core::Status denied(core::ErrorCode::kUnauthorized,
                            "not logged in, or the session expired");
  if (token.empty()) return denied;
  LANTIAN_ASSIGN_OR_RETURN(std::optional<storage::Session> session,
                           store.FindSession(crypto::Sha256Hex(token)));
  if (!session || session->expires_at <= core::FormatInstant(now)) return denied;
  LANTIAN_ASSIGN_OR_RETURN(std::optional<storage::User> user, store.UserById(session->user_id));
  if (!user || user->disabled) return denied;
  return Authenticated{auth::Principal{user->id, user->username, user->role, user->scope},
                       *session};
}

core::Status Logout(storage::Store& store, std::string_view token, const Actor& actor,
                    core::Instant now) {
  const std::string hash = crypto::Sha256Hex(token);
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(std::optional<storage::Session> session, store.FindSession(hash));
    if (!session) return core::Status::Ok();
    LANTIAN_RETURN_IF_ERROR(store.DeleteSession(hash));
    return storage::AppendAudit(
        store, SessionEntry(actor.name, actor.action, now, actor.principal.username,
                            {{"kind", session->kind}, {"ended", true}}));
  });
}

}  // namespace lantian::app
