// Store: everything lantian keeps, behind one interface that each backend
// (SQLite now, PostgreSQL next) implements with the same schema migrations. No
// backend's SQL leaves its folder: the domain and app layers see only this.
//
// Writes are atomic between Begin() and Commit(); on Rollback() (or when a store
// is closed mid-transaction) none of them is kept. A Store is used by one thread
// at a time; open one per thread for concurrent work.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "aq/site_day.hpp"
#include "aq/station.hpp"
#include "audit/chain.hpp"
#include "auth/principal.hpp"
#include "campaign/city_target.hpp"
#include "campaign/dustfall.hpp"
#include "campaign/plan_target.hpp"
#include "campaign/tier_rule.hpp"
#include "campaign/unit.hpp"
#include "core/civil_time.hpp"
#include "core/status.hpp"
#include "ledger/key_task.hpp"
#include "ledger/task_unit.hpp"

namespace lantian::storage {

// Time series are kept per station (by station code) or per city (published
// city values, by city code).
enum class SiteLevel { kStation, kCity };

struct Source {
  int64_t id = 0;
  std::string kind;  // "cnemc-site", "cnemc-city", "long-csv", "demo-data"
  std::string name;  // file name or generator description
  bool synthetic = false;
  std::string created_at;  // "YYYY-MM-DD HH:MM:SS" Beijing time
  std::string detail;
};

struct ImportRecord {
  int64_t id = 0;
  int64_t source_id = 0;
  std::string file;
  std::string kind;
  std::string imported_at;
  int64_t values_added = 0;
  int64_t values_replaced = 0;
  int64_t values_unchanged = 0;
  int64_t values_rejected = 0;
};

struct DustDay {
  std::string city_code;
  core::Date date;
  int64_t source_id = 0;
  std::string note;
};

using SiteDayVisitor = std::function<core::Status(std::string_view id, const aq::SiteDay& day)>;

// A finding that a city's monitoring data were falsified in a phase.
struct FalsificationFinding {
  int64_t id = 0;
  std::string city_code;
  std::string phase;  // "2020Q4", "2021Q1"
  core::Date found_on;
  std::string description;
  std::string recorded_by;
  std::string recorded_at;  // "YYYY-MM-DD HH:MM:SS"
};

// A forecast run (issue 5 §1): who issued it and when; its values by city and
// day ("YYYY-MM-DD") or hour ("YYYY-MM-DD HH:MM").
struct ForecastRun {
  int64_t id = 0;
  std::string issuer;
  std::string issued_at;  // "YYYY-MM-DD HH:MM:SS"
  std::string kind;       // "daily" or "hourly"
  std::string file;
  std::string sha256;
  std::string imported_by;
  std::string imported_at;
  friend bool operator==(const ForecastRun&, const ForecastRun&) = default;
};

struct ForecastValue {
  std::string city;  // unit code, or the name as written for a city outside the plan
  std::string at;
  int aqi = 0;
  std::optional<int> aqi_low;  // the issuer's band, when given
  std::optional<int> aqi_high;
  friend bool operator==(const ForecastValue&, const ForecastValue&) = default;
};

// One step of a city's alert (alert/lifecycle.hpp), as decided and as recorded.
struct AlertStepRecord {
  int64_t id = 0;
  std::string city;
  std::string step;   // propose, issue, upgrade, downgrade, lift
  std::string level;  // none for lift
  std::string at;     // when the step was taken, "YYYY-MM-DD HH:MM:SS"
  std::string who;
  int64_t forecast_run_id = 0;
  std::string note;
  std::string recorded_by;
  std::string recorded_at;
  friend bool operator==(const AlertStepRecord&, const AlertStepRecord&) = default;
};

struct PromptCity {
  std::string city;
  bool border = false;
  std::string added_at;
  friend bool operator==(const PromptCity&, const PromptCity&) = default;
};

// A regional prompt (plan （七）): the cities that must issue `level` by `deadline`.
struct RegionalPrompt {
  int64_t id = 0;
  std::string region;  // "JJJ", "FW" or a group the raiser names
  std::string level;
  core::Date episode_start;
  core::Date episode_end;
  std::string raised_at;
  std::string deadline;
  int64_t forecast_run_id = 0;
  std::string raised_by;
  std::string note;
  std::vector<PromptCity> cities;
  friend bool operator==(const RegionalPrompt&, const RegionalPrompt&) = default;
};

// One version of a city's emergency list, kept whole (the list as JSON).
struct ListVersion {
  int64_t id = 0;
  std::string city_code;
  int version = 0;
  std::string status;   // draft, submitted, returned, approved, reported
  std::string content;  // JSON
  std::string file;
  std::string sha256;
  std::string created_by;
  std::string created_at;
  friend bool operator==(const ListVersion&, const ListVersion&) = default;
};

struct ListStepRecord {
  int64_t id = 0;
  int64_t version_id = 0;
  std::string step;  // submit, return, approve, report
  std::string comment;
  std::string who;
  std::string at;
  friend bool operator==(const ListStepRecord&, const ListStepRecord&) = default;
};

struct SheetConfirmation {
  int64_t id = 0;
  int64_t version_id = 0;
  std::string credit_code;
  std::string confirmed_by;
  std::string confirmed_at;
  std::string note;
  friend bool operator==(const SheetConfirmation&, const SheetConfirmation&) = default;
};

// A province's own table for checking lists (kind: templates, industries), as
// canonical CSV.
struct ProvinceListTable {
  std::string province;
  std::string kind;
  std::string content;
  std::string file;
  std::string stored_by;
  std::string stored_at;
  friend bool operator==(const ProvinceListTable&, const ProvinceListTable&) = default;
};

struct InventoryRow {
  std::string city_code;
  std::string pollutant;  // SO2, NOx, PM, VOCs
  int64_t kg_per_day = 0;
  std::string source;
  friend bool operator==(const InventoryRow&, const InventoryRow&) = default;
};

// An online-monitoring device (HJ 212 data collector) of an enterprise's outlet.
struct MonitoringDevice {
  std::string mn;
  std::string credit_code;
  std::string city_code;  // the city whose bureau keeps the device's record
  std::string outlet;
  std::string pollutants;  // expected codes, comma-separated: "a21026,a21002,a34013"
  std::string password_sha256;
  std::string registered_by;
  std::string registered_at;
  friend bool operator==(const MonitoringDevice&, const MonitoringDevice&) = default;
};

// A packet accepted from a device, as received.
struct MonitoringPacket {
  int64_t id = 0;
  std::string mn;
  std::string cn;
  std::string qn;
  std::string data_time;  // "" when the packet carries none
  std::string received_at;
  std::string peer;
  std::string frame;
  friend bool operator==(const MonitoringPacket&, const MonitoringPacket&) = default;
};

// One pollutant's values of one upload (kind: real-time, minute, hourly, daily).
struct MonitoringValue {
  std::string mn;
  std::string kind;
  std::string data_time;
  std::string pollutant;
  std::optional<double> rtd, avg, minimum, maximum, cou, zs_rtd, zs_avg;
  std::string flag;
  friend bool operator==(const MonitoringValue&, const MonitoringValue&) = default;
};

struct DeviceRejection {
  int64_t id = 0;
  std::string at;
  std::string peer;
  std::string mn;  // "" when the packet named none
  std::string reason;
  friend bool operator==(const DeviceRejection&, const DeviceRejection&) = default;
};

// An outlet's limit for one pollutant (mg/m³).
struct OutletLimitRow {
  std::string credit_code;
  std::string outlet;
  std::string pollutant;  // HJ 212 code
  std::string city_code;
  double ordinary = 0;
  std::optional<double> ultra_low;
  std::optional<double> reference_o2;
  std::string set_by;
  std::string set_at;
  friend bool operator==(const OutletLimitRow&, const OutletLimitRow&) = default;
};

// A detector's finding in a device's data and its review.
struct MonitoringFinding {
  int64_t id = 0;
  std::string mn;
  std::string pollutant;
  std::string detector;
  std::string from_at;  // "YYYY-MM-DD HH:MM:SS"
  std::string to_at;    // exclusive
  std::string evidence;
  std::string found_at;
  std::string status;  // open, confirmed, dismissed
  std::string reviewed_by;
  std::string reviewed_at;
  std::string note;
  friend bool operator==(const MonitoringFinding&, const MonitoringFinding&) = default;
};

// A violation found by the verification of an alert, as a task of the city's
// enforcement ledger.
struct EnforcementTask {
  int64_t id = 0;
  std::string city_code;
  std::string credit_code;
  std::string kind;        // load-cut, treatment-off, exceedance, finding
  std::string source_key;  // what it was opened for; one task each
  std::string what;
  std::string evidence;
  std::string opened_by;
  std::string opened_at;
  std::string deadline;  // YYYY-MM-DD
  std::string status;    // open, closed
  std::string closed_by;
  std::string closed_at;
  std::string note;
  friend bool operator==(const EnforcementTask&, const EnforcementTask&) = default;
};

// A progress report (调度) of a unit of a key task: the value achieved as of
// the due date it answers; every report is kept, the latest per due date counts.
struct TaskReport {
  int64_t id = 0;
  std::string task_id;
  std::string unit;
  std::string due;  // YYYY-MM-DD
  core::Decimal value;
  std::string evidence;  // files, links, one per line
  std::string note;
  std::string reported_by;
  std::string reported_at;
  friend bool operator==(const TaskReport&, const TaskReport&) = default;
};

// A closure (销号) or reopening of a unit of a key task.
struct TaskEvent {
  int64_t id = 0;
  std::string task_id;
  std::string unit;
  std::string action;  // close, reopen
  std::string actor;
  std::string at;
  std::string evidence;
  std::string note;
  friend bool operator==(const TaskEvent&, const TaskEvent&) = default;
};

// A problem found by supervision (ledger/problem.hpp), as stored.
struct Problem {
  int64_t id = 0;
  std::string city_code;
  std::string district;     // GB/T 2260 code, "" when the city's
  std::string credit_code;  // "" when no enterprise is named
  std::string site;
  std::string kind;  // 扬尘, 散煤, 工业企业, 柴油货车, VOCs, 秸秆焚烧, 监测数据, …
  std::string what;
  std::string source;      // inspection, grid, hotline, enforcement, station-finding, …
  std::string source_ref;  // "enforcement:12": opened once; "" for a problem found by hand
  std::string found_by;
  std::string found_at;
  std::string photos;  // files, one per line
  std::string deadline;
  std::string plan;
  std::string status;  // found, planned, rectified, verified, closed
  int64_t rebound_of = 0;
  std::string updated_at;
  friend bool operator==(const Problem&, const Problem&) = default;
};

// One step of a problem's history.
struct ProblemEvent {
  int64_t id = 0;
  int64_t problem_id = 0;
  std::string action;  // found, plan, rectify, verify-pass, verify-fail, close
  std::string actor;
  std::string at;
  std::string status;  // after the step
  std::string evidence;
  std::string note;
  friend bool operator==(const ProblemEvent&, const ProblemEvent&) = default;
};

// A district or township boundary as stored (ledger/area.hpp; geometry as
// GeoJSON text).
struct BoundaryRow {
  std::string code;
  std::string name;
  std::string level;  // district, township
  std::string parent;
  std::string city_code;
  std::string responsible;
  std::string geometry;
  friend bool operator==(const BoundaryRow&, const BoundaryRow&) = default;
};

// A satellite fire point, where it was assigned and the grid's response.
struct FirePoint {
  int64_t id = 0;
  std::string source;
  std::string observed_at;  // Beijing time
  double lat = 0;
  double lon = 0;
  std::string confidence;
  std::string city_code;  // "" when outside the plan's cities
  std::string district;
  std::string township;
  std::string method;    // boundary, nearest, none
  std::string grid;      // the township's (or city's) responsible person it went to
  std::string status;    // dispatched, responded, outside
  std::string response;  // confirmed, false-alarm, handled
  std::string responded_by;
  std::string responded_at;
  std::string note;
  std::string imported_at;
  friend bool operator==(const FirePoint&, const FirePoint&) = default;
};

// A 散乱污 workshop on the register (ledger/workshop.hpp), as stored.
struct Workshop {
  int64_t id = 0;
  std::string city_code;
  std::string district;  // GB/T 2260 code, "" when the city's
  std::string township;
  std::string name;  // as known locally ("" when it has none)
  std::string address;
  std::optional<double> lat, lon;
  std::string industry;    // what it makes: 塑料颗粒, 家具喷涂, 铸造 …
  std::string what;        // what makes it 散乱污: no permit, no treatment, …
  std::string source;      // inspection, grid, electricity, satellite, drone, hotline
  std::string source_ref;  // "account:…" for a lead from the electricity data; "" otherwise
  std::string found_by;
  std::string found_at;
  std::string photos;    // files, one per line
  std::string deadline;  // handling deadline, YYYY-MM-DD
  std::string status;    // found, to-close, to-rectify, closed-down, whitelisted
  int64_t rebound_of = 0;
  std::string updated_at;
  friend bool operator==(const Workshop&, const Workshop&) = default;
};

// One step of a workshop's handling.
struct WorkshopEvent {
  int64_t id = 0;
  int64_t workshop_id = 0;
  std::string action;  // found, assess-close, assess-rectify, accept-closure, accept-rectification
  std::string actor;
  std::string at;
  std::string status;  // after the step
  std::string evidence;
  std::string note;
  friend bool operator==(const WorkshopEvent&, const WorkshopEvent&) = default;
};

// A dedicated-transformer account of the grid company (专变用户); its readings
// are kept with the meters' under the account number.
struct PowerAccount {
  std::string account;
  std::string city_code;
  std::string district;
  std::string customer;
  std::string address;
  std::optional<double> lat, lon;
  std::string tariff;  // 用电类别 as the grid company gives it: 工业, 商业, 居民, 农业 …
  std::string capacity_kva;
  std::string registered_by;
  std::string registered_at;
  friend bool operator==(const PowerAccount&, const PowerAccount&) = default;
};

// A station of the supplementary networks (ledger/network_check.hpp), as
// stored: every field text (coordinates "" when unknown, connected "yes"/"no").
struct NetworkSiteRow {
  std::string code, kind, city_code, county, name, setting, serves, lat, lon, connected, since,
      registered_by, registered_at;
  friend bool operator==(const NetworkSiteRow&, const NetworkSiteRow&) = default;
};

// An outlet of an enterprise with its stack height (metres, as text).
struct SourceOutletRow {
  std::string credit_code, outlet, city_code, name, height_m, registered_by, registered_at;
  friend bool operator==(const SourceOutletRow&, const SourceOutletRow&) = default;
};

// A finding of the station-tampering detector and its review.
struct StationFindingRow {
  int64_t id = 0;
  std::string station;
  std::string city_code;
  std::string from_date;  // YYYY-MM-DD, inclusive
  std::string to_date;
  std::string evidence;
  std::string found_at;
  std::string status;  // open, confirmed, dismissed
  std::string reviewed_by;
  std::string reviewed_at;
  std::string note;
  friend bool operator==(const StationFindingRow&, const StationFindingRow&) = default;
};

// An electricity meter on a production line or on a treatment facility.
struct ElectricityMeter {
  std::string meter;
  std::string credit_code;
  std::string city_code;
  std::string line;
  std::string kind;      // production, treatment
  std::string facility;  // what the treatment meter measures ("脱硫", "除尘"); "" for production
  std::string registered_by;
  std::string registered_at;
  friend bool operator==(const ElectricityMeter&, const ElectricityMeter&) = default;
};

struct ElectricityReading {
  std::string meter;
  std::string at;  // end of the quarter hour
  double kw = 0;
  friend bool operator==(const ElectricityReading&, const ElectricityReading&) = default;
};

// What a receiver writes in one transaction (real-time uploads come as packets
// only; their values are read from the frames).
struct MonitoringBatch {
  std::vector<MonitoringPacket> packets;
  std::vector<MonitoringValue> values;
  std::vector<DeviceRejection> rejections;
};

struct MonitoringQuery {
  std::string mn;
  std::string kind;  // "" = every kind
  std::string from;  // data_time >= from; "" = open
  std::string to;    // data_time <= to; "" = open
};

struct DeviceActivity {
  std::string mn;
  int64_t packets = 0;
  int64_t last_packet_id = 0;
  std::string last_received_at;
  friend bool operator==(const DeviceActivity&, const DeviceActivity&) = default;
};

struct User {
  int64_t id = 0;
  std::string username;
  std::string display_name;
  auth::Role role = auth::Role::kPublic;
  std::string scope;
  std::string password_hash;  // argon2id string
  bool disabled = false;
  std::string created_at;
  std::string updated_at;
};

struct Session {
  std::string token_hash;  // SHA-256 of the token; the token itself is never stored
  int64_t user_id = 0;
  std::string kind;  // "cookie" or "bearer"
  std::string csrf_token;
  std::string created_at;
  std::string expires_at;
};

struct AuditFilter {
  std::optional<std::string> actor;        // substring of the actor
  std::optional<std::string> object_type;  // exact
  std::optional<std::string> object_id;    // exact
  std::optional<std::string> from;         // at >= from
  std::optional<std::string> to;           // at <= to
};

using AuditVisitor = std::function<core::Status(const audit::Entry& entry)>;

class Store {
 public:
  virtual ~Store() = default;

  // Applies every migration not yet applied; a new store is created empty.
  virtual core::Status Migrate() = 0;
  // Highest applied migration (0 for an empty database).
  virtual core::Result<int> SchemaVersion() = 0;

  virtual core::Status Begin() = 0;
  virtual core::Status Commit() = 0;
  virtual core::Status Rollback() = 0;
  // From now on Commit() returns only once the transaction would survive a power
  // failure, not only a crash of the process (SQLite: synchronous=FULL;
  // PostgreSQL: synchronous_commit on). For receivers that acknowledge data.
  virtual core::Status RequireDurableCommits() = 0;

  // Reference data. The Replace* calls replace the whole table.
  virtual core::Status ReplaceUnits(std::span<const campaign::Unit> units) = 0;
  virtual core::Result<std::vector<campaign::Unit>> Units() = 0;
  virtual core::Status ReplaceRegionalTargets(std::span<const campaign::RegionalTarget> t) = 0;
  virtual core::Result<std::vector<campaign::RegionalTarget>> RegionalTargets() = 0;
  virtual core::Status ReplaceKeyTasks(std::span<const ledger::KeyTask> tasks) = 0;
  virtual core::Result<std::vector<ledger::KeyTask>> KeyTasks() = 0;
  // Inserts new stations and updates known ones (by code).
  virtual core::Status UpsertStations(std::span<const aq::Station> stations) = 0;
  // All stations, by code.
  virtual core::Result<std::vector<aq::Station>> Stations() = 0;

  // Provenance.
  virtual core::Result<int64_t> AddSource(const Source& source) = 0;
  virtual core::Result<std::vector<Source>> Sources() = 0;
  virtual core::Status RecordImport(const ImportRecord& record) = 0;
  virtual core::Result<std::vector<ImportRecord>> Imports() = 0;

  // Time series. A station must be in the registry; NotFound otherwise.
  virtual core::Result<std::optional<aq::SiteDay>> ReadSiteDay(SiteLevel level, std::string_view id,
                                                               core::Date date) = 0;
  virtual core::Status WriteSiteDay(SiteLevel level, std::string_view id, const aq::SiteDay& day,
                                    int64_t source_id) = 0;
  // Visits the stored days of `ids` (all sites when empty) within `period`,
  // ordered by site then date. A visitor error stops the scan and is returned.
  // With `measured_only`, the published series of the days are left empty.
  virtual core::Status ScanSiteDays(SiteLevel level, std::span<const std::string> ids,
                                    core::Period period, const SiteDayVisitor& visit,
                                    bool measured_only = false) = 0;
  // The last day with any station data (nullopt for an empty store).
  virtual core::Result<std::optional<core::Date>> LatestStationDay() = 0;
  // Whether any day of `period` at `level` comes from a synthetic source.
  virtual core::Result<bool> HasSyntheticData(SiteLevel level, core::Period period) = 0;

  // Sand-and-dust days.
  virtual core::Status MarkDustDay(const DustDay& day) = 0;
  virtual core::Result<std::vector<DustDay>> DustDays(core::Period period) = 0;
  // Removes the flag; false when the day was not flagged.
  virtual core::Result<bool> UnmarkDustDay(std::string_view city_code, core::Date date) = 0;

  // Official city targets. ReplaceCityTargets replaces the rows of `phase` only.
  virtual core::Status ReplaceCityTargets(std::string_view phase,
                                          std::span<const campaign::CityTarget> targets,
                                          int64_t source_id) = 0;
  virtual core::Result<std::vector<campaign::CityTarget>> CityTargets() = 0;
  // The tier rule and the stricter targets (configuration), replaced together.
  virtual core::Status ReplaceTierRule(std::span<const campaign::Tier> tiers,
                                       std::span<const campaign::StricterTarget> stricter) = 0;
  virtual core::Result<std::vector<campaign::Tier>> TierRule() = 0;
  virtual core::Result<std::vector<campaign::StricterTarget>> StricterTargets() = 0;

  // Monthly dust fall (one reading per city and month; a new one replaces it).
  virtual core::Status UpsertDustfall(const campaign::DustfallReading& reading,
                                      int64_t source_id) = 0;
  // Readings of the months that start within `period`, by month then city.
  virtual core::Result<std::vector<campaign::DustfallReading>> Dustfall(core::Period period) = 0;

  // Findings of falsified monitoring data.
  virtual core::Result<int64_t> AddFalsificationFinding(const FalsificationFinding& f) = 0;
  virtual core::Result<std::vector<FalsificationFinding>> FalsificationFindings() = 0;

  // Forecast runs, every one kept. A run with the issuer, issue time and kind of
  // a stored one is a Conflict.
  virtual core::Result<int64_t> AddForecastRun(const ForecastRun& run,
                                               std::span<const ForecastValue> values) = 0;
  // All runs, by issue time then id.
  virtual core::Result<std::vector<ForecastRun>> ForecastRuns() = 0;
  // The values of a run, by city then time.
  virtual core::Result<std::vector<ForecastValue>> ForecastValues(int64_t run_id) = 0;

  // The alert log (append-only).
  virtual core::Result<int64_t> AddAlertStep(const AlertStepRecord& step) = 0;
  // All steps, by id (the order they were recorded).
  virtual core::Result<std::vector<AlertStepRecord>> AlertSteps() = 0;

  // Regional prompts with their cities.
  virtual core::Result<int64_t> AddRegionalPrompt(const RegionalPrompt& prompt) = 0;
  // Adds a city to a prompt; Conflict when it is already named.
  virtual core::Status AddPromptCity(int64_t prompt_id, const PromptCity& city) = 0;
  // All prompts by id, their cities by the time they were added, then name.
  virtual core::Result<std::vector<RegionalPrompt>> RegionalPrompts() = 0;

  // Emergency lists. A version number taken already for the city is a Conflict.
  virtual core::Result<int64_t> AddListVersion(const ListVersion& v) = 0;
  // The versions of a city (all cities when empty), by city then version.
  virtual core::Result<std::vector<ListVersion>> ListVersions(std::string_view city_code) = 0;
  virtual core::Status SetListStatus(int64_t version_id, std::string_view status) = 0;
  virtual core::Result<int64_t> AddListStep(const ListStepRecord& step) = 0;
  // The review steps of a version, in order.
  virtual core::Result<std::vector<ListStepRecord>> ListSteps(int64_t version_id) = 0;
  // An enterprise's confirmation of its sheet in a version; Conflict when it
  // confirmed that version already.
  virtual core::Result<int64_t> AddSheetConfirmation(const SheetConfirmation& c) = 0;
  // The confirmations of a version, in order.
  virtual core::Result<std::vector<SheetConfirmation>> SheetConfirmations(int64_t version_id) = 0;
  // A province's table of a kind, replaced whole; and the tables of a province
  // ("" = every province), by province then kind.
  virtual core::Status PutProvinceListTable(const ProvinceListTable& t) = 0;
  virtual core::Result<std::vector<ProvinceListTable>> ProvinceListTables(
      std::string_view province) = 0;
  // A city's emission inventory, replaced whole.
  virtual core::Status ReplaceInventory(std::string_view city_code,
                                        std::span<const InventoryRow> rows) = 0;
  virtual core::Result<std::vector<InventoryRow>> Inventory(std::string_view city_code) = 0;

  // Online monitoring (schema 7). PutMonitoringDevice adds or replaces by MN.
  virtual core::Status PutMonitoringDevice(const MonitoringDevice& device) = 0;
  virtual core::Result<std::vector<MonitoringDevice>> MonitoringDevices() = 0;
  // Writes a receiver's batch (packets, values replacing those of the same
  // device, kind, time and pollutant, rejections) in the caller's transaction.
  virtual core::Status AddMonitoringBatch(const MonitoringBatch& batch) = 0;
  virtual core::Result<std::vector<MonitoringValue>> MonitoringValues(
      const MonitoringQuery& query) = 0;
  // A device's packets with id > after_id, oldest first, at most `limit`.
  virtual core::Result<std::vector<MonitoringPacket>> MonitoringPackets(std::string_view mn,
                                                                        int64_t after_id,
                                                                        int64_t limit) = 0;
  // A device's packets of command `cn` whose data time is within [from, to]
  // ("" = open), oldest first: real-time data are read from their frames.
  virtual core::Result<std::vector<MonitoringPacket>> MonitoringPacketsOf(std::string_view mn,
                                                                          std::string_view cn,
                                                                          std::string_view from,
                                                                          std::string_view to) = 0;
  // Per device that sent anything: packet count and the newest packet.
  virtual core::Result<std::vector<DeviceActivity>> DeviceActivities() = 0;
  // Replaces the limits of each (enterprise, outlet) that `rows` name.
  virtual core::Status PutOutletLimits(std::span<const OutletLimitRow> rows) = 0;
  // An enterprise's limits ("" = every enterprise's).
  virtual core::Result<std::vector<OutletLimitRow>> OutletLimits(std::string_view credit_code) = 0;
  // Adds a finding unless one of the same device, pollutant, detector and
  // start exists; true when added.
  virtual core::Result<bool> AddMonitoringFinding(const MonitoringFinding& f) = 0;
  // Findings of device `mn` ("" = every device's) with `status` ("" = any), by id.
  virtual core::Result<std::vector<MonitoringFinding>> MonitoringFindings(
      std::string_view mn, std::string_view status) = 0;
  virtual core::Status ReviewMonitoringFinding(int64_t id, std::string_view status,
                                               std::string_view by, std::string_view at,
                                               std::string_view note) = 0;
  // Adds a finding unless one of the same station and first day exists; true
  // when added.
  virtual core::Result<bool> AddStationFinding(const StationFindingRow& f) = 0;
  // Findings with `status` ("" = any), by id.
  virtual core::Result<std::vector<StationFindingRow>> StationFindings(std::string_view status) = 0;
  virtual core::Status ReviewStationFinding(int64_t id, std::string_view status,
                                            std::string_view by, std::string_view at,
                                            std::string_view note) = 0;
  // Adds a task unless one of the same source_key exists; its id when added.
  virtual core::Result<std::optional<int64_t>> AddEnforcementTask(const EnforcementTask& t) = 0;
  // Tasks of `city_code` ("" = every city's) with `status` ("" = any), by id.
  virtual core::Result<std::vector<EnforcementTask>> EnforcementTasks(std::string_view city_code,
                                                                      std::string_view status) = 0;
  virtual core::Status CloseEnforcementTask(int64_t id, std::string_view by, std::string_view at,
                                            std::string_view note) = 0;
  // The key-task ledger: units added or replaced by (task, unit), removed by
  // key; all units of `task_id` ("" = every task's) in the order first added.
  virtual core::Status PutTaskUnits(std::span<const ledger::TaskUnit> units) = 0;
  virtual core::Status DeleteTaskUnits(std::string_view task_id,
                                       std::span<const std::string> units) = 0;
  virtual core::Result<std::vector<ledger::TaskUnit>> TaskUnits(std::string_view task_id) = 0;
  // Reports and events are appended; read by task ("" = every task's) in id order.
  virtual core::Result<int64_t> AddTaskReport(const TaskReport& r) = 0;
  virtual core::Result<std::vector<TaskReport>> TaskReports(std::string_view task_id) = 0;
  virtual core::Result<int64_t> AddTaskEvent(const TaskEvent& e) = 0;
  virtual core::Result<std::vector<TaskEvent>> TaskEvents(std::string_view task_id) = 0;
  // Supervision problems: added (unless one of the same non-empty source_ref
  // exists: nullopt), updated in status, plan and deadline, read by city (""
  // = every city's) in id order; their history appended and read by problem
  // (0 = every problem's).
  virtual core::Result<std::optional<int64_t>> AddProblem(const Problem& p) = 0;
  virtual core::Status UpdateProblem(int64_t id, std::string_view status, std::string_view plan,
                                     std::string_view deadline, std::string_view updated_at) = 0;
  virtual core::Result<std::vector<Problem>> Problems(std::string_view city_code) = 0;
  virtual core::Result<int64_t> AddProblemEvent(const ProblemEvent& e) = 0;
  virtual core::Result<std::vector<ProblemEvent>> ProblemEvents(int64_t problem_id) = 0;
  // Boundaries: replaced whole; read in code order. Fire points: added unless
  // the same source, time and place is stored (nullopt), read by city ("" =
  // every one) in time order, responded to once.
  virtual core::Status ReplaceBoundaries(std::span<const BoundaryRow> areas) = 0;
  virtual core::Result<std::vector<BoundaryRow>> Boundaries() = 0;
  virtual core::Result<std::optional<int64_t>> AddFirePoint(const FirePoint& f) = 0;
  virtual core::Result<std::vector<FirePoint>> FirePoints(std::string_view city_code) = 0;
  virtual core::Status RespondFirePoint(int64_t id, std::string_view response, std::string_view by,
                                        std::string_view at, std::string_view note) = 0;
  // The 散乱污 register: workshops with their history; power accounts
  // (added or replaced by account number).
  virtual core::Result<int64_t> AddWorkshop(const Workshop& w) = 0;
  virtual core::Status UpdateWorkshop(int64_t id, std::string_view status,
                                      std::string_view deadline, std::string_view updated_at) = 0;
  virtual core::Result<std::vector<Workshop>> Workshops(
      std::string_view city_code) = 0;  // "" = all
  virtual core::Result<int64_t> AddWorkshopEvent(const WorkshopEvent& e) = 0;
  // A workshop's history (0 = every workshop's), in order.
  virtual core::Result<std::vector<WorkshopEvent>> WorkshopEvents(int64_t workshop_id) = 0;
  virtual core::Status PutPowerAccounts(std::span<const PowerAccount> accounts) = 0;
  virtual core::Result<std::vector<PowerAccount>> PowerAccounts(std::string_view city_code) = 0;
  // The supplementary monitoring networks' stations (replaced by code) and the
  // outlets with their stack heights (replaced by enterprise and outlet).
  virtual core::Status PutNetworkSites(std::span<const NetworkSiteRow> sites) = 0;
  virtual core::Result<std::vector<NetworkSiteRow>> NetworkSites(std::string_view city_code) = 0;
  virtual core::Status PutSourceOutlets(std::span<const SourceOutletRow> outlets) = 0;
  virtual core::Result<std::vector<SourceOutletRow>> SourceOutlets(std::string_view city_code) = 0;
  // Electricity meters (added or replaced by id) and readings (replaced by
  // meter and time).
  virtual core::Status PutElectricityMeters(std::span<const ElectricityMeter> meters) = 0;
  virtual core::Result<std::vector<ElectricityMeter>> ElectricityMeters(
      std::string_view city_code) = 0;  // "" = every city's
  virtual core::Status PutElectricityReadings(std::span<const ElectricityReading> readings) = 0;
  // A meter's readings with from <= at <= to ("" = open), by time.
  virtual core::Result<std::vector<ElectricityReading>> ElectricityReadings(
      std::string_view meter, std::string_view from, std::string_view to) = 0;
  // The newest `limit` rejections, newest first.
  virtual core::Result<std::vector<DeviceRejection>> DeviceRejections(int64_t limit) = 0;

  // Users. Usernames are unique (Conflict otherwise).
  virtual core::Result<int64_t> InsertUser(const User& user) = 0;
  virtual core::Status UpdateUser(const User& user) = 0;
  virtual core::Result<std::optional<User>> FindUser(std::string_view username) = 0;
  virtual core::Result<std::optional<User>> UserById(int64_t id) = 0;
  virtual core::Result<std::vector<User>> Users() = 0;

  // Sessions.
  virtual core::Status InsertSession(const Session& session) = 0;
  virtual core::Result<std::optional<Session>> FindSession(std::string_view token_hash) = 0;
  virtual core::Status DeleteSession(std::string_view token_hash) = 0;
  virtual core::Status DeleteSessionsOfUser(int64_t user_id) = 0;
  // Removes sessions that expired before `now`, and login failures before `before`.
  virtual core::Status Expire(std::string_view now, std::string_view failures_before) = 0;

  // Login throttling.
  virtual core::Status RecordLoginFailure(std::string_view key, std::string_view at) = 0;
  virtual core::Result<int64_t> CountLoginFailures(std::string_view key,
                                                   std::string_view since) = 0;
  virtual core::Status ClearLoginFailures(std::string_view key) = 0;

  // The audit trail. Inside a transaction, LockAuditTrail() serialises appends
  // across connections and processes; LastAuditEntry() then gives the entry to
  // link to.
  virtual core::Status LockAuditTrail() = 0;
  virtual core::Result<std::optional<audit::Entry>> LastAuditEntry() = 0;
  virtual core::Status AppendAuditEntry(const audit::Entry& entry) = 0;
  // Visits entries in id order, all of them or those matching `filter`.
  virtual core::Status ScanAudit(const AuditFilter& filter, const AuditVisitor& visit) = 0;
};

// Opens the store at `location`: a file path for SQLite (created when missing),
// or a postgresql:// URL (the database must exist). Does not migrate.
core::Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

// Runs `work` inside a transaction: commits when it returns OK, rolls back
// otherwise and returns its error.
core::Status InTransaction(Store& store, const std::function<core::Status()>& work);

// Appends `entry` (actor, action, object, before, after, at set by the caller) to
// the audit trail, linked to the last entry. Call inside a transaction, together
// with the change it records.
core::Status AppendAudit(Store& store, audit::Entry entry);

}  // namespace lantian::storage

namespace lantian::storage {

// The columns of a task unit as stored (task_units, in the order of the
// table after id), written and read alike by both backends.
inline constexpr int kTaskUnitColumns = 14;
std::vector<std::string> TaskUnitColumns(const ledger::TaskUnit& u);
core::Result<ledger::TaskUnit> TaskUnitOfColumns(const std::vector<std::string>& columns);

// The columns of a problem after its id (problems), as both backends store them.
inline constexpr int kProblemColumns = 16;
std::vector<std::string> ProblemColumns(const Problem& p);
core::Result<Problem> ProblemOfColumns(int64_t id, const std::vector<std::string>& columns);

// The columns of a workshop after its id (workshops), and of a power account
// (power_accounts), as both backends store them.
inline constexpr int kWorkshopColumns = 18;
std::vector<std::string> WorkshopColumns(const Workshop& w);
core::Result<Workshop> WorkshopOfColumns(int64_t id, const std::vector<std::string>& columns);
inline constexpr int kPowerAccountColumns = 11;
std::vector<std::string> PowerAccountColumns(const PowerAccount& a);
core::Result<PowerAccount> PowerAccountOfColumns(const std::vector<std::string>& columns);

}  // namespace lantian::storage
