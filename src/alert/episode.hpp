// Episodes of a city's daily forecast and their alert level (domain.md §6).
// An episode runs from its first to its last day with AQI > 200; runs separated
// by at most `merge_gap_days` calendar days that are not over 200 (forecast at
// or below 200, or not forecast) join into one. Its level is the strictest whose
// conditions it meets, counting the days over 200, over 300 and at or over 500
// inside it; "none" when it meets none (a single day with blue disabled).
#pragma once

#include <span>
#include <vector>

#include "alert/level.hpp"
#include "alert/rules.hpp"
#include "core/civil_time.hpp"

namespace lantian::alert {

struct ForecastDay {
  core::Date date;
  int aqi = 0;
};

struct Episode {
  core::Date start;  // first day over 200
  core::Date end;    // last day over 200
  int days_over_200 = 0;
  int days_over_300 = 0;
  int days_at_500 = 0;
  int max_aqi = 0;
  Level level = Level::kNone;
};

Level LevelOf(const AlertRules& rules, int days_over_200, int days_over_300, int days_at_500);

// `days` of one city, each date once, in any order.
std::vector<Episode> FindEpisodes(std::span<const ForecastDay> days, const AlertRules& rules);

}  // namespace lantian::alert
