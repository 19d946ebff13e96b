#include "app/rankings.hpp"

#include <algorithm>

#include "aq/period_statistics.hpp"
#include "campaign/ranking.hpp"

namespace lantian::app {
namespace {

// The daily column behind each index pollutant.
aq::DailyColumn ColumnOf(aq::IndexPollutant p) {
  switch (p) {
    case aq::IndexPollutant::kSO2:
      return aq::DailyColumn::kSO2;
    case aq::IndexPollutant::kNO2:
      return aq::DailyColumn::kNO2;
    case aq::IndexPollutant::kPM10:
      return aq::DailyColumn::kPM10;
    case aq::IndexPollutant::kPM25:
      return aq::DailyColumn::kPM25;
    case aq::IndexPollutant::kCO:
      return aq::DailyColumn::kCO;
    case aq::IndexPollutant::kO3:
      break;
  }
  return aq::DailyColumn::kO3_8h;
}

}  // namespace

int RequiredDays(core::Period period) {
  int days = 0;
  // Whole months count their minimum; a partial month counts its share.
  for (core::Date d = period.first; d <= period.last;) {
    const core::Date month_end = d + (d.DaysInMonth() - d.day());
    const core::Date end = std::min(month_end, period.last);
    const int in_period = end - d + 1;
    const int minimum = aq::MinValidDaysInMonth(d.month());
    days += in_period == d.DaysInMonth()
                ? minimum
                : (minimum * in_period + d.DaysInMonth() - 1) / d.DaysInMonth();
    d = end + 1;
  }
  return days;
}

core::Result<InputsRequest> RankingRequest(const std::string& period_name) {
  LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(period_name));
  InputsRequest r;
  r.periods.push_back(ap.period);
  r.periods.insert(r.periods.end(), ap.baseline.begin(), ap.baseline.end());
  return r;
}

core::Result<Ranking> Rank(const CampaignInputs& in, const std::string& period_name,
                           campaign::UnitGroup group) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::AssessmentPeriod ap,
                           campaign::AssessmentPeriodOf(period_name));
  Ranking out;
  out.period = ap;
  out.group = group;
  out.synthetic = in.synthetic;
  const int required = RequiredDays(ap.period);
  for (const auto& u : in.units) {
    if (!campaign::InGroup(u, group)) continue;
    RankedCity c;
    c.unit = u;
    c.required_days = required;
    const campaign::DailySeries now = in.Series(u.code, ap.period);
    const campaign::DailySeries base = in.Series(u.code, ap.baseline);
    c.index = aq::ComputeCompositeIndex(now.days, now.dust);
    c.baseline_index = aq::ComputeCompositeIndex(base.days, base.dust);
    if (const auto& pm = c.index[aq::IndexPollutant::kPM25]) c.pm25 = pm->statistic;
    c.index_change_percent = aq::PercentChange(c.index.index, c.baseline_index.index);
    if (c.pm25 && c.baseline_index[aq::IndexPollutant::kPM25]) {
      c.pm25_change_percent =
          aq::PercentChange(c.pm25, c.baseline_index[aq::IndexPollutant::kPM25]->statistic);
    }
    // Validity: days with a value of each pollutant (dust days count as measured).
    c.fewest_days = static_cast<int>(now.days.size());
    std::string short_of;
    int most_days = 0;
    for (aq::IndexPollutant p : aq::kIndexPollutants) {
      int n = 0;
      for (const auto& d : now.days) n += d[ColumnOf(p)].has_value();
      if (n < c.fewest_days) c.fewest_days = n;
      most_days = std::max(most_days, n);
      if (n < required && short_of.empty()) {
        short_of = std::string(aq::IndexPollutantName(p)) + " " + std::to_string(n) + " of " +
                   std::to_string(required) + " days";
      }
    }
    c.ranked = short_of.empty() && c.index.index.has_value();
    if (!c.ranked) {
      c.not_ranked_reason =
          most_days == 0 ? "no data for the period"
                         : "insufficient data: " + (short_of.empty() ? "no index" : short_of);
    }
    out.cities.push_back(std::move(c));
  }

  auto keys = [&](auto get) {
    std::vector<std::optional<core::Decimal>> k;
    for (const auto& c : out.cities) k.push_back(c.ranked ? get(c) : std::nullopt);
    return k;
  };
  const auto by_index = keys([](const RankedCity& c) { return c.index.index; });
  const auto by_pm25 = keys([](const RankedCity& c) { return c.pm25; });
  const auto by_index_change = keys([](const RankedCity& c) { return c.index_change_percent; });
  const auto by_pm25_change = keys([](const RankedCity& c) { return c.pm25_change_percent; });
  const auto r_index = campaign::CompetitionRanks(by_index);
  const auto r_pm25 = campaign::CompetitionRanks(by_pm25);
  const auto r_index_change = campaign::CompetitionRanks(by_index_change);
  const auto r_pm25_change = campaign::CompetitionRanks(by_pm25_change);
  for (size_t i = 0; i < out.cities.size(); ++i) {
    out.cities[i].rank_index = r_index[i];
    out.cities[i].rank_pm25 = r_pm25[i];
    out.cities[i].rank_index_change = r_index_change[i];
    out.cities[i].rank_pm25_change = r_pm25_change[i];
  }
  // Order by index rank, unranked last (in the plan's order).
  std::vector<size_t> order(out.cities.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const auto& ra = out.cities[a].rank_index;
    const auto& rb = out.cities[b].rank_index;
    if (ra.has_value() != rb.has_value()) return ra.has_value();
    return ra && *ra < *rb;
  });
  std::vector<RankedCity> sorted;
  std::vector<std::optional<core::Decimal>> sorted_keys;
  for (size_t i : order) {
    sorted.push_back(std::move(out.cities[i]));
    sorted_keys.push_back(by_index[i]);
  }
  out.cities = std::move(sorted);
  out.best = campaign::BestN(sorted_keys, kBestWorstCount);
  out.worst = campaign::WorstN(sorted_keys, kBestWorstCount);
  return out;
}

}  // namespace lantian::app
