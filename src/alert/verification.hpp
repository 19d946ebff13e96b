// After the fact (issue 5 §5): how good were the forecasts, and were the alerts
// right? Pure: pairs of forecast and observed daily AQI in, scores out; alert
// periods and observed days in, hindsight out. The scores follow the practice
// of HJ 1130-2020 §6 and of the national forecast evaluations; docs/standards.md
// §9 gives each formula.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "alert/episode.hpp"
#include "alert/history.hpp"
#include "alert/rules.hpp"

namespace lantian::alert {

// A forecast day and what was observed that day.
struct ForecastPair {
  std::string issuer;
  int lead_days = 0;  // forecast day minus the issue day (1 = the next day)
  int aqi = 0;
  std::optional<int> aqi_low;  // the issuer's band, when given
  std::optional<int> aqi_high;
  int observed = 0;  // the observed daily AQI
};

// The band a forecast is judged against: the issuer's, or aqi ± 25 when the
// issuer gave a single value (a band 50 wide, as ranges are usually published).
struct Band {
  int low = 0;
  int high = 0;
};
Band BandOf(const ForecastPair& p);

struct Skill {
  std::string issuer;
  int lead_days = 0;
  int n = 0;             // days with both a forecast and an observation
  int within_band = 0;   // observed AQI inside the band
  int level_hits = 0;    // observed AQI category among the forecast's categories
  int heavy_hits = 0;    // forecast > 200 and observed > 200
  int heavy_misses = 0;  // forecast ≤ 200, observed > 200
  int false_alarms = 0;  // forecast > 200, observed ≤ 200
  int correct_negatives = 0;
  int64_t sum_error = 0;      // Σ (forecast − observed)
  int64_t sum_abs_error = 0;  // Σ |forecast − observed|

  // Ratios; nullopt when their denominator is zero.
  std::optional<double> BandRate() const;
  std::optional<double> LevelRate() const;
  std::optional<double> Pod() const;   // hits / (hits + misses)
  std::optional<double> Far() const;   // false alarms / (hits + false alarms)
  std::optional<double> Ts() const;    // hits / (hits + misses + false alarms)
  std::optional<double> Bias() const;  // mean error
  std::optional<double> Mae() const;
};

// Scores grouped by issuer, then lead (both ascending).
std::vector<Skill> ScoreForecasts(std::span<const ForecastPair> pairs);

// An alert and what the air did while it was in force.
struct AlertHindsight {
  AlertPeriod alert;
  int observed_days = 0;  // alert days with an observed AQI
  int days_over_200 = 0;
  int max_observed = 0;
};
// `observed`: day → observed daily AQI of the city.
std::vector<AlertHindsight> HindsightOf(std::span<const AlertPeriod> alerts,
                                        const std::map<int32_t, int>& observed, core::Instant now);

// An observed episode (the rule applied to observed days) and the strictest
// alert in force on any of its days.
struct ObservedEpisode {
  Episode episode;
  Level alert_level = Level::kNone;  // none: it came without an alert
};
std::vector<ObservedEpisode> ObservedEpisodes(std::span<const AlertPeriod> alerts,
                                              const std::map<int32_t, int>& observed,
                                              const AlertRules& rules, core::Instant now);

}  // namespace lantian::alert
