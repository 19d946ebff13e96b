#include "verify/detectors.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace lantian::verify {
namespace {

constexpr int64_t kHour = 3600;

std::string Fmt(const char* format, double a, double b = 0, double c = 0) {
  char buf[160];
  std::snprintf(buf, sizeof buf, format, a, b, c);
  return buf;
}

bool In(core::Instant t, const Spans& spans) {
  return std::any_of(spans.begin(), spans.end(),
                     [&](const auto& s) { return s.first <= t && t < s.second; });
}

// The value as judged against the limit (O2-corrected where the limit says).
std::optional<double> Judged(const HourValue& h, const OutletLimit& l) {
  if (!l.reference_o2) return h.value;
  if (!h.o2) return std::nullopt;
  return O2Corrected(h.value, *h.o2, *l.reference_o2);
}

}  // namespace

std::vector<Finding> DetectFlatLine(const OutletSeries& s) {
  std::vector<Finding> out;
  size_t i = 0;
  while (i < s.hours.size()) {
    size_t j = i + 1;
    while (j < s.hours.size() && s.hours[i].flag == 'N' && s.hours[j].flag == 'N' &&
           s.hours[j].hour.seconds == s.hours[j - 1].hour.seconds + kHour &&
           std::llround(s.hours[j].value * 100) == std::llround(s.hours[i].value * 100)) {
      ++j;
    }
    if (s.hours[i].flag == 'N' && j - i >= 6) {
      out.push_back({"flat-line", s.pollutant, s.hours[i].hour, s.hours[j - 1].hour + kHour,
                     Fmt("%.0f consecutive hours at exactly %.2f", static_cast<double>(j - i),
                         s.hours[i].value)});
    }
    i = j;
  }
  return out;
}

std::vector<Finding> DetectPinnedUnderLimit(const OutletSeries& s) {
  const double limit = ApplicableLimit(s.limit, s.limit.ultra_low.has_value());
  int judged = 0, near = 0, over = 0;
  for (const auto& h : s.hours) {
    if (h.flag != 'N') continue;
    auto v = Judged(h, s.limit);
    if (!v) continue;
    ++judged;
    if (*v > limit) ++over;
    if (*v >= 0.9 * limit && *v <= limit) ++near;
  }
  if (judged < 72 || over > 0 || near * 2 < judged) return {};
  return {{"pinned", s.pollutant, s.hours.front().hour, s.hours.back().hour + kHour,
           Fmt("%.0f of %.0f judged hours between 90 and 100 %% of the limit %.2f, none above",
               near, judged, limit)}};
}

std::vector<Finding> DetectDropAtAlert(const OutletSeries& s, const Spans& alerts,
                                       const std::vector<std::optional<double>>& load_cut) {
  std::vector<Finding> out;
  std::map<int64_t, const HourValue*> by_hour;
  for (const auto& h : s.hours) {
    if (h.flag == 'N') by_hour[h.hour.seconds] = &h;
  }
  for (size_t a = 0; a < alerts.size(); ++a) {
    const auto& [from, to] = alerts[a];
    if (to.seconds - from.seconds < 6 * kHour) continue;
    double during = 0, before = 0;
    int n_during = 0, n_before = 0;
    for (int64_t t = from.seconds; t < to.seconds; t += kHour) {
      auto it = by_hour.find(t);
      if (it == by_hour.end()) continue;
      during += it->second->value;
      ++n_during;
      // The same hour of day on up to 5 earlier days outside any alert.
      int days = 0;
      for (int d = 1; d <= 14 && days < 5; ++d) {
        const core::Instant earlier{t - d * 86400};
        if (In(earlier, alerts)) continue;
        auto b = by_hour.find(earlier.seconds);
        if (b == by_hour.end()) continue;
        before += b->second->value;
        ++n_before;
        ++days;
      }
    }
    if (n_during < 6 || n_before < 6) continue;
    const double ratio = (during / n_during) / (before / n_before);
    const std::optional<double> cut = a < load_cut.size() ? load_cut[a] : std::nullopt;
    if (ratio >= 0.5 || (cut && *cut > 0.2)) continue;
    out.push_back({"drop-at-alert", s.pollutant, from, to,
                   Fmt("mean %.2f during the alert, %.2f on the same hours before: %.0f %%",
                       during / n_during, before / n_before, ratio * 100) +
                       (cut ? Fmt("; the load was cut %.0f %%", *cut * 100) : "; load unknown")});
  }
  return out;
}

std::vector<Finding> DetectGaps(const OutletSeries& s, core::Instant from, core::Instant to) {
  std::vector<Finding> out;
  int64_t expected = from.seconds;
  auto gap = [&](int64_t until) {
    if (until - expected >= 6 * kHour) {
      out.push_back(
          {"gap", s.pollutant, core::Instant{expected}, core::Instant{until},
           Fmt("%.0f hours without data", static_cast<double>(until - expected) / kHour)});
    }
  };
  for (const auto& h : s.hours) {
    if (h.hour.seconds < from.seconds || h.hour.seconds >= to.seconds) continue;
    gap(h.hour.seconds);
    expected = h.hour.seconds + kHour;
  }
  gap(to.seconds);
  return out;
}

std::vector<Finding> DetectFlagOveruse(const OutletSeries& s, const Spans& alerts) {
  int all = 0, flagged = 0, in_alert = 0, flagged_in_alert = 0;
  for (const auto& h : s.hours) {
    ++all;
    const bool f = h.flag != 'N';
    flagged += f;
    if (In(h.hour, alerts)) {
      ++in_alert;
      flagged_in_alert += f;
    }
  }
  if (all == 0) return {};
  std::vector<Finding> out;
  const bool overall = flagged * 20 > all;
  const bool during = in_alert >= 12 && flagged_in_alert * 5 > in_alert;
  if (overall || during) {
    out.push_back({"flag-overuse", s.pollutant, s.hours.front().hour, s.hours.back().hour + kHour,
                   Fmt("%.0f of %.0f hours flagged other than N", flagged, all) +
                       Fmt("; %.0f of %.0f hours under alert", flagged_in_alert, in_alert)});
  }
  return out;
}

std::vector<Finding> DetectLoadInverse(const OutletSeries& s,
                                       const std::vector<std::pair<core::Instant, double>>& load) {
  // Daily means of the series, and their median as the baseline.
  std::map<int64_t, std::pair<double, int>> days;
  for (const auto& h : s.hours) {
    if (h.flag != 'N') continue;
    auto& d = days[h.hour.seconds - h.hour.seconds % 86400];
    d.first += h.value;
    ++d.second;
  }
  std::vector<double> means;
  for (const auto& [day, d] : days) means.push_back(d.first / d.second);
  if (means.size() < 5) return {};
  std::nth_element(means.begin(), means.begin() + static_cast<std::ptrdiff_t>(means.size() / 2),
                   means.end());
  const double baseline = means[means.size() / 2];
  std::vector<Finding> out;
  for (const auto& [day_start, ratio] : load) {
    const int64_t day = day_start.seconds - day_start.seconds % 86400;
    auto it = days.find(day);
    if (it == days.end() || baseline <= 0) continue;
    const double c = it->second.first / it->second.second / baseline;
    if (ratio >= 1.2 && c <= 0.7) {
      out.push_back({"load-inverse", s.pollutant, core::Instant{day}, core::Instant{day + 86400},
                     Fmt("load %.0f %% of its baseline, concentration %.0f %% of its median",
                         ratio * 100, c * 100)});
    }
  }
  return out;
}

std::vector<Finding> DetectAll(const OutletSeries& s, const Spans& alerts, core::Instant from,
                               core::Instant to, const LoadEvidence* load) {
  std::vector<Finding> out;
  if (s.hours.empty()) return DetectGaps(s, from, to);
  auto add = [&](std::vector<Finding> f) { out.insert(out.end(), f.begin(), f.end()); };
  add(DetectFlatLine(s));
  add(DetectPinnedUnderLimit(s));
  add(DetectDropAtAlert(s, alerts, load ? load->cuts : std::vector<std::optional<double>>{}));
  add(DetectGaps(s, from, to));
  add(DetectFlagOveruse(s, alerts));
  if (load) add(DetectLoadInverse(s, load->daily));
  return out;
}

}  // namespace lantian::verify
