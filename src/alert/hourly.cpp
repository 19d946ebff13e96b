#include "alert/hourly.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace lantian::alert {
namespace {

constexpr int kWindow = 24;
constexpr int kMinHours = 20;

// The rounded-up mean of the window from `first`, if it has enough hours.
std::optional<int> WindowMean(const std::map<int64_t, int>& aqi, int64_t first) {
  int64_t sum = 0;
  int n = 0;
  for (auto it = aqi.lower_bound(first); it != aqi.end() && it->first < first + kWindow; ++it) {
    sum += it->second;
    ++n;
  }
  if (n < kMinHours) return std::nullopt;
  return static_cast<int>((sum + n - 1) / n);
}

}  // namespace

std::vector<HourlyDay> HourlyDays(std::span<const ForecastHour> hours) {
  std::map<int64_t, int> aqi;
  for (const ForecastHour& h : hours) aqi[h.hour.hours] = h.aqi;
  std::vector<HourlyDay> out;
  if (aqi.empty()) return out;
  const int64_t last = aqi.rbegin()->first;
  core::Date index;              // the day index of the next window over 200
  std::optional<int64_t> after;  // the end (exclusive) of the previous run
  for (int64_t h = aqi.begin()->first; h <= last;) {
    auto mean = WindowMean(aqi, h);
    if (!mean || *mean <= 200) {
      ++h;
      continue;
    }
    // A run anchored at h. Gap days since the previous run: whole 24-hour spans.
    if (after) {
      index = index + static_cast<int>((h - *after) / kWindow);
    } else {
      index = core::HourStart{h}.date();
    }
    for (; mean && *mean > 200; h += kWindow, mean = WindowMean(aqi, h)) {
      out.push_back({{index, *mean}, core::HourStart{h}});
      index = index + 1;
    }
    after = h;
  }
  return out;
}

}  // namespace lantian::alert
