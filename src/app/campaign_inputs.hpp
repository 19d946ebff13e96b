// Everything a campaign assessment is computed from, gathered once: the plan's
// units, each city's daily values over the periods asked for (with its
// sand-and-dust days and the days its hourly AQI reached 500), the official
// city targets, the tier rule, the regional targets, dust fall and findings of
// falsified data. Built from a store, or from files (a city daily table and
// optional targets) for the calculator commands that need no store.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "aq/daily_values.hpp"
#include "campaign/city_target.hpp"
#include "campaign/dustfall.hpp"
#include "campaign/plan_target.hpp"
#include "campaign/progress.hpp"
#include "campaign/tier_rule.hpp"
#include "campaign/unit.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct CampaignInputs {
  std::vector<campaign::Unit> units;
  std::map<std::string, int> stations;  // assessment stations per city (store only)
  // city → day (days since 1970-01-01) → daily values
  std::map<std::string, std::map<int32_t, aq::DailyValues>> daily;
  std::set<std::pair<std::string, int32_t>> dust;  // (city, day) sand-and-dust days
  // city → day → hours whose city AQI was 500; only when `hourly_extremes` is set.
  std::map<std::string, std::map<int32_t, int>> aqi500_hours;
  bool hourly_extremes = false;
  std::vector<campaign::CityTarget> official_targets;
  std::vector<campaign::Tier> tier_rule;
  std::vector<campaign::StricterTarget> stricter;
  std::vector<campaign::RegionalTarget> regional_targets;
  std::vector<campaign::DustfallReading> dustfall;
  std::vector<storage::FalsificationFinding> findings;
  std::optional<core::Date> latest_day;  // the last day with data
  bool synthetic = false;                // some data are synthetic demo data
  std::string source;                    // "store" or the file names

  // A city's daily values over `period`, one per calendar day.
  campaign::DailySeries Series(const std::string& city, core::Period period) const;
  // Over several periods one after the other (a baseline made of two quarters).
  campaign::DailySeries Series(const std::string& city,
                               std::span<const core::Period> periods) const;
  // Days of `period` on which the city's hourly AQI reached 500.
  int Aqi500Days(const std::string& city, core::Period period) const;
  bool Falsified(const std::string& city, const std::string& phase) const;
  const campaign::Unit* Unit(const std::string& code) const;
};

// The periods whose daily values to load.
struct InputsRequest {
  std::vector<core::Period> periods;
  bool hourly_extremes = false;  // count hours at AQI 500 (costs a pass over hourly values)
};

core::Result<CampaignInputs> LoadCampaignInputs(storage::Store& store,
                                                const InputsRequest& request);

// The calculator: a city daily table (io/campaign_tables.hpp) and optionally an
// official targets table; units, regional targets and the tier rule built in.
// Files with structural errors fail with InvalidInput naming file, line, column.
struct CalculatorFiles {
  std::string daily;
  std::optional<std::string> targets;
};
core::Result<CampaignInputs> CampaignInputsFromFiles(const CalculatorFiles& files,
                                                     std::vector<io::FileReport>& reports);

}  // namespace lantian::app
