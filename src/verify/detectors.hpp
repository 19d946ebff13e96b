// Detectors of falsified or bad online-monitoring data (issue 7 §5), over an
// outlet's hourly data of one pollutant. Each returns findings with the
// stretch and the numbers behind them, for a person to review; none is proof.
// Logic and thresholds (docs/standards.md §13):
//   flat-line      ≥ 6 consecutive hours flagged N with one and the same value
//                  (to 0.01): analysers drift; a constant is typed in.
//   pinned         of ≥ 72 judged hours, ≥ 50 % between 90 % and 100 % of
//                  the limit and none above it: data held just under the limit.
//   drop-at-alert  an alert stretch of ≥ 6 hours whose mean is under 50 % of
//                  the mean of the same hours of day on the (up to) 5 days
//                  before it outside any alert — with the line's load not cut
//                  as much when the load is known (cut ≤ 20 %); a works that
//                  obeys a 30-50 % cut shows 50-90 %.
//   gap            ≥ 6 consecutive hours without data within the period.
//   flag-overuse   hours flagged other than N: > 5 % of all hours, or > 20 % of
//                  the hours under alert (≥ 12 of them): maintenance and
//                  calibration used to hide hours.
//   load-inverse   a day whose load rose ≥ 20 % over its baseline while the
//                  concentration fell ≥ 30 %.
// Pure.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/civil_time.hpp"
#include "verify/emission.hpp"

namespace lantian::verify {

struct Finding {
  std::string detector;  // flat-line, pinned, drop-at-alert, gap, flag-overuse, load-inverse
  std::string pollutant;
  core::Instant from;
  core::Instant to;  // exclusive
  std::string evidence;
};

using Spans = std::vector<std::pair<core::Instant, core::Instant>>;  // [from, to)

struct OutletSeries {
  std::string pollutant;
  std::vector<HourValue> hours;  // hour starts, ascending; value as measured
  OutletLimit limit;
};

std::vector<Finding> DetectFlatLine(const OutletSeries& s);
std::vector<Finding> DetectPinnedUnderLimit(const OutletSeries& s);
// `load_cut`: the line's observed load cut in each alert stretch (same order
// as `alerts`), when known.
std::vector<Finding> DetectDropAtAlert(const OutletSeries& s, const Spans& alerts,
                                       const std::vector<std::optional<double>>& load_cut = {});
std::vector<Finding> DetectGaps(const OutletSeries& s, core::Instant from, core::Instant to);
std::vector<Finding> DetectFlagOveruse(const OutletSeries& s, const Spans& alerts);
// Daily load ratios to baseline (day start, ratio) against the series.
std::vector<Finding> DetectLoadInverse(const OutletSeries& s,
                                       const std::vector<std::pair<core::Instant, double>>& load);

// What the enterprise's electricity meters say, when it has them: the load
// cut observed in each alert stretch (same order as the alerts; nullopt when
// unknown) and the daily load ratios (verify/load.hpp: DailyLoadRatios).
struct LoadEvidence {
  std::vector<std::optional<double>> cuts;
  std::vector<std::pair<core::Instant, double>> daily;
};

// Every detector; load-inverse, and drop-at-alert's load condition, only with
// the load.
std::vector<Finding> DetectAll(const OutletSeries& s, const Spans& alerts, core::Instant from,
                               core::Instant to, const LoadEvidence* load = nullptr);

}  // namespace lantian::verify
