#include "verify/load.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lantian::verify {
namespace {

constexpr int64_t kQuarter = 15 * 60;
constexpr int64_t kDay = 24 * 3600;

std::string Percent(double share) {
  return std::to_string(static_cast<int>(std::lround(share * 100))) + " %";
}

}  // namespace

std::string_view LoadVerdictName(LoadVerdict v) {
  switch (v) {
    case LoadVerdict::kCompliant:
      return "compliant";
    case LoadVerdict::kSuspected:
      return "suspected";
    case LoadVerdict::kNoData:
      return "no-data";
    case LoadVerdict::kNotChecked:
      return "not-checked";
  }
  return "";
}

std::map<core::Instant, double> Baseline(const LoadSeries& series, core::Instant from,
                                         core::Instant to, const std::set<core::Date>& alert_days,
                                         const BaselineOptions& options) {
  // The comparable days: the most recent days before the stretch without an alert.
  std::vector<int> offsets;  // days back
  for (int back = 1; back <= options.lookback && static_cast<int>(offsets.size()) < options.days;
       ++back) {
    if (!alert_days.count(from.date() - back)) offsets.push_back(back);
  }
  std::map<core::Instant, double> out;
  // Quarter hours ending in (from, to], on the quarter-hour grid.
  const int64_t first = (from.seconds / kQuarter + 1) * kQuarter;
  for (int64_t end = first; end <= to.seconds; end += kQuarter) {
    double sum = 0;
    int n = 0;
    for (int back : offsets) {
      auto it = series.find(core::Instant{end - back * kDay});
      if (it == series.end()) continue;
      sum += it->second;
      ++n;
    }
    if (n > 0) out[core::Instant{end}] = sum / n;
  }
  return out;
}

std::optional<double> RequiredCut(const emergency::Measure& m) {
  switch (m.kind) {
    case emergency::MeasureKind::kStop:
      return 1.0;
    case emergency::MeasureKind::kLimit:
      return static_cast<double>(m.permille[0]) / 1000.0;
    case emergency::MeasureKind::kStopProcesses: {
      double sum = 0;
      for (int64_t p : m.permille) sum += static_cast<double>(p);
      return sum / 4000.0;
    }
    default:
      return std::nullopt;
  }
}

StretchLoad LoadOver(const LoadSeries& series, core::Instant from, core::Instant to,
                     const std::set<core::Date>& alert_days, const BaselineOptions& options) {
  StretchLoad out;
  const auto baseline = Baseline(series, from, to, alert_days, options);
  const int64_t first = (from.seconds / kQuarter + 1) * kQuarter;
  double base_sum = 0, during_sum = 0;
  for (int64_t end = first; end <= to.seconds; end += kQuarter) {
    ++out.quarters;
    const auto b = baseline.find(core::Instant{end});
    const auto d = series.find(core::Instant{end});
    if (b == baseline.end() || d == series.end()) continue;
    ++out.covered;
    base_sum += b->second;
    during_sum += d->second;
  }
  if (out.covered) {
    out.baseline_kw = base_sum / out.covered;
    out.during_kw = during_sum / out.covered;
  }
  return out;
}

std::optional<double> ObservedCut(const LoadSeries& series, core::Instant from, core::Instant to,
                                  const std::set<core::Date>& alert_days,
                                  const LoadCheckOptions& options) {
  const StretchLoad l = LoadOver(series, from, to, alert_days);
  if (l.quarters == 0 || l.covered < options.min_coverage * l.quarters) return std::nullopt;
  if (l.baseline_kw < options.idle_kw) return std::nullopt;
  return 1.0 - l.during_kw / l.baseline_kw;
}

std::vector<std::pair<core::Instant, double>> DailyLoadRatios(const LoadSeries& series,
                                                              core::Instant from, core::Instant to,
                                                              const LoadCheckOptions& options) {
  std::map<int64_t, std::pair<double, int>> days;  // day start → (sum, quarters)
  for (auto it = series.upper_bound(from); it != series.end() && it->first <= to; ++it) {
    const int64_t start = it->first.seconds - kQuarter;  // the quarter's own day
    auto& d = days[start - start % kDay];
    d.first += it->second;
    ++d.second;
  }
  std::vector<std::pair<int64_t, double>> means;
  for (const auto& [day, d] : days) {
    if (d.second >= options.min_coverage * 96) means.emplace_back(day, d.first / d.second);
  }
  if (means.size() < 5) return {};
  std::vector<double> sorted;
  for (const auto& [day, mean] : means) sorted.push_back(mean);
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                   sorted.end());
  const double median = sorted[sorted.size() / 2];
  if (median < options.idle_kw) return {};
  std::vector<std::pair<core::Instant, double>> out;
  for (const auto& [day, mean] : means) out.emplace_back(core::Instant{day}, mean / median);
  return out;
}

LoadCheck CheckLoad(const std::optional<emergency::Measure>& measure, const LoadSeries& series,
                    core::Instant from, core::Instant to, const std::set<core::Date>& alert_days,
                    const BaselineOptions& baseline_options, const LoadCheckOptions& options) {
  LoadCheck c;
  if (!measure) {
    c.why = "the list names no measure for this line at this level";
    return c;
  }
  const auto required = RequiredCut(*measure);
  if (!required) {
    c.why = std::string(emergency::MeasureKindName(measure->kind)) + ": no load to check";
    return c;
  }
  c.required_cut = *required;
  const StretchLoad l = LoadOver(series, from, to, alert_days, baseline_options);
  c.quarters = l.quarters;
  c.covered = l.covered;
  if (c.quarters == 0 || c.covered < options.min_coverage * c.quarters) {
    c.verdict = LoadVerdict::kNoData;
    c.why = std::to_string(c.covered) + " of " + std::to_string(c.quarters) +
            " quarter hours have a reading and a baseline";
    return c;
  }
  c.baseline_kw = l.baseline_kw;
  c.during_kw = l.during_kw;
  if (c.baseline_kw < options.idle_kw) {
    const bool idle = c.during_kw < options.idle_kw;
    c.verdict = idle ? LoadVerdict::kCompliant : LoadVerdict::kSuspected;
    c.why = idle ? "idle on the comparable days and during the alert"
                 : "idle on the comparable days but running during the alert";
    return c;
  }
  c.observed_cut = 1.0 - c.during_kw / c.baseline_kw;
  // The tolerance never exceeds half the required cut: a 10 % limit met by no
  // cut at all would not be a check.
  const double tolerance = std::min(options.tolerance, c.required_cut / 2);
  const bool met = *c.observed_cut >= c.required_cut - tolerance - 1e-9;
  c.verdict = met ? LoadVerdict::kCompliant : LoadVerdict::kSuspected;
  c.why = "load cut " + Percent(*c.observed_cut) + ", the measure asks " + Percent(c.required_cut);
  return c;
}

}  // namespace lantian::verify
