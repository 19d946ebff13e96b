#include "app/app.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>

namespace lantian::app {

std::string BeijingNow() {
  using namespace std::chrono;
  const auto now = floor<seconds>(system_clock::now()) + hours(8);
  const auto day = floor<days>(now);
  const year_month_day ymd{day};
  const hh_mm_ss hms{now - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02ld:%02ld:%02ld", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()));
  return buf;
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

core::Result<InitSummary> App::Init(const std::optional<std::string>& data_dir) {
  LANTIAN_ASSIGN_OR_RETURN(ReferenceData data,
                           data_dir ? ReferenceDataFrom(*data_dir) : EmbeddedReferenceData());
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(*store_, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceUnits(data.units));
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceRegionalTargets(data.targets));
    LANTIAN_RETURN_IF_ERROR(store_->ReplaceKeyTasks(data.key_tasks));
    return store_->UpsertStations(data.stations);
  }));
  InitSummary s{data.units.size(), data.targets.size(), data.key_tasks.size(), data.stations.size(),
                0};
  LANTIAN_ASSIGN_OR_RETURN(s.schema_version, store_->SchemaVersion());
  return s;
}

ImportResult App::ImportCnemc(const std::vector<std::string>& files, ImportOptions options,
                              core::Progress& progress) {
  options.now = now_();
  return ImportCnemcFiles(*store_, files, options, progress);
}

ImportResult App::ImportLong(const std::vector<std::string>& files, ImportOptions options,
                             core::Progress& progress) {
  options.now = now_();
  return ImportLongFiles(*store_, files, options, progress);
}

ImportResult App::ImportStations(const std::vector<std::string>& files) {
  return ImportStationFiles(*store_, files);
}

core::Result<DailyTable> App::Daily(const DailyQuery& query) {
  return DailyFromStore(*store_, query);
}

core::Result<Comparison> App::Compare(core::Period period,
                                      const std::optional<std::string>& station) {
  return ComparePublished(*store_, period, station);
}

core::Result<DemoSummary> App::Demo(const demo::SeasonOptions& options, core::Progress& progress) {
  return WriteDemoData(*store_, options, now_(), progress);
}

core::Result<SeasonReport> App::Season(const std::string& period_name) {
  return BuildSeasonReport(*store_, period_name);
}

}  // namespace lantian::app
