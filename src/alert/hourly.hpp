// Hourly forecasts as alert "days" (domain.md §6: the 24-hour means of the rule
// may span two calendar days). Lantian's choice of windows, documented in
// docs/standards.md §9:
// - A window is 24 consecutive hours; its value is the mean of its hourly AQIs
//   rounded up (as HJ 633 rounds an IAQI), so it is over 200 when the sum of its
//   hours exceeds 200 × their count. It needs 20 of its 24 hours (HJ 663's
//   daily minimum) to count at all.
// - Scanning forward, a run starts at the first hour whose window is over 200
//   and continues in steps of 24 h while the next window is over 200; the scan
//   resumes at the first window that is not. So each run is anchored where the
//   forecast first crosses 200, and runs never overlap.
// - Each window over 200 becomes a ForecastDay whose `date` is a day index:
//   consecutive in a run, and after a run the whole 24-hour spans to the next
//   run are the gap days that FindEpisodes joins or splits by.
#pragma once

#include <span>
#include <vector>

#include "alert/episode.hpp"
#include "core/civil_time.hpp"

namespace lantian::alert {

struct ForecastHour {
  core::HourStart hour;
  int aqi = 0;
};

struct HourlyDay {
  ForecastDay day;        // date: the day index; aqi: the window's rounded-up mean
  core::HourStart first;  // the window's first hour
};

// `hours` of one city, each hour once, in any order.
std::vector<HourlyDay> HourlyDays(std::span<const ForecastHour> hours);

}  // namespace lantian::alert
