// A city's progress through a campaign phase against its targets （二）
// (domain.md §5): the period-to-date PM2.5 mean and heavy-pollution days, the
// improvement on the baseline, the allowance for the remaining days, a
// projection of the outcome with its uncertainty, and the status of each
// indicator. Pure: daily values in, figures out.
//
// Rules, each in one place here:
// - PM2.5 mean: mean of the valid daily values, sand-and-dust days left out
//   (扣沙; facts.md §3.3), rounded half to even to an integer; the mean with
//   dust days is shown beside it.
// - Heavy-pollution day: daily AQI > 200; dust days count (CNEMC keeps them in
//   the heavy-day ratio, facts.md §3.3); the count without them is shown beside.
// - Improvement: the mean to date against the baseline mean over the same days
//   of the baseline period (like for like), in percent.
// - Allowance (domain.md §5): the largest mean the remaining days may have so
//   that the phase mean still does not exceed the target,
//   (target × (n + R) − sum) / R with n valid days so far and R days left,
//   rounded down to 0.1; below 0 means the target is already missed. The
//   rounding of the final mean (up to 0.5 µg/m³ of grace) is not counted.
// - Data completeness: each whole month so far needs the valid days of HJ 663
//   表2 (dust days count as valid data); months short of it are listed.
// - Projection (docs/standards.md §8): the remaining days are taken to be like
//   the same days of the baseline period scaled by the ratio of this phase to
//   the baseline so far; without a usable baseline, like the days so far.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "aq/daily_values.hpp"
#include "campaign/city_target.hpp"
#include "core/civil_time.hpp"
#include "core/decimal.hpp"

namespace lantian::campaign {

// A city's daily values over a period: one entry per calendar day from
// `period.first`; `dust` flags the sand-and-dust days (may be shorter: false).
struct DailySeries {
  core::Period period;
  std::vector<aq::DailyValues> days;
  std::vector<bool> dust;
  bool IsDust(size_t i) const { return i < dust.size() && dust[i]; }
};

// The status of one indicator (PM2.5 or heavy days).
enum class IndicatorStatus {
  kNoTarget,       // no target for the city and phase
  kNoData,         // no valid day yet
  kOnTrack,        // phase running, projection meets the target
  kAtRisk,         // phase running, projection misses the target
  kAlreadyMissed,  // phase running, the target can no longer be met
  kMet,            // phase over, met
  kMissed,         // phase over, missed
};
std::string_view IndicatorStatusName(IndicatorStatus s);  // "on-track", "at-risk", …
bool IsWarning(IndicatorStatus s);                        // at-risk, already-missed or missed

// A projected value with a 90% interval.
struct Projected {
  core::Decimal value;
  core::Decimal low;
  core::Decimal high;
};

enum class ProjectionMethod { kNone, kBaselineRatio, kPersistence, kFinal };
std::string_view ProjectionMethodName(ProjectionMethod m);

struct Progress {
  core::Period phase;
  core::Date as_of;        // last day counted
  int elapsed_days = 0;    // calendar days of the phase up to as_of
  int remaining_days = 0;  // calendar days after as_of
  bool final = false;      // no day left

  int pm25_days = 0;                            // valid PM2.5 days counted (dust days left out)
  int dust_days = 0;                            // dust days so far
  std::optional<core::Decimal> pm25;            // assessed mean, dust days left out
  std::optional<core::Decimal> pm25_with_dust;  // every valid day
  int heavy_days = 0;                           // assessed: dust days included
  int heavy_days_without_dust = 0;

  std::optional<core::Decimal> baseline_pm25_to_date;  // same days of the baseline period
  std::optional<core::Decimal> baseline_pm25;          // whole baseline period
  int baseline_heavy_days = 0;                         // whole baseline period
  std::optional<core::Decimal> pm25_change_percent;    // to date vs baseline to date

  std::optional<CityTarget> target;
  std::optional<core::Decimal> required_change_percent;  // target vs baseline, percent

  std::optional<core::Decimal> pm25_allowance;  // remaining-day mean ceiling; none when final
  std::optional<int> heavy_days_allowance;      // heavy days still allowed (may be < 0)

  ProjectionMethod method = ProjectionMethod::kNone;
  std::optional<Projected> projected_pm25;
  std::optional<Projected> projected_heavy_days;

  IndicatorStatus pm25_status = IndicatorStatus::kNoTarget;
  IndicatorStatus heavy_status = IndicatorStatus::kNoTarget;
  bool at_risk = false;  // either indicator at risk or (already) missed
  // Whole months up to as_of with fewer valid PM2.5 days than a monthly mean
  // needs (HJ 663-2013 表2: 27, February 25), "YYYY-MM": the figures stand on
  // incomplete data and say so; the verdict is not changed by it.
  std::vector<std::string> incomplete_months;
};

// `now` covers the phase (days after `as_of` are ignored); `baseline` covers the
// baseline period (campaign/baseline.hpp), aligned by day offset. `as_of` is
// clamped to the phase; before the phase it gives zero elapsed days.
Progress ComputeProgress(const DailySeries& now, const DailySeries& baseline, core::Date as_of,
                         const std::optional<CityTarget>& target);

// The allowance formula alone: (target × (n + remaining) − sum) / remaining,
// rounded down to 0.1. remaining > 0.
core::Decimal RemainingAllowance(core::Decimal target, int valid_days, core::Decimal sum,
                                 int remaining_days);

}  // namespace lantian::campaign
