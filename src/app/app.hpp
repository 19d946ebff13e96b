// App: the facade of lantian. It joins the domain rules, the store and the
// importers; the CLI and the server call only this (and the pure calculators
// declared beside it). One App per thread: it owns one store connection.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/compare.hpp"
#include "app/daily_tables.hpp"
#include "app/demo_data.hpp"
#include "app/import.hpp"
#include "app/reference_data.hpp"
#include "app/season_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Current Beijing time, "YYYY-MM-DD HH:MM:SS".
std::string BeijingNow();

struct InitSummary {
  size_t units = 0;
  size_t targets = 0;
  size_t key_tasks = 0;
  size_t stations = 0;
  int schema_version = 0;
};

class App {
 public:
  enum class OpenMode { kExisting, kCreate };

  // Opens the store at `db` and applies pending migrations. kExisting fails with
  // NotFound when there is no initialised store there.
  static core::Result<App> Open(const std::string& db, OpenMode mode);

  // Loads the reference data (built in, or from `data_dir`): units, targets and
  // key tasks are replaced, stations inserted or updated.
  core::Result<InitSummary> Init(const std::optional<std::string>& data_dir);

  ImportResult ImportCnemc(const std::vector<std::string>& files, ImportOptions options,
                           core::Progress& progress);
  ImportResult ImportLong(const std::vector<std::string>& files, ImportOptions options,
                          core::Progress& progress);
  ImportResult ImportStations(const std::vector<std::string>& files);

  core::Result<DailyTable> Daily(const DailyQuery& query);
  core::Result<Comparison> Compare(core::Period period, const std::optional<std::string>& station);
  core::Result<DemoSummary> Demo(const demo::SeasonOptions& options, core::Progress& progress);
  core::Result<SeasonReport> Season(const std::string& period_name);

  storage::Store& store() { return *store_; }
  // Replaces the clock (tests).
  void set_clock(std::function<std::string()> now) { now_ = std::move(now); }

 private:
  explicit App(std::unique_ptr<storage::Store> store) : store_(std::move(store)) {}
  std::unique_ptr<storage::Store> store_;
  std::function<std::string()> now_ = BeijingNow;
};

}  // namespace lantian::app
