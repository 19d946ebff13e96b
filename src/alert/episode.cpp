#include "alert/episode.hpp"

#include <algorithm>

namespace lantian::alert {

Level LevelOf(const AlertRules& rules, int days_over_200, int days_over_300, int days_at_500) {
  Level best = Level::kNone;
  for (const LevelRule& l : rules.levels) {
    if (!l.enabled || l.level <= best) continue;
    for (const Condition& c : l.any_of) {
      if (days_over_200 >= c.days_over_200 && days_over_300 >= c.days_over_300 &&
          days_at_500 >= c.days_at_500) {
        best = l.level;
        break;
      }
    }
  }
  return best;
}

std::vector<Episode> FindEpisodes(std::span<const ForecastDay> days, const AlertRules& rules) {
  std::vector<ForecastDay> over;
  for (const ForecastDay& d : days) {
    if (d.aqi > 200) over.push_back(d);
  }
  std::sort(over.begin(), over.end(),
            [](const ForecastDay& a, const ForecastDay& b) { return a.date < b.date; });
  std::vector<Episode> out;
  for (const ForecastDay& d : over) {
    // Days strictly between the episode's last day over 200 and this one.
    if (out.empty() || d.date - out.back().end - 1 > rules.merge_gap_days) {
      out.push_back(Episode{d.date, d.date});
    }
    Episode& e = out.back();
    e.end = d.date;
    ++e.days_over_200;
    if (d.aqi > 300) ++e.days_over_300;
    if (d.aqi >= 500) ++e.days_at_500;
    e.max_aqi = std::max(e.max_aqi, d.aqi);
  }
  for (Episode& e : out) e.level = LevelOf(rules, e.days_over_200, e.days_over_300, e.days_at_500);
  return out;
}

}  // namespace lantian::alert
