// Forecast runs (issue 5 §1): imported with their issuer and issue time, every
// run kept, so that each alert decision can be traced to the forecast it used.
// Cities of the plan are stored by unit code (a file may name them by code or
// Chinese name); other cities (border cities of neighbouring provinces) by the
// name as written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/alert_evaluation.hpp"
#include "app/table_file.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// The issuer and issue time a table does not carry (JSON carries its own; when
// both are given they must agree).
struct ForecastMeta {
  std::string issuer;
  std::string issued_at;  // "YYYY-MM-DD HH:MM[:SS]"
};

struct ForecastImported {
  storage::ForecastRun run;
  size_t cities = 0;
  size_t values = 0;
};

// All or nothing: a file with any problem stores nothing (errors name file,
// line and column, or the JSON field); a run already stored (same issuer,
// issue time and kind) is a Conflict. An importer forecasts only the cities of
// its area (the latest forecast decides whether an alert is supported); cities
// outside the plan only the national and regional offices.
core::Result<ForecastImported> ImportForecast(storage::Store& store, const TableFile& file,
                                              const ForecastMeta& meta, const Actor& actor,
                                              const std::string& now,
                                              std::vector<io::FileReport>& reports);

struct StoredForecast {
  storage::ForecastRun run;
  std::vector<storage::ForecastValue> values;
  core::Instant issued_at;
  bool hourly() const { return run.kind == "hourly"; }
  bool Covers(const std::string& city) const;
};

// Every stored run with its values, by issue time.
struct ForecastArchive {
  std::vector<StoredForecast> runs;
  const StoredForecast* Run(int64_t id) const;
  // The latest run issued at or before `t` that forecasts `city` (any issuer).
  const StoredForecast* LatestFor(const std::string& city, core::Instant t) const;
};
core::Result<ForecastArchive> LoadForecasts(storage::Store& store);

// The episodes a run forecasts for `city` (national rule) that end on or after `from`.
std::vector<CityEpisode> EpisodesAhead(const StoredForecast& run, const std::string& city,
                                       core::Date from);
// The strictest of those levels (none when there is no episode).
alert::Level LevelCalled(const std::vector<CityEpisode>& episodes);

// A plan city's unit code (by code or name); other names as written.
std::string CityKey(const std::string& city, const std::vector<campaign::Unit>& units);
// The display name: a unit's Chinese name, else the key itself.
std::string CityName(const std::string& key, const std::vector<campaign::Unit>& units);

}  // namespace lantian::app
