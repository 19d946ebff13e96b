// The campaign scoreboard （二）（二十二）: for a phase or the whole season, each
// city's progress against its targets (campaign/progress.hpp) and verdict
// (campaign/verdict.hpp), and the figures of each province and region. A
// province's or region's PM2.5 is the mean of its cities' means (rounded once),
// its heavy days the average per city; regions are compared with the plan's
// regional targets (plan-targets.csv).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/campaign_inputs.hpp"
#include "campaign/baseline.hpp"
#include "campaign/progress.hpp"
#include "campaign/verdict.hpp"

namespace lantian::app {

struct CityAssessment {
  campaign::Unit unit;
  int stations = 0;
  campaign::Progress progress;
  campaign::Verdict verdict;
  std::vector<std::string> findings;  // falsification findings of the phase
};

struct AreaAssessment {
  std::string code;  // "河北省", or "JJJ"/"FW"
  std::string name;
  int cities = 0;  // cities with a PM2.5 mean so far
  std::optional<core::Decimal> pm25;
  std::optional<core::Decimal> baseline_pm25_to_date;
  std::optional<core::Decimal> pm25_change_percent;
  std::optional<core::Decimal> heavy_days_per_city;
  std::optional<core::Decimal> projected_pm25;  // mean of the cities' projections
  int at_risk_cities = 0;
  int missed_cities = 0;  // already missed or missed
  // Regions: the plan's targets and whether the figures meet them so far.
  std::optional<core::Decimal> pm25_target;
  std::optional<core::Decimal> heavy_days_target;
  std::optional<bool> pm25_within_target;
  std::optional<bool> heavy_days_within_target;
};

struct Assessment {
  campaign::AssessmentPeriod period;
  core::Date as_of;
  std::vector<CityAssessment> cities;     // in the order of the plan's units
  std::vector<AreaAssessment> provinces;  // by first appearance in the units
  std::vector<AreaAssessment> regions;    // JJJ, FW
  int official_targets = 0;
  int derived_targets = 0;
  bool synthetic = false;
};

// The periods an assessment of `period_name` needs loaded.
core::Result<InputsRequest> AssessmentRequest(const std::string& period_name);

// `as_of` defaults to the last day with data, clamped to the period.
core::Result<Assessment> Assess(const CampaignInputs& inputs, const std::string& period_name,
                                std::optional<core::Date> as_of);

}  // namespace lantian::app
