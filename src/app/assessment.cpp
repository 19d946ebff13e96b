#include "app/assessment.hpp"

#include <algorithm>
#include <map>

#include "app/city_targets.hpp"

namespace lantian::app {
namespace {

// Averages over the cities of a province or region.
AreaAssessment Aggregate(const std::string& code, const std::string& name,
                         const std::vector<const CityAssessment*>& cities) {
  AreaAssessment a;
  a.code = code;
  a.name = name;
  core::Decimal pm_sum, base_sum, projected_sum;
  int base_n = 0, projected_n = 0, heavy = 0;
  for (const CityAssessment* c : cities) {
    const campaign::Progress& p = c->progress;
    if (IsWarning(p.pm25_status) || IsWarning(p.heavy_status)) {
      const bool missed = p.pm25_status == campaign::IndicatorStatus::kAlreadyMissed ||
                          p.pm25_status == campaign::IndicatorStatus::kMissed ||
                          p.heavy_status == campaign::IndicatorStatus::kAlreadyMissed ||
                          p.heavy_status == campaign::IndicatorStatus::kMissed;
      (missed ? a.missed_cities : a.at_risk_cities)++;
    }
    if (!p.pm25) continue;
    ++a.cities;
    pm_sum += *p.pm25;
    heavy += p.heavy_days;
    if (p.baseline_pm25_to_date) {
      base_sum += *p.baseline_pm25_to_date;
      ++base_n;
    }
    if (p.projected_pm25) {
      projected_sum += p.projected_pm25->value;
      ++projected_n;
    }
  }
  if (a.cities > 0) {
    a.pm25 = core::RoundedMean(pm_sum, a.cities, 0);
    a.heavy_days_per_city = core::RoundedMean(core::Decimal::FromInt(heavy), a.cities, 1);
  }
  // Like for like: the change compares the same cities' baselines.
  if (base_n > 0 && base_n == a.cities) {
    a.baseline_pm25_to_date = core::RoundedMean(base_sum, base_n, 0);
    if (!a.baseline_pm25_to_date->IsZero()) {
      a.pm25_change_percent = core::RoundedRatio((*a.pm25 - *a.baseline_pm25_to_date) * 100,
                                                 *a.baseline_pm25_to_date, 1);
    }
  }
  if (projected_n > 0) a.projected_pm25 = core::RoundedMean(projected_sum, projected_n, 1);
  return a;
}

}  // namespace

core::Result<InputsRequest> AssessmentRequest(const std::string& period_name) {
  LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(period_name));
  InputsRequest r;
  r.periods.push_back(ap.period);
  r.periods.insert(r.periods.end(), ap.baseline.begin(), ap.baseline.end());
  return r;
}

core::Result<Assessment> Assess(const CampaignInputs& in, const std::string& period_name,
                                std::optional<core::Date> as_of) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::AssessmentPeriod ap,
                           campaign::AssessmentPeriodOf(period_name));
  Assessment out;
  out.period = ap;
  out.synthetic = in.synthetic;
  const core::Date latest = in.latest_day.value_or(ap.period.first - 1);
  out.as_of = std::min(as_of.value_or(latest), ap.period.last);

  std::map<std::string, campaign::CityTarget> targets;
  if (ap.is_phase) {
    LANTIAN_ASSIGN_OR_RETURN(targets, ResolveTargets(in, ap.name));
  }
  for (const auto& u : in.units) {
    CityAssessment c;
    c.unit = u;
    if (auto it = in.stations.find(u.code); it != in.stations.end()) c.stations = it->second;
    std::optional<campaign::CityTarget> target;
    if (auto it = targets.find(u.code); it != targets.end()) {
      target = it->second;
      (target->source == campaign::TargetSource::kOfficial ? out.official_targets
                                                           : out.derived_targets)++;
    }
    c.progress = campaign::ComputeProgress(in.Series(u.code, ap.period),
                                           in.Series(u.code, ap.baseline), out.as_of, target);
    for (const auto& f : in.findings) {
      if (f.city_code == u.code && f.phase == ap.name) c.findings.push_back(f.description);
    }
    c.verdict = campaign::JudgePhase(c.progress, !c.findings.empty());
    out.cities.push_back(std::move(c));
  }

  // Provinces in the order they first appear; regions JJJ then FW.
  std::vector<std::string> provinces;
  for (const auto& c : out.cities) {
    if (std::find(provinces.begin(), provinces.end(), c.unit.province_zh) == provinces.end()) {
      provinces.push_back(c.unit.province_zh);
    }
  }
  for (const auto& province : provinces) {
    std::vector<const CityAssessment*> members;
    for (const auto& c : out.cities) {
      if (c.unit.province_zh == province) members.push_back(&c);
    }
    out.provinces.push_back(Aggregate(province, province, members));
  }
  for (campaign::Region region : {campaign::Region::kJJJ, campaign::Region::kFW}) {
    std::vector<const CityAssessment*> members;
    for (const auto& c : out.cities) {
      if (c.unit.region == region) members.push_back(&c);
    }
    AreaAssessment a = Aggregate(std::string(campaign::RegionCode(region)),
                                 std::string(campaign::RegionNameZh(region)), members);
    for (const auto& t : in.regional_targets) {
      if (t.region != region || t.period != ap.name) continue;
      a.pm25_target = t.pm25_mean_max;
      a.heavy_days_target = t.heavy_days_city_avg_max;
      if (a.pm25) a.pm25_within_target = *a.pm25 <= t.pm25_mean_max;
      if (a.heavy_days_per_city) {
        a.heavy_days_within_target = *a.heavy_days_per_city <= t.heavy_days_city_avg_max;
      }
    }
    out.regions.push_back(std::move(a));
  }
  return out;
}

}  // namespace lantian::app
