// App: the facade of lantian. It joins the domain rules, the store and the
// importers; the CLI and the server call only this (and the pure calculators
// declared beside it). Every write takes the Actor making it and is audited in
// the same transaction; reads of air quality take the Principal asking and
// answer only within its scope. One App per thread: it owns one store
// connection.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/audit_trail.hpp"
#include "app/compare.hpp"
#include "app/daily_tables.hpp"
#include "app/demo_data.hpp"
#include "app/import.hpp"
#include "app/reference_data.hpp"
#include "app/season_report.hpp"
#include "app/sessions.hpp"
#include "app/users.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Current time in Beijing.
core::Instant BeijingNow();

struct InitSummary {
  size_t units = 0;
  size_t targets = 0;
  size_t key_tasks = 0;
  size_t stations = 0;
  int schema_version = 0;
  size_t tier_rule_rows = 0;  // 0 when the store kept its own tier rule
};

class App {
 public:
  enum class OpenMode { kExisting, kCreate };

  // Opens the store at `db` and applies pending migrations. kExisting fails with
  // NotFound when there is no initialised store there.
  static core::Result<App> Open(const std::string& db, OpenMode mode);

  // Loads the reference data (built in, or from `data_dir`): units, targets and
  // key tasks are replaced, stations inserted or updated.
  core::Result<InitSummary> Init(const std::optional<std::string>& data_dir, const Actor& actor);

  ImportResult ImportCnemc(const std::vector<std::string>& files, ImportOptions options,
                           core::Progress& progress);
  ImportResult ImportLong(const std::vector<std::string>& files, ImportOptions options,
                          core::Progress& progress);
  ImportResult ImportStations(const std::vector<std::string>& files, const Actor& actor);

  core::Result<DailyTable> Daily(const DailyQuery& query);
  core::Result<Comparison> Compare(core::Period period, const std::optional<std::string>& station);
  core::Result<DemoSummary> Demo(const demo::SeasonOptions& options, const Actor& actor,
                                 core::Progress& progress);
  core::Result<SeasonReport> Season(const std::string& period_name);

  // Users, sessions and the audit trail.
  core::Result<storage::User> AddUser(const NewUser& user, const Actor& actor);
  core::Status SetPassword(const std::string& username, const std::string& password,
                           const Actor& actor);
  core::Status SetDisabled(const std::string& username, bool disabled, const Actor& actor);
  core::Result<std::vector<storage::User>> Users();
  core::Result<LoginResult> Login(const LoginRequest& request, const SessionPolicy& policy,
                                  const std::string& action);
  core::Result<Authenticated> Authenticate(std::string_view token);
  core::Status Logout(std::string_view token, const Actor& actor);
  core::Result<AuditVerification> VerifyAudit(const std::optional<std::string>& anchor);
  core::Result<std::vector<audit::Entry>> Audit(const storage::AuditFilter& filter);

  storage::Store& store() { return *store_; }
  core::Instant Now() const { return clock_(); }
  // Replaces the clock (tests).
  void set_clock(std::function<core::Instant()> clock) { clock_ = std::move(clock); }

 private:
  explicit App(std::unique_ptr<storage::Store> store) : store_(std::move(store)) {}
  std::unique_ptr<storage::Store> store_;
  std::function<core::Instant()> clock_ = BeijingNow;
};

}  // namespace lantian::app
