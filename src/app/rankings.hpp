// City rankings of a month, a phase or the season (城市环境空气质量排名技术规定,
// 变化程度排名方案): by composite index, by PM2.5, and by their change on the
// baseline period (campaign/baseline.hpp), within a group of units (2+26,
// Fenwei, all). A city is ranked when each of the six index pollutants has
// valid daily values on at least the days GB 3095-2012 Table 4 asks of a
// month (27, 25 in February), summed over the months of longer periods.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/campaign_inputs.hpp"
#include "aq/composite_index.hpp"
#include "campaign/baseline.hpp"
#include "campaign/unit.hpp"

namespace lantian::app {

struct RankedCity {
  campaign::Unit unit;
  aq::CompositeIndex index;
  aq::CompositeIndex baseline_index;
  std::optional<core::Decimal> pm25;  // the index's PM2.5 statistic
  std::optional<core::Decimal> index_change_percent;
  std::optional<core::Decimal> pm25_change_percent;
  int fewest_days = 0;  // valid days of the pollutant with fewest
  int required_days = 0;
  bool ranked = false;
  std::string not_ranked_reason;
  std::optional<int> rank_index;  // 1 = best (lowest)
  std::optional<int> rank_pm25;
  std::optional<int> rank_index_change;  // 1 = most improved
  std::optional<int> rank_pm25_change;
};

struct Ranking {
  campaign::AssessmentPeriod period;
  campaign::UnitGroup group = campaign::UnitGroup::kAll;
  std::vector<RankedCity> cities;  // ordered by rank_index, unranked last
  std::vector<size_t> best;        // indices into cities: best ten by index (ties kept)
  std::vector<size_t> worst;       // worst ten by index, worst first
  bool synthetic = false;
};

inline constexpr int kBestWorstCount = 10;

core::Result<InputsRequest> RankingRequest(const std::string& period_name);
core::Result<Ranking> Rank(const CampaignInputs& inputs, const std::string& period_name,
                           campaign::UnitGroup group);

// Days a period must have per GB 3095-2012 Table 4 (27 a month, 25 in February).
int RequiredDays(core::Period period);

}  // namespace lantian::app
