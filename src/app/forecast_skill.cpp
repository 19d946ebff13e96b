#include "app/forecast_skill.hpp"

#include <map>

#include "app/alert_desk.hpp"
#include "app/campaign_inputs.hpp"
#include "aq/breakpoints.hpp"
#include "aq/daily_values.hpp"
#include "auth/access.hpp"

namespace lantian::app {
namespace {

// city → day → forecast AQI (hourly runs: calendar-day means of ≥ 20 hours).
std::map<std::string, std::map<int32_t, storage::ForecastValue>> DailyValuesOf(
    const StoredForecast& run) {
  std::map<std::string, std::map<int32_t, storage::ForecastValue>> out;
  if (!run.hourly()) {
    for (const auto& v : run.values) {
      if (auto d = core::ParseIsoDate(v.at)) out[v.city][d->days] = v;
    }
    return out;
  }
  std::map<std::pair<std::string, int32_t>, std::pair<int64_t, int>> sums;
  for (const auto& v : run.values) {
    auto h = core::ParseHourStart(v.at);
    if (!h) continue;
    auto& [sum, n] = sums[{v.city, h->date().days}];
    sum += v.aqi;
    ++n;
  }
  for (const auto& [key, s] : sums) {
    if (s.second < 20) continue;
    const int mean = static_cast<int>((s.first + s.second - 1) / s.second);  // rounded up
    out[key.first][key.second] = {key.first, "", mean, std::nullopt, std::nullopt};
  }
  return out;
}

}  // namespace

core::Result<SkillReport> VerifyForecasts(storage::Store& store, const auth::Principal& principal,
                                          core::Period period, core::Instant now) {
  SkillReport report;
  report.period = period;
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  LANTIAN_ASSIGN_OR_RETURN(ForecastArchive archive, LoadForecasts(store));
  InputsRequest request;
  request.periods = {period};
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs inputs, LoadCampaignInputs(store, request));

  std::map<std::string, std::map<int32_t, int>> observed;  // city → day → AQI
  for (const auto& u : log.units) {
    if (auth::CanReadAlerts(principal, auth::PlaceOf(u)) != auth::Access::kAllowed) continue;
    auto& days = observed[u.code];
    if (auto it = inputs.daily.find(u.code); it != inputs.daily.end()) {
      for (const auto& [day, values] : it->second) {
        if (!period.Contains(core::Date{day})) continue;
        if (auto aqi = aq::DailyAqi(aq::Hj633_2012(), values)) {
          days[day] = aqi->aqi;
          ++report.observed_days;
        }
      }
    }
  }

  std::vector<alert::ForecastPair> pairs;
  for (const StoredForecast& run : archive.runs) {
    const core::Date issued = run.issued_at.date();
    for (const auto& [city, days] : DailyValuesOf(run)) {
      auto obs = observed.find(city);
      if (obs == observed.end()) continue;
      for (const auto& [day, v] : days) {
        const int lead = core::Date{day} - issued;
        if (lead < 0 || !period.Contains(core::Date{day})) continue;
        auto seen = obs->second.find(day);
        if (seen == obs->second.end()) continue;
        pairs.push_back({run.run.issuer, lead, v.aqi, v.aqi_low, v.aqi_high, seen->second});
      }
    }
  }
  report.skill = alert::ScoreForecasts(pairs);

  for (const auto& [city, days] : observed) {
    const auto periods = alert::AlertPeriods(log.StepsOf(city));
    std::vector<alert::AlertPeriod> within;
    for (const auto& p : periods) {
      if (period.Contains(p.issued_at.date())) within.push_back(p);
    }
    for (const auto& h : alert::HindsightOf(within, days, now)) {
      report.alerts.push_back({city, CityName(city, log.units), h});
    }
    for (const auto& e : alert::ObservedEpisodes(periods, days, alert::NationalDefault(), now)) {
      report.episodes.push_back({city, CityName(city, log.units), e});
    }
  }
  return report;
}

}  // namespace lantian::app
