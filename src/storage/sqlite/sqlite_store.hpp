// The SQLite backend of Store: one database file in WAL mode (readers do not
// block the writer), the embedded default of lantian.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "storage/sqlite/sqlite_db.hpp"
#include "storage/store.hpp"

namespace lantian::storage::sqlite {

class SqliteStore final : public Store {
 public:
  static core::Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

  core::Status Migrate() override;
  core::Result<int> SchemaVersion() override;
  core::Status Begin() override;
  core::Status Commit() override;
  core::Status Rollback() override;
  core::Status RequireDurableCommits() override;

  core::Status ReplaceUnits(std::span<const campaign::Unit> units) override;
  core::Result<std::vector<campaign::Unit>> Units() override;
  core::Status ReplaceRegionalTargets(std::span<const campaign::RegionalTarget> t) override;
  core::Result<std::vector<campaign::RegionalTarget>> RegionalTargets() override;
  core::Status ReplaceKeyTasks(std::span<const ledger::KeyTask> tasks) override;
  core::Result<std::vector<ledger::KeyTask>> KeyTasks() override;
  core::Status UpsertStations(std::span<const aq::Station> stations) override;
  core::Result<std::vector<aq::Station>> Stations() override;

  core::Result<int64_t> AddSource(const Source& source) override;
  core::Result<std::vector<Source>> Sources() override;
  core::Status RecordImport(const ImportRecord& record) override;
  core::Result<std::vector<ImportRecord>> Imports() override;

  core::Result<std::optional<aq::SiteDay>> ReadSiteDay(SiteLevel level, std::string_view id,
                                                       core::Date date) override;
  core::Status WriteSiteDay(SiteLevel level, std::string_view id, const aq::SiteDay& day,
                            int64_t source_id) override;
  core::Status ScanSiteDays(SiteLevel level, std::span<const std::string> ids, core::Period period,
                            const SiteDayVisitor& visit, bool measured_only) override;
  core::Result<std::optional<core::Date>> LatestStationDay() override;
  core::Result<bool> HasSyntheticData(SiteLevel level, core::Period period) override;

  core::Status MarkDustDay(const DustDay& day) override;
  core::Result<std::vector<DustDay>> DustDays(core::Period period) override;
  core::Result<bool> UnmarkDustDay(std::string_view city_code, core::Date date) override;
  core::Status ReplaceCityTargets(std::string_view phase,
                                  std::span<const campaign::CityTarget> targets,
                                  int64_t source_id) override;
  core::Result<std::vector<campaign::CityTarget>> CityTargets() override;
  core::Status ReplaceTierRule(std::span<const campaign::Tier> tiers,
                               std::span<const campaign::StricterTarget> stricter) override;
  core::Result<std::vector<campaign::Tier>> TierRule() override;
  core::Result<std::vector<campaign::StricterTarget>> StricterTargets() override;
  core::Status UpsertDustfall(const campaign::DustfallReading& reading, int64_t source_id) override;
  core::Result<std::vector<campaign::DustfallReading>> Dustfall(core::Period period) override;
  core::Result<int64_t> AddFalsificationFinding(const FalsificationFinding& f) override;
  core::Result<std::vector<FalsificationFinding>> FalsificationFindings() override;
  core::Result<int64_t> AddForecastRun(const ForecastRun& run,
                                       std::span<const ForecastValue> values) override;
  core::Result<std::vector<ForecastRun>> ForecastRuns() override;
  core::Result<std::vector<ForecastValue>> ForecastValues(int64_t run_id) override;
  core::Result<int64_t> AddAlertStep(const AlertStepRecord& step) override;
  core::Result<std::vector<AlertStepRecord>> AlertSteps() override;
  core::Result<int64_t> AddRegionalPrompt(const RegionalPrompt& prompt) override;
  core::Status AddPromptCity(int64_t prompt_id, const PromptCity& city) override;
  core::Result<std::vector<RegionalPrompt>> RegionalPrompts() override;
  core::Result<int64_t> AddListVersion(const ListVersion& v) override;
  core::Result<std::vector<ListVersion>> ListVersions(std::string_view city_code) override;
  core::Status SetListStatus(int64_t version_id, std::string_view status) override;
  core::Result<int64_t> AddListStep(const ListStepRecord& step) override;
  core::Result<std::vector<ListStepRecord>> ListSteps(int64_t version_id) override;
  core::Result<int64_t> AddSheetConfirmation(const SheetConfirmation& c) override;
  core::Result<std::vector<SheetConfirmation>> SheetConfirmations(int64_t version_id) override;
  core::Status PutProvinceListTable(const ProvinceListTable& t) override;
  core::Result<std::vector<ProvinceListTable>> ProvinceListTables(
      std::string_view province) override;
  core::Status ReplaceInventory(std::string_view city_code,
                                std::span<const InventoryRow> rows) override;
  core::Result<std::vector<InventoryRow>> Inventory(std::string_view city_code) override;
  core::Status PutMonitoringDevice(const MonitoringDevice& device) override;
  core::Result<std::vector<MonitoringDevice>> MonitoringDevices() override;
  core::Status AddMonitoringBatch(const MonitoringBatch& batch) override;
  core::Result<std::vector<MonitoringValue>> MonitoringValues(
      const MonitoringQuery& query) override;
  core::Result<std::vector<MonitoringPacket>> MonitoringPackets(std::string_view mn,
                                                                int64_t after_id,
                                                                int64_t limit) override;
  core::Result<std::vector<MonitoringPacket>> MonitoringPacketsOf(std::string_view mn,
                                                                  std::string_view cn,
                                                                  std::string_view from,
                                                                  std::string_view to) override;
  core::Result<std::vector<DeviceActivity>> DeviceActivities() override;
  core::Result<std::vector<DeviceRejection>> DeviceRejections(int64_t limit) override;
  core::Status PutTaskUnits(std::span<const ledger::TaskUnit> units) override;
  core::Status DeleteTaskUnits(std::string_view task_id,
                               std::span<const std::string> units) override;
  core::Result<std::vector<ledger::TaskUnit>> TaskUnits(std::string_view task_id) override;
  core::Result<int64_t> AddTaskReport(const TaskReport& r) override;
  core::Result<std::vector<TaskReport>> TaskReports(std::string_view task_id) override;
  core::Result<int64_t> AddTaskEvent(const TaskEvent& e) override;
  core::Result<std::vector<TaskEvent>> TaskEvents(std::string_view task_id) override;
  core::Result<std::optional<int64_t>> AddProblem(const Problem& p) override;
  core::Status UpdateProblem(int64_t id, std::string_view status, std::string_view plan,
                             std::string_view deadline, std::string_view updated_at) override;
  core::Result<std::vector<Problem>> Problems(std::string_view city_code) override;
  core::Result<int64_t> AddProblemEvent(const ProblemEvent& e) override;
  core::Result<std::vector<ProblemEvent>> ProblemEvents(int64_t problem_id) override;
  core::Result<int64_t> AddWorkshop(const Workshop& w) override;
  core::Status UpdateWorkshop(int64_t id, std::string_view status, std::string_view deadline,
                              std::string_view updated_at) override;
  core::Result<std::vector<Workshop>> Workshops(std::string_view city_code) override;
  core::Result<int64_t> AddWorkshopEvent(const WorkshopEvent& e) override;
  core::Result<std::vector<WorkshopEvent>> WorkshopEvents(int64_t workshop_id) override;
  core::Status PutPowerAccounts(std::span<const PowerAccount> accounts) override;
  core::Result<std::vector<PowerAccount>> PowerAccounts(std::string_view city_code) override;
  core::Status PutNetworkSites(std::span<const NetworkSiteRow> sites) override;
  core::Result<std::vector<NetworkSiteRow>> NetworkSites(std::string_view city_code) override;
  core::Status PutSourceOutlets(std::span<const SourceOutletRow> outlets) override;
  core::Result<std::vector<SourceOutletRow>> SourceOutlets(std::string_view city_code) override;
  core::Status ReplaceBoundaries(std::span<const BoundaryRow> areas) override;
  core::Result<std::vector<BoundaryRow>> Boundaries() override;
  core::Result<std::optional<int64_t>> AddFirePoint(const FirePoint& f) override;
  core::Result<std::vector<FirePoint>> FirePoints(std::string_view city_code) override;
  core::Status RespondFirePoint(int64_t id, std::string_view response, std::string_view by,
                                std::string_view at, std::string_view note) override;
  core::Status PutElectricityMeters(std::span<const ElectricityMeter> meters) override;
  core::Result<std::vector<ElectricityMeter>> ElectricityMeters(
      std::string_view city_code) override;
  core::Status PutElectricityReadings(std::span<const ElectricityReading> readings) override;
  core::Result<std::vector<ElectricityReading>> ElectricityReadings(std::string_view meter,
                                                                    std::string_view from,
                                                                    std::string_view to) override;
  core::Result<bool> AddMonitoringFinding(const MonitoringFinding& f) override;
  core::Result<bool> AddStationFinding(const StationFindingRow& f) override;
  core::Result<std::vector<StationFindingRow>> StationFindings(std::string_view status) override;
  core::Status ReviewStationFinding(int64_t id, std::string_view status, std::string_view by,
                                    std::string_view at, std::string_view note) override;
  core::Result<std::optional<int64_t>> AddEnforcementTask(const EnforcementTask& t) override;
  core::Result<std::vector<EnforcementTask>> EnforcementTasks(std::string_view city_code,
                                                              std::string_view status) override;
  core::Status CloseEnforcementTask(int64_t id, std::string_view by, std::string_view at,
                                    std::string_view note) override;
  core::Result<std::vector<MonitoringFinding>> MonitoringFindings(std::string_view mn,
                                                                  std::string_view status) override;
  core::Status ReviewMonitoringFinding(int64_t id, std::string_view status, std::string_view by,
                                       std::string_view at, std::string_view note) override;
  core::Status PutOutletLimits(std::span<const OutletLimitRow> rows) override;
  core::Result<std::vector<OutletLimitRow>> OutletLimits(std::string_view credit_code) override;

  core::Result<int64_t> InsertUser(const User& user) override;
  core::Status UpdateUser(const User& user) override;
  core::Result<std::optional<User>> FindUser(std::string_view username) override;
  core::Result<std::optional<User>> UserById(int64_t id) override;
  core::Result<std::vector<User>> Users() override;

  core::Status InsertSession(const Session& session) override;
  core::Result<std::optional<Session>> FindSession(std::string_view token_hash) override;
  core::Status DeleteSession(std::string_view token_hash) override;
  core::Status DeleteSessionsOfUser(int64_t user_id) override;
  core::Status Expire(std::string_view now, std::string_view failures_before) override;

  core::Status RecordLoginFailure(std::string_view key, std::string_view at) override;
  core::Result<int64_t> CountLoginFailures(std::string_view key, std::string_view since) override;
  core::Status ClearLoginFailures(std::string_view key) override;

  core::Status LockAuditTrail() override;
  core::Result<std::optional<audit::Entry>> LastAuditEntry() override;
  core::Status AppendAuditEntry(const audit::Entry& entry) override;
  core::Status ScanAudit(const AuditFilter& filter, const AuditVisitor& visit) override;

 private:
  explicit SqliteStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  core::Result<std::vector<User>> QueryUsers(const std::string& where, const std::string& arg);
  // Station code → row id, loaded on first use.
  core::Result<const std::map<std::string, int64_t, std::less<>>*> StationIds();

  std::unique_ptr<Database> db_;
  std::optional<std::map<std::string, int64_t, std::less<>>> station_ids_;
};

}  // namespace lantian::storage::sqlite
