// Verification after the fact (issue 5 §5): the skill of every issuer's
// forecasts by lead time against the observed city daily AQI (HJ 633 from the
// stored station data, as the assessment computes it), and the hindsight of
// every alert (observed days over 200 while it was in force) and of every
// observed episode (was an alert in force?). Formulas: alert/verification.hpp
// and docs/standards.md §9.
#pragma once

#include <string>
#include <vector>

#include "alert/verification.hpp"
#include "auth/principal.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct CityHindsight {
  std::string city;
  std::string name;
  alert::AlertHindsight hindsight;
};

struct CityObservedEpisode {
  std::string city;
  std::string name;
  alert::ObservedEpisode observed;
};

struct SkillReport {
  core::Period period;
  int observed_days = 0;  // city days with an observed AQI in the period
  std::vector<alert::Skill> skill;
  std::vector<CityHindsight> alerts;          // alerts issued within the period
  std::vector<CityObservedEpisode> episodes;  // observed episodes within the period
};

// Cities the principal may see. Daily runs are scored day by day; hourly runs
// on calendar days (the mean of a day's hourly AQIs rounded up, with at least
// 20 hours). Lead = forecast day − issue day; forecasts for days before their
// issue day are not scored.
core::Result<SkillReport> VerifyForecasts(storage::Store& store, const auth::Principal& principal,
                                          core::Period period, core::Instant now);

}  // namespace lantian::app
