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
#include "campaign/plan_target.hpp"
#include "campaign/unit.hpp"
#include "core/civil_time.hpp"
#include "core/status.hpp"
#include "ledger/key_task.hpp"

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
  virtual core::Status ScanSiteDays(SiteLevel level, std::span<const std::string> ids,
                                    core::Period period, const SiteDayVisitor& visit) = 0;
  // Whether any day of `period` at `level` comes from a synthetic source.
  virtual core::Result<bool> HasSyntheticData(SiteLevel level, core::Period period) = 0;

  // Sand-and-dust days.
  virtual core::Status MarkDustDay(const DustDay& day) = 0;
  virtual core::Result<std::vector<DustDay>> DustDays(core::Period period) = 0;
};

// Opens (and creates when missing) the store at `location`: a file path for
// SQLite. Does not migrate.
core::Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

// Runs `work` inside a transaction: commits when it returns OK, rolls back
// otherwise and returns its error.
core::Status InTransaction(Store& store, const std::function<core::Status()>& work);

}  // namespace lantian::storage
