// Did a line cut its load as its measure says? (issue 7 §4, plan （二十）:
// 分表计电.) The grid company's 15-minute readings of the line's meter during
// a stretch of an alert level are compared with a documented baseline:
//
//   baseline   for each quarter hour of the stretch, the mean load at the same
//              clock time on the `days` (5) most recent days before the
//              stretch's first day on which no alert was in force at any
//              time, looking back at most `lookback` (14) days;
//   observed   cut = 1 − mean load during ÷ mean baseline, over the quarter
//              hours that have both;
//   required   cut = the share of output the measure takes away: a stop 100 %,
//              a limit its percentage, a stop of named processes the mean of
//              its four shares; self-determined, transport and no measure set
//              no load to check;
//   verdict    compliant when observed ≥ required − tolerance, the tolerance
//              10 points but at most half the required cut (a 10 % limit
//              needs at least 5 %);
//              suspected violation otherwise; no data when fewer than 75 % of
//              the quarter hours have a reading and a baseline. A line idle on
//              the comparable days (baseline under 1 kW) is compliant if it
//              stays idle, suspected if it runs.
// Pure.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/civil_time.hpp"
#include "emergency/list.hpp"

namespace lantian::verify {

// Average kW of each quarter hour, keyed by the quarter hour's end.
using LoadSeries = std::map<core::Instant, double>;

struct BaselineOptions {
  int days = 5;
  int lookback = 14;
};

// The baseline of each quarter hour ending in (from, to].
std::map<core::Instant, double> Baseline(const LoadSeries& series, core::Instant from,
                                         core::Instant to, const std::set<core::Date>& alert_days,
                                         const BaselineOptions& options = {});

// The quarter hours ending in (from, to] with a reading and a baseline, and
// the mean load of each over them.
struct StretchLoad {
  int quarters = 0;
  int covered = 0;
  double baseline_kw = 0;
  double during_kw = 0;
};
StretchLoad LoadOver(const LoadSeries& series, core::Instant from, core::Instant to,
                     const std::set<core::Date>& alert_days, const BaselineOptions& options = {});

enum class LoadVerdict { kCompliant, kSuspected, kNoData, kNotChecked };
std::string_view LoadVerdictName(LoadVerdict v);  // compliant, suspected, no-data, not-checked

struct LoadCheckOptions {
  double tolerance = 0.10;
  double min_coverage = 0.75;
  double idle_kw = 1.0;
};

struct LoadCheck {
  LoadVerdict verdict = LoadVerdict::kNotChecked;
  double required_cut = 0;
  std::optional<double> observed_cut;
  double baseline_kw = 0;  // mean over the covered quarter hours
  double during_kw = 0;
  int quarters = 0;  // in the stretch
  int covered = 0;   // with a reading and a baseline
  std::string why;
};

// The share of output a measure takes away (0…1); nullopt when it sets no load.
std::optional<double> RequiredCut(const emergency::Measure& m);

// The cut observed in (from, to], 1 − during ÷ baseline: nullopt under the
// coverage or when the baseline is idle. For the detectors (a drop at an
// alert with the load not cut).
std::optional<double> ObservedCut(const LoadSeries& series, core::Instant from, core::Instant to,
                                  const std::set<core::Date>& alert_days,
                                  const LoadCheckOptions& options = {});

// Each day of (from, to] with readings for at least 75 % of its quarter hours:
// its mean load ÷ the median of those days' means (nothing with fewer than 5
// such days, or an idle median). For the load-inverse detector.
std::vector<std::pair<core::Instant, double>> DailyLoadRatios(const LoadSeries& series,
                                                              core::Instant from, core::Instant to,
                                                              const LoadCheckOptions& options = {});

LoadCheck CheckLoad(const std::optional<emergency::Measure>& measure, const LoadSeries& series,
                    core::Instant from, core::Instant to, const std::set<core::Date>& alert_days,
                    const BaselineOptions& baseline = {}, const LoadCheckOptions& options = {});

}  // namespace lantian::verify
