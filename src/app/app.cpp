#include "app/app.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/task_ledger_changes.hpp"

namespace lantian::app {

core::Instant BeijingNow() {
  using namespace std::chrono;
  const auto since_epoch = duration_cast<seconds>(system_clock::now().time_since_epoch());
  return core::Instant{since_epoch.count() + 8 * 3600};
}

core::Result<App> App::Open(const std::string& db, OpenMode mode) {
  const bool is_file = db.find("://") == std::string::npos;
  if (mode == OpenMode::kExisting && is_file && !std::filesystem::exists(db)) {
    return core::NotFound(
        "no lantian store at " + db + "; create one with: lantian init --db " + db, "--db");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto store, storage::OpenStore(db));
  if (mode == OpenMode::kExisting) {
    LANTIAN_ASSIGN_OR_RETURN(int version, store->SchemaVersion());
    if (version == 0) {
      return core::NotFound(
          db + " is not an initialised lantian store; run lantian init --db " + db, "--db");
    }
  }
  LANTIAN_RETURN_IF_ERROR(store->Migrate());
  return App(std::move(store));
}

core::Result<InitSummary> App::Init(const std::optional<std::string>& data_dir,
                                    const Actor& actor) {
  if (actor.principal.role != auth::Role::kNational) {
    return core::Status(core::ErrorCode::kForbidden, "only the operator loads reference data");
  }
  LANTIAN_ASSIGN_OR_RETURN(ReferenceData data,
                           data_dir ? ReferenceDataFrom(*data_dir) : EmbeddedReferenceData());
  bool tier_rule_loaded = false;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(*store_, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceUnits(data.units));
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceRegionalTargets(data.targets));
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceKeyTasks(data.key_tasks));
    // The plan's own breakdowns, for tasks without a ledger yet.
    LANTIAN_RETURN_IF_ERROR(SeedPlanLedger(*store_, core::FormatInstant(Now())));
    LANTIAN_RETURN_IF_ERROR(store_->UpsertStations(data.stations));
    // The tier rule is configuration a bureau may have changed (lantian targets
    // rule): the shipped one is loaded only into a store without one.
    LANTIAN_ASSIGN_OR_RETURN(auto rule, store_->TierRule());
    tier_rule_loaded = rule.empty();
    if (tier_rule_loaded) {
      LANTIAN_RETURN_IF_ERROR(store_->ReplaceTierRule(data.tier_rule, data.stricter));
    }
    const std::string after = nlohmann::json{{"units", data.units.size()},
                                             {"tier_rule_loaded", tier_rule_loaded},
                                             {"regional_targets", data.targets.size()},
                                             {"key_tasks", data.key_tasks.size()},
                                             {"stations", data.stations.size()},
                                             {"source", data_dir ? *data_dir : "built in"}}
                                  .dump();
    return storage::AppendAudit(
        *store_, audit::Entry{0, core::FormatInstant(Now()), actor.name, actor.action,
                              "reference-data", "init", "", after, "", ""});
  }));
  InitSummary s{data.units.size(),
                data.targets.size(),
                data.key_tasks.size(),
                data.stations.size(),
                0,
                tier_rule_loaded ? data.tier_rule.size() : 0};
  LANTIAN_ASSIGN_OR_RETURN(s.schema_version, store_->SchemaVersion());
  return s;
}

ImportResult App::ImportCnemc(const std::vector<std::string>& files, ImportOptions options,
                              core::Progress& progress) {
  options.now = core::FormatInstant(Now());
  return ImportCnemcFiles(*store_, files, options, progress);
}

ImportResult App::ImportLong(const std::vector<std::string>& files, ImportOptions options,
                             core::Progress& progress) {
  options.now = core::FormatInstant(Now());
  return ImportLongFiles(*store_, files, options, progress);
}

ImportResult App::ImportStations(const std::vector<std::string>& files, const Actor& actor) {
  return ImportStationFiles(*store_, files, actor, core::FormatInstant(Now()));
}

core::Result<DailyTable> App::Daily(const DailyQuery& query) {
  return DailyFromStore(*store_, query);
}

core::Result<Comparison> App::Compare(core::Period period,
                                      const std::optional<std::string>& station) {
  return ComparePublished(*store_, period, station);
}

core::Result<DemoSummary> App::Demo(const demo::SeasonOptions& options, const Actor& actor,
                                    core::Progress& progress) {
  return WriteDemoData(*store_, options, actor, core::FormatInstant(Now()), progress);
}

core::Result<SeasonReport> App::Season(const std::string& period_name) {
  return BuildSeasonReport(*store_, period_name);
}

core::Result<storage::User> App::AddUser(const NewUser& user, const Actor& actor) {
  return app::AddUser(*store_, user, actor, Now());
}

core::Status App::SetPassword(const std::string& username, const std::string& password,
                              const Actor& actor) {
  return app::SetPassword(*store_, username, password, actor, Now());
}

core::Status App::SetDisabled(const std::string& username, bool disabled, const Actor& actor) {
  return app::SetDisabled(*store_, username, disabled, actor, Now());
}

core::Result<std::vector<storage::User>> App::Users() { return store_->Users(); }

core::Result<LoginResult> App::Login(const LoginRequest& request, const SessionPolicy& policy,
                                     const std::string& action) {
  return app::Login(*store_, request, policy, action, Now());
}

core::Result<Authenticated> App::Authenticate(std::string_view token) {
  return app::Authenticate(*store_, token, Now());
}

core::Status App::Logout(std::string_view token, const Actor& actor) {
  return app::Logout(*store_, token, actor, Now());
}

core::Result<AuditVerification> App::VerifyAudit(const std::optional<std::string>& anchor) {
  return VerifyAuditTrail(*store_, anchor);
}

core::Result<std::vector<audit::Entry>> App::Audit(const storage::AuditFilter& filter) {
  return ListAudit(*store_, filter);
}

}  // namespace lantian::app
