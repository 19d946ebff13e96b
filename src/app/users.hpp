// User administration: adding users with a role and scope, changing passwords,
// disabling. Passwords are hashed with argon2id and must have at least 10
// characters. Every change is audited with the user record before and after
// (never the hash); a new password or a disabled account ends its sessions.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "core/civil_time.hpp"
#include "storage/store.hpp"

namespace lantian::app {

inline constexpr size_t kMinPasswordLength = 10;

struct NewUser {
  std::string username;
  std::string display_name;
  auth::Role role = auth::Role::kCity;
  std::string scope;
  std::string password;
};

core::Result<storage::User> AddUser(storage::Store& store, const NewUser& user, const Actor& actor,
                                    core::Instant now);
core::Status SetPassword(storage::Store& store, const std::string& username,
                         const std::string& password, const Actor& actor, core::Instant now);
core::Status SetDisabled(storage::Store& store, const std::string& username, bool disabled,
                         const Actor& actor, core::Instant now);

// The user record as the audit trail and the API show it (no password hash).
std::string UserJson(const storage::User& user);

}  // namespace lantian::app
