// The first scoreboard of the campaign: each plan city's PM2.5 mean and
// heavy-pollution days (daily AQI > 200) over a phase, against its baseline
// (campaign/baseline.hpp), and each region's averages against the plan's
// regional targets （二）. City values come from the city daily values of the
// registry's assessment stations; the regional PM2.5 mean is the mean of the
// cities' period means, the heavy-day figure the average count per city.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aq/coverage.hpp"
#include "campaign/plan_target.hpp"
#include "campaign/unit.hpp"
#include "core/decimal.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct PeriodFigures {
  aq::Coverage pm25_coverage;         // hourly PM2.5 values present / expected
  int days = 0;                       // days with a valid city PM2.5
  std::optional<core::Decimal> pm25;  // period mean, µg/m³
  int heavy_days = 0;                 // days with daily AQI > 200
};

struct CitySeason {
  campaign::Unit unit;
  int stations = 0;  // assessment stations in the registry
  PeriodFigures now;
  PeriodFigures baseline;
  std::optional<core::Decimal> pm25_change_percent;  // (now − baseline) / baseline
};

struct RegionSeason {
  campaign::Region region = campaign::Region::kJJJ;
  std::optional<campaign::RegionalTarget> target;
  int cities = 0;  // cities with a PM2.5 mean
  std::optional<core::Decimal> pm25;
  std::optional<core::Decimal> heavy_days_per_city;
  std::optional<core::Decimal> baseline_pm25;
  std::optional<core::Decimal> baseline_heavy_days_per_city;
};

struct SeasonReport {
  std::string period_name;
  core::Period period;
  core::Period baseline;
  std::vector<CitySeason> cities;
  std::vector<RegionSeason> regions;
  bool synthetic = false;
};

core::Result<SeasonReport> BuildSeasonReport(storage::Store& store, const std::string& period_name);

}  // namespace lantian::app
