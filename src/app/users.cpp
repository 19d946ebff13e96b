#include "app/users.hpp"

#include <functional>
#include <nlohmann/json.hpp>

#include "crypto/crypto.hpp"

namespace lantian::app {
namespace {

core::Status CheckPassword(const std::string& password) {
  if (password.size() < kMinPasswordLength) {
    return core::InvalidInput(
        "a password needs at least " + std::to_string(kMinPasswordLength) + " characters",
        "password");
  }
  return core::Status::Ok();
}

core::Status CheckUsername(const std::string& name) {
  if (name.empty() || name.size() > 64 ||
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") !=
          std::string::npos) {
    return core::InvalidInput("a username is 1-64 letters, digits, '.', '_' or '-'", "username");
  }
  return core::Status::Ok();
}

core::Result<storage::User> Existing(storage::Store& store, const std::string& username) {
  LANTIAN_ASSIGN_OR_RETURN(auto user, store.FindUser(username));
  if (!user) return core::NotFound("no user " + username, "username");
  return *user;
}

audit::Entry UserEntry(const Actor& actor, core::Instant now, const std::string& username) {
  return audit::Entry{
      0, core::FormatInstant(now), actor.name, actor.action, "user", username, "", "", "", ""};
}

}  // namespace

std::string UserJson(const storage::User& u) {
  return nlohmann::json{{"username", u.username},         {"display_name", u.display_name},
                        {"role", auth::RoleName(u.role)}, {"scope", u.scope},
                        {"disabled", u.disabled},         {"updated_at", u.updated_at}}
      .dump();
}

core::Result<storage::User> AddUser(storage::Store& store, const NewUser& n, const Actor& actor,
                                    core::Instant now) {
  LANTIAN_RETURN_IF_ERROR(CheckUsername(n.username));
  LANTIAN_RETURN_IF_ERROR(CheckPassword(n.password));
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_RETURN_IF_ERROR(auth::ValidateScope(n.role, n.scope, units));
  if (n.role == auth::Role::kPublic) return core::InvalidInput("the public has no account", "role");
  LANTIAN_ASSIGN_OR_RETURN(std::string hash, crypto::HashPassword(n.password));
  storage::User u{0,
                  n.username,
                  n.display_name.empty() ? n.username : n.display_name,
                  n.role,
                  n.scope,
                  hash,
                  false,
                  core::FormatInstant(now),
                  core::FormatInstant(now)};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(u.id, store.InsertUser(u));
    audit::Entry e = UserEntry(actor, now, u.username);
    e.after = UserJson(u);
    return storage::AppendAudit(store, e);
  }));
  return u;
}

namespace {

// Changes a stored user in one transaction, audited with the record before and
// after; `end_sessions` logs the user out everywhere.
core::Status ChangeUser(storage::Store& store, const std::string& username, const Actor& actor,
                        core::Instant now, bool end_sessions,
                        const std::function<void(storage::User&)>& change) {
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(storage::User u, Existing(store, username));
    audit::Entry e = UserEntry(actor, now, username);
    e.before = UserJson(u);
    change(u);
    u.updated_at = core::FormatInstant(now);
    LANTIAN_RETURN_IF_ERROR(store.UpdateUser(u));
    if (end_sessions) LANTIAN_RETURN_IF_ERROR(store.DeleteSessionsOfUser(u.id));
    e.after = UserJson(u);  // a new password shows as a new updated_at
    return storage::AppendAudit(store, e);
  });
}

}  // namespace

core::Status SetPassword(storage::Store& store, const std::string& username,
                         const std::string& password, const Actor& actor, core::Instant now) {
  LANTIAN_RETURN_IF_ERROR(CheckPassword(password));
  LANTIAN_ASSIGN_OR_RETURN(std::string hash, crypto::HashPassword(password));
  return ChangeUser(store, username, actor, now, true,
                    [&](storage::User& u) { u.password_hash = hash; });
}

core::Status SetDisabled(storage::Store& store, const std::string& username, bool disabled,
                         const Actor& actor, core::Instant now) {
  return ChangeUser(store, username, actor, now, disabled,
                    [&](storage::User& u) { u.disabled = disabled; });
}

}  // namespace lantian::app
