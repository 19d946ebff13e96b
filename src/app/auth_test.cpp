// Users, sessions, login throttling and the audit trail through the app facade,
// on a real SQLite file; tampering is done on the database file directly.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "app/app.hpp"

namespace lantian::app {
namespace {

namespace fs = std::filesystem;

class AuthTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("lantian_auth_test_" + std::to_string(::getpid()) + "_" +
              testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    fs::remove(path_);
    auto app = App::Open(path_, App::OpenMode::kCreate);
    ASSERT_TRUE(app.has_value());
    app_.emplace(std::move(*app));
    app_->set_clock([this] { return now_; });
    ASSERT_TRUE(app_->Init(std::nullopt, Actor::Cli("lantian init")).has_value());
  }
  void TearDown() override {
    app_.reset();
    fs::remove(path_);
    fs::remove(path_ + "-wal");
    fs::remove(path_ + "-shm");
  }
  // Runs SQL on the database file behind lantian's back.
  void Tamper(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  std::string path_;
  core::Instant now_ = *core::ParseInstant("2020-12-01 08:00:00");
  std::optional<App> app_;
};

TEST_F(AuthTest, UsersNeedValidRolesScopesAndPasswords) {
  const Actor op = Actor::Cli("lantian user add");
  EXPECT_EQ(app_->AddUser({"zhang", "", auth::Role::kCity, "999999", "long enough password"}, op)
                .error()
                .field(),
            "scope");
  EXPECT_EQ(app_->AddUser({"zhang", "", auth::Role::kCity, "130100", "short"}, op).error().field(),
            "password");
  EXPECT_EQ(app_->AddUser({"bad name", "", auth::Role::kNational, "", "long enough password"}, op)
                .error()
                .field(),
            "username");
  auto u =
      app_->AddUser({"zhang", "张三", auth::Role::kCity, "130100", "long enough password"}, op);
  ASSERT_TRUE(u.has_value()) << u.status().ToString();
  EXPECT_EQ(app_->AddUser({"zhang", "", auth::Role::kCity, "130100", "long enough password"}, op)
                .error()
                .code(),
            core::ErrorCode::kConflict);
  auto users = app_->Users();
  ASSERT_EQ(users->size(), 1u);
  EXPECT_EQ(users->at(0).password_hash.rfind("$argon2id$", 0), 0u);
}

TEST_F(AuthTest, LoginSessionsLogoutAndExpiry) {
  const Actor op = Actor::Cli("lantian user add");
  ASSERT_TRUE(
      app_->AddUser({"zhang", "", auth::Role::kCity, "130100", "long enough password"}, op));
  SessionPolicy policy;
  auto bad =
      app_->Login({"zhang", "wrong password!", "10.0.0.1", false}, policy, "POST /api/auth/login");
  EXPECT_EQ(bad.error().code(), core::ErrorCode::kUnauthorized);
  EXPECT_EQ(
      app_->Login({"nobody", "whatever pw", "10.0.0.1", false}, policy, "login").error().message(),
      bad.error().message());  // no hint whether the user exists
  auto login = app_->Login({"zhang", "long enough password", "10.0.0.1", false}, policy, "login");
  ASSERT_TRUE(login.has_value()) << login.status().ToString();
  EXPECT_EQ(login->session.kind, "cookie");
  EXPECT_FALSE(login->session.csrf_token.empty());
  EXPECT_EQ(login->session.expires_at, "2020-12-01 16:00:00");
  auto who = app_->Authenticate(login->token);
  ASSERT_TRUE(who.has_value());
  EXPECT_EQ(who->principal.role, auth::Role::kCity);
  EXPECT_EQ(who->principal.scope, "130100");
  EXPECT_FALSE(app_->Authenticate("forged").has_value());
  EXPECT_FALSE(
      app_->Authenticate(login->session.token_hash).has_value());  // the stored hash opens nothing

  auto bearer = app_->Login({"zhang", "long enough password", "10.0.0.2", true}, policy, "login");
  EXPECT_EQ(bearer->session.kind, "bearer");
  EXPECT_TRUE(bearer->session.csrf_token.empty());

  now_ = now_ + 8 * 3600;  // the cookie session ends after a working day
  EXPECT_FALSE(app_->Authenticate(login->token).has_value());
  EXPECT_TRUE(app_->Authenticate(bearer->token).has_value());
  ASSERT_TRUE(
      app_->Logout(bearer->token, Actor::Of(who->principal, "POST /api/auth/logout", "")).ok());
  EXPECT_FALSE(app_->Authenticate(bearer->token).has_value());

  auto again = app_->Login({"zhang", "long enough password", "10.0.0.1", true}, policy, "login");
  ASSERT_TRUE(app_->SetDisabled("zhang", true, op).ok());
  EXPECT_FALSE(app_->Authenticate(again->token).has_value());
  EXPECT_EQ(app_->Login({"zhang", "long enough password", "10.0.0.1", false}, policy, "login")
                .error()
                .code(),
            core::ErrorCode::kUnauthorized);
  ASSERT_TRUE(app_->SetDisabled("zhang", false, op).ok());
  ASSERT_TRUE(app_->SetPassword("zhang", "another long password", op).ok());
  EXPECT_FALSE(app_->Login({"zhang", "long enough password", "10.0.0.1", false}, policy, "login")
                   .has_value());
  EXPECT_TRUE(app_->Login({"zhang", "another long password", "10.0.0.1", false}, policy, "login")
                  .has_value());
}

TEST_F(AuthTest, FailedLoginsAreThrottled) {
  ASSERT_TRUE(app_->AddUser({"zhang", "", auth::Role::kCity, "130100", "long enough password"},
                            Actor::Cli("add")));
  SessionPolicy policy;
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(app_->Login({"zhang", "wrong", "10.0.0.1", false}, policy, "login").error().code(),
              core::ErrorCode::kUnauthorized);
  }
  // Even the right password is refused while the window lasts.
  auto refused = app_->Login({"zhang", "long enough password", "10.0.0.9", false}, policy, "login");
  EXPECT_EQ(refused.error().code(), core::ErrorCode::kTooManyRequests);
  now_ = now_ + policy.failure_window_seconds + 1;
  EXPECT_TRUE(app_->Login({"zhang", "long enough password", "10.0.0.9", false}, policy, "login")
                  .has_value());
  // Per address: many names from one address.
  for (int i = 0; i < 20; ++i)
    (void)app_->Login({"n" + std::to_string(i), "x", "10.6.6.6", false}, policy, "login");
  EXPECT_EQ(app_->Login({"zhang", "long enough password", "10.6.6.6", false}, policy, "login")
                .error()
                .code(),
            core::ErrorCode::kTooManyRequests);
}

TEST_F(AuthTest, EveryWriteIsAuditedAndDirectEditsAreCaught) {
  const Actor op = Actor::Cli("lantian user add zhang");
  ASSERT_TRUE(
      app_->AddUser({"zhang", "", auth::Role::kCity, "130100", "long enough password"}, op));
  ASSERT_TRUE(app_->SetPassword("zhang", "another long password", op).ok());
  (void)app_->Login({"zhang", "wrong", "10.0.0.1", false}, {}, "POST /api/auth/login");
  auto entries = app_->Audit({});
  ASSERT_EQ(entries->size(), 4u);  // init, user add, passwd, failed login
  EXPECT_EQ(entries->at(0).object_type, "reference-data");
  EXPECT_EQ(entries->at(1).object_type, "user");
  EXPECT_EQ(entries->at(1).actor.rfind("cli:", 0), 0u);
  EXPECT_EQ(entries->at(1).action, "lantian user add zhang");
  EXPECT_TRUE(entries->at(1).before.empty());
  EXPECT_NE(entries->at(1).after.find("\"scope\":\"130100\""), std::string::npos);
  EXPECT_EQ(entries->at(1).after.find("argon2"), std::string::npos);  // never the hash
  EXPECT_FALSE(entries->at(2).before.empty());
  EXPECT_EQ(entries->at(3).action, "POST /api/auth/login (failed)");

  auto ok = app_->VerifyAudit(std::nullopt);
  ASSERT_TRUE(ok.has_value());
  EXPECT_FALSE(ok->broken.has_value());
  EXPECT_EQ(ok->entries, 4);
  const std::string head = ok->head;

  app_.reset();  // close lantian's connection; edit the file like an intruder would
  Tamper("UPDATE audit_log SET actor = 'somebody else' WHERE id = 2");
  app_.emplace(std::move(*App::Open(path_, App::OpenMode::kExisting)));
  auto edited = app_->VerifyAudit(std::nullopt);
  ASSERT_TRUE(edited->broken.has_value());
  EXPECT_EQ(edited->broken->id, 2);
  EXPECT_NE(edited->broken->reason.find("edited"), std::string::npos);
  EXPECT_EQ(edited->entries, 1);

  app_.reset();
  Tamper("UPDATE audit_log SET actor = (SELECT actor FROM audit_log WHERE id = 3) WHERE id = 2");
  Tamper("DELETE FROM audit_log WHERE id = 2");
  app_.emplace(std::move(*App::Open(path_, App::OpenMode::kExisting)));
  auto deleted = app_->VerifyAudit(std::nullopt);
  ASSERT_TRUE(deleted->broken.has_value());
  EXPECT_EQ(deleted->broken->id, 3);
  EXPECT_NE(deleted->broken->reason.find("missing"), std::string::npos);
}

TEST_F(AuthTest, ReorderedAndTruncatedTrailsAreCaught) {
  const Actor op = Actor::Cli("lantian user add");
  for (const char* name : {"a1", "b2", "c3"}) {
    ASSERT_TRUE(app_->AddUser({name, "", auth::Role::kNational, "", "long enough password"}, op));
  }
  const std::string anchor = app_->VerifyAudit(std::nullopt)->head;
  app_.reset();
  // Swap the contents of entries 2 and 3 (ids kept): the links no longer hold.
  Tamper(
      "UPDATE audit_log SET id = -1 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3; "
      "UPDATE audit_log SET id = 3 WHERE id = -1");
  app_.emplace(std::move(*App::Open(path_, App::OpenMode::kExisting)));
  EXPECT_EQ(app_->VerifyAudit(std::nullopt)->broken->id, 2);
  app_.reset();
  Tamper(
      "UPDATE audit_log SET id = -1 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3; "
      "UPDATE audit_log SET id = 3 WHERE id = -1; DELETE FROM audit_log WHERE id = 4");
  app_.emplace(std::move(*App::Open(path_, App::OpenMode::kExisting)));
  auto cut = app_->VerifyAudit(anchor);
  EXPECT_FALSE(cut->broken.has_value());  // a clean cut at the end keeps the links …
  EXPECT_FALSE(cut->anchor_found);        // … but the anchored head is gone
  EXPECT_TRUE(app_->VerifyAudit(app_->VerifyAudit(std::nullopt)->head)->anchor_found);
}

}  // namespace
}  // namespace lantian::app
