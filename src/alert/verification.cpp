#include "alert/verification.hpp"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "aq/aqi.hpp"

namespace lantian::alert {
namespace {

std::optional<double> Ratio(int64_t num, int64_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}

}  // namespace

Band BandOf(const ForecastPair& p) {
  if (p.aqi_low && p.aqi_high) return {*p.aqi_low, *p.aqi_high};
  return {std::max(0, p.aqi - 25), std::min(500, p.aqi + 25)};
}

std::optional<double> Skill::BandRate() const { return Ratio(within_band, n); }
std::optional<double> Skill::LevelRate() const { return Ratio(level_hits, n); }
std::optional<double> Skill::Pod() const { return Ratio(heavy_hits, heavy_hits + heavy_misses); }
std::optional<double> Skill::Far() const { return Ratio(false_alarms, heavy_hits + false_alarms); }
std::optional<double> Skill::Ts() const {
  return Ratio(heavy_hits, heavy_hits + heavy_misses + false_alarms);
}
std::optional<double> Skill::Bias() const { return Ratio(sum_error, n); }
std::optional<double> Skill::Mae() const { return Ratio(sum_abs_error, n); }

std::vector<Skill> ScoreForecasts(std::span<const ForecastPair> pairs) {
  std::map<std::pair<std::string, int>, Skill> by;
  for (const ForecastPair& p : pairs) {
    Skill& s = by[{p.issuer, p.lead_days}];
    s.issuer = p.issuer;
    s.lead_days = p.lead_days;
    ++s.n;
    const Band band = BandOf(p);
    if (p.observed >= band.low && p.observed <= band.high) ++s.within_band;
    // Level: the categories (HJ 633 Table 2) the issuer's band spans; a single
    // value is its own category.
    const bool banded = p.aqi_low && p.aqi_high;
    const int lo = aq::AqiLevel(banded ? *p.aqi_low : p.aqi);
    const int hi = aq::AqiLevel(banded ? *p.aqi_high : p.aqi);
    const int seen = aq::AqiLevel(p.observed);
    if (seen >= lo && seen <= hi) ++s.level_hits;
    const bool forecast_heavy = p.aqi > 200, observed_heavy = p.observed > 200;
    if (forecast_heavy && observed_heavy) ++s.heavy_hits;
    if (!forecast_heavy && observed_heavy) ++s.heavy_misses;
    if (forecast_heavy && !observed_heavy) ++s.false_alarms;
    if (!forecast_heavy && !observed_heavy) ++s.correct_negatives;
    s.sum_error += p.aqi - p.observed;
    s.sum_abs_error += std::abs(p.aqi - p.observed);
  }
  std::vector<Skill> out;
  for (auto& [key, s] : by) out.push_back(s);
  return out;
}

std::vector<AlertHindsight> HindsightOf(std::span<const AlertPeriod> alerts,
                                        const std::map<int32_t, int>& observed, core::Instant now) {
  std::vector<AlertHindsight> out;
  for (const AlertPeriod& a : alerts) {
    AlertHindsight h{a, 0, 0, 0};
    const std::span<const AlertPeriod> one(&a, 1);
    const core::Period all{core::Date{-1000000}, core::Date{1000000}};
    for (core::Date d : AlertDays(one, all, now)) {
      auto it = observed.find(d.days);
      if (it == observed.end()) continue;
      ++h.observed_days;
      if (it->second > 200) ++h.days_over_200;
      h.max_observed = std::max(h.max_observed, it->second);
    }
    out.push_back(h);
  }
  return out;
}

std::vector<ObservedEpisode> ObservedEpisodes(std::span<const AlertPeriod> alerts,
                                              const std::map<int32_t, int>& observed,
                                              const AlertRules& rules, core::Instant now) {
  std::vector<ForecastDay> days;
  for (const auto& [d, aqi] : observed) days.push_back({core::Date{d}, aqi});
  std::vector<ObservedEpisode> out;
  for (const Episode& e : FindEpisodes(days, rules)) {
    ObservedEpisode o{e, Level::kNone};
    for (const AlertPeriod& a : alerts) {
      const std::span<const AlertPeriod> one(&a, 1);
      if (!AlertDays(one, {e.start, e.end}, now).empty()) {
        o.alert_level = std::max(o.alert_level, a.max_level);
      }
    }
    out.push_back(o);
  }
  return out;
}

}  // namespace lantian::alert
