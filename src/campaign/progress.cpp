#include "campaign/progress.hpp"

#include <algorithm>
#include <cmath>

#include "aq/aqi.hpp"
#include "aq/breakpoints.hpp"
#include "aq/period_statistics.hpp"

namespace lantian::campaign {
namespace {

using core::Decimal;

// z of a two-sided 90% interval.
constexpr double kZ90 = 1.6449;
// Relative spread of weekly ratios assumed when fewer than two weeks are known.
constexpr double kPriorWeeklySpread = 0.25;
constexpr int kDaysPerBlock = 7;
constexpr int kMinPairedDaysForRatio = 7;

bool Heavy(const aq::DailyValues& v) {
  auto aqi = aq::DailyAqi(aq::Hj633_2012(), v);
  return aqi && aq::IsHeavyPollution(aqi->aqi);
}

double ToDouble(Decimal d) {
  return static_cast<double>(d.units()) / static_cast<double>(Decimal::kOne);
}

Decimal FromDouble(double v, int digits) {
  return Decimal::FromScaled(std::llround(v * std::pow(10.0, digits)), digits);
}

std::optional<Decimal> Pm25(const DailySeries& s, size_t i, bool skip_dust) {
  if (i >= s.days.size()) return std::nullopt;
  if (skip_dust && s.IsDust(i)) return std::nullopt;
  return s.days[i][aq::DailyColumn::kPM25];
}

double SampleSd(const std::vector<double>& v) {
  if (v.size() < 2) return 0;
  double mean = 0;
  for (double x : v) mean += x;
  mean /= static_cast<double>(v.size());
  double ss = 0;
  for (double x : v) ss += (x - mean) * (x - mean);
  return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

// Daily values with PM2.5 and PM10 scaled by `ratio`, rounded as reported.
aq::DailyValues Scaled(aq::DailyValues v, double ratio) {
  for (auto c : {aq::DailyColumn::kPM25, aq::DailyColumn::kPM10}) {
    if (v[c]) v[c] = FromDouble(ToDouble(*v[c]) * ratio, 0);
  }
  return v;
}

// Whole months of `s` up to `as_of` with fewer valid PM2.5 days than HJ 663 表2.
std::vector<std::string> IncompleteMonths(const DailySeries& s, core::Date as_of) {
  std::vector<std::string> out;
  for (core::Date d = s.period.first; d <= std::min(as_of, s.period.last);) {
    const core::Date month_end = d + (d.DaysInMonth() - d.day());
    if (month_end > as_of) break;  // the month is not over yet
    int valid = 0;
    for (core::Date x = d; x <= month_end && x <= s.period.last; x = x + 1) {
      const size_t i = static_cast<size_t>(x - s.period.first);
      if (i < s.days.size() && s.days[i][aq::DailyColumn::kPM25]) ++valid;
    }
    if (valid < aq::MinValidDaysInMonth(d.month())) {
      out.push_back(core::FormatIsoDate(d).substr(0, 7));
    }
    d = month_end + 1;
  }
  return out;
}

IndicatorStatus Status(bool final, bool has_data, bool met_now_or_final, bool already_missed,
                       bool projected_miss) {
  if (!has_data) return IndicatorStatus::kNoData;
  if (final) return met_now_or_final ? IndicatorStatus::kMet : IndicatorStatus::kMissed;
  if (already_missed) return IndicatorStatus::kAlreadyMissed;
  return projected_miss ? IndicatorStatus::kAtRisk : IndicatorStatus::kOnTrack;
}

}  // namespace

std::string_view IndicatorStatusName(IndicatorStatus s) {
  switch (s) {
    case IndicatorStatus::kNoTarget:
      return "no-target";
    case IndicatorStatus::kNoData:
      return "no-data";
    case IndicatorStatus::kOnTrack:
      return "on-track";
    case IndicatorStatus::kAtRisk:
      return "at-risk";
    case IndicatorStatus::kAlreadyMissed:
      return "already-missed";
    case IndicatorStatus::kMet:
      return "met";
    case IndicatorStatus::kMissed:
      return "missed";
  }
  return "?";
}

bool IsWarning(IndicatorStatus s) {
  return s == IndicatorStatus::kAtRisk || s == IndicatorStatus::kAlreadyMissed ||
         s == IndicatorStatus::kMissed;
}

std::string_view ProjectionMethodName(ProjectionMethod m) {
  switch (m) {
    case ProjectionMethod::kNone:
      return "none";
    case ProjectionMethod::kBaselineRatio:
      return "baseline-ratio";
    case ProjectionMethod::kPersistence:
      return "persistence";
    case ProjectionMethod::kFinal:
      return "final";
  }
  return "?";
}

Decimal RemainingAllowance(Decimal target, int valid_days, Decimal sum, int remaining_days) {
  const core::Int128 num = (target * (valid_days + remaining_days) - sum).units();
  // floor(num / (remaining × 10^18) to tenths) = −ceil(−num × 10 / (remaining × 10^18))
  const core::Int128 tenths = -core::DivideCeil(-num * 10, Decimal::kOne * remaining_days);
  return Decimal::FromUnits(tenths * (Decimal::kOne / 10));
}

Progress ComputeProgress(const DailySeries& now, const DailySeries& baseline, core::Date as_of,
                         const std::optional<CityTarget>& target) {
  Progress p;
  p.phase = now.period;
  const int total = now.period.Days();
  p.as_of = std::min(as_of, now.period.last);
  p.elapsed_days = std::clamp(p.as_of - now.period.first + 1, 0, total);
  p.remaining_days = total - p.elapsed_days;
  p.final = p.remaining_days == 0;
  p.target = target;

  // Period to date.
  Decimal sum, sum_with_dust;
  int with_dust = 0;
  int aqi_days = 0;  // days with a daily AQI
  for (int i = 0; i < p.elapsed_days && i < static_cast<int>(now.days.size()); ++i) {
    const auto& v = now.days[static_cast<size_t>(i)];
    const bool dust = now.IsDust(static_cast<size_t>(i));
    if (dust) ++p.dust_days;
    if (const auto& pm = v[aq::DailyColumn::kPM25]) {
      sum_with_dust += *pm;
      ++with_dust;
      if (!dust) {
        sum += *pm;
        ++p.pm25_days;
      }
    }
    auto aqi = aq::DailyAqi(aq::Hj633_2012(), v);
    if (aqi) ++aqi_days;
    if (aqi && aq::IsHeavyPollution(aqi->aqi)) {
      ++p.heavy_days;
      if (!dust) ++p.heavy_days_without_dust;
    }
  }
  if (p.pm25_days > 0) p.pm25 = core::RoundedMean(sum, p.pm25_days, 0);
  p.incomplete_months = IncompleteMonths(now, p.as_of);
  if (with_dust > 0) p.pm25_with_dust = core::RoundedMean(sum_with_dust, with_dust, 0);

  // Baseline: like for like to date, and the whole period.
  Decimal base_sum_to_date, base_sum_all;
  int base_n_to_date = 0, base_n_all = 0;
  for (size_t i = 0; i < baseline.days.size(); ++i) {
    if (Heavy(baseline.days[i])) ++p.baseline_heavy_days;
    auto pm = Pm25(baseline, i, true);
    if (!pm) continue;
    base_sum_all += *pm;
    ++base_n_all;
    if (static_cast<int>(i) < p.elapsed_days) {
      base_sum_to_date += *pm;
      ++base_n_to_date;
    }
  }
  if (base_n_to_date > 0)
    p.baseline_pm25_to_date = core::RoundedMean(base_sum_to_date, base_n_to_date, 0);
  if (base_n_all > 0) p.baseline_pm25 = core::RoundedMean(base_sum_all, base_n_all, 0);
  if (p.pm25 && p.baseline_pm25_to_date && !p.baseline_pm25_to_date->IsZero()) {
    p.pm25_change_percent =
        core::RoundedRatio((*p.pm25 - *p.baseline_pm25_to_date) * 100, *p.baseline_pm25_to_date, 1);
  }

  // Projection of the remaining days.
  const int n = p.pm25_days;
  const double s = ToDouble(sum);
  std::optional<double> ratio;  // remaining days relative to their reference
  double ratio_spread = kPriorWeeklySpread;
  double reference_remaining_mean = 0;
  std::vector<size_t> reference_days;  // baseline days the remaining days are like
  if (p.final) {
    p.method = ProjectionMethod::kFinal;
  } else if (n > 0) {
    // Pairs of days with values in both periods.
    double pair_now = 0, pair_base = 0;
    int pairs = 0;
    std::vector<double> block_ratios;
    for (int b = 0; b * kDaysPerBlock < p.elapsed_days; ++b) {
      double bn = 0, bb = 0;
      int bp = 0;
      for (int i = b * kDaysPerBlock; i < std::min((b + 1) * kDaysPerBlock, p.elapsed_days); ++i) {
        auto a = Pm25(now, static_cast<size_t>(i), true);
        auto c = Pm25(baseline, static_cast<size_t>(i), true);
        if (!a || !c) continue;
        bn += ToDouble(*a);
        bb += ToDouble(*c);
        ++bp;
      }
      pair_now += bn;
      pair_base += bb;
      pairs += bp;
      if (bp >= 4 && bb > 0) block_ratios.push_back(bn / bb);
    }
    double remaining_base = 0;
    int remaining_base_n = 0;
    for (int i = p.elapsed_days; i < total; ++i) {
      if (auto c = Pm25(baseline, static_cast<size_t>(i), true)) {
        remaining_base += ToDouble(*c);
        ++remaining_base_n;
      }
      if (static_cast<size_t>(i) < baseline.days.size())
        reference_days.push_back(static_cast<size_t>(i));
    }
    if (pairs >= kMinPairedDaysForRatio && pair_base > 0 && remaining_base_n > 0) {
      p.method = ProjectionMethod::kBaselineRatio;
      ratio = pair_now / pair_base;
      reference_remaining_mean = remaining_base / remaining_base_n;
      if (block_ratios.size() >= 2) ratio_spread = SampleSd(block_ratios);
    } else {
      p.method = ProjectionMethod::kPersistence;
      ratio = 1.0;
      reference_remaining_mean = s / n;
      reference_days.clear();
      std::vector<double> block_ratios_persist;
      for (int b = 0; b * kDaysPerBlock < p.elapsed_days; ++b) {
        double bn = 0;
        int bc = 0;
        for (int i = b * kDaysPerBlock; i < std::min((b + 1) * kDaysPerBlock, p.elapsed_days);
             ++i) {
          if (auto a = Pm25(now, static_cast<size_t>(i), true)) {
            bn += ToDouble(*a);
            ++bc;
          }
        }
        if (bc >= 4) block_ratios_persist.push_back(bn / bc / reference_remaining_mean);
      }
      if (block_ratios_persist.size() >= 2) ratio_spread = SampleSd(block_ratios_persist);
    }
  }

  if (ratio) {
    const double weeks_known = std::max(1.0, p.elapsed_days / 7.0);
    const double weeks_left = std::max(1.0, p.remaining_days / 7.0);
    const double half = kZ90 * ratio_spread * std::sqrt(1.0 / weeks_left + 1.0 / weeks_known);
    const double r = *ratio;
    const double r_low = std::max(0.0, r - half);
    const double r_high = r + half;
    auto final_mean = [&](double rr) {
      return (s + p.remaining_days * rr * reference_remaining_mean) / (n + p.remaining_days);
    };
    p.projected_pm25 = Projected{FromDouble(final_mean(r), 1), FromDouble(final_mean(r_low), 1),
                                 FromDouble(final_mean(r_high), 1)};
    if (p.method == ProjectionMethod::kBaselineRatio) {
      auto heavy_after = [&](double rr) {
        int h = p.heavy_days;
        for (size_t i : reference_days) {
          if (Heavy(Scaled(baseline.days[i], rr))) ++h;
        }
        return h;
      };
      p.projected_heavy_days =
          Projected{Decimal::FromInt(heavy_after(r)), Decimal::FromInt(heavy_after(r_low)),
                    Decimal::FromInt(heavy_after(r_high))};
    } else {
      // Heavy days keep their rate so far; a Poisson-like interval.
      const double rate = static_cast<double>(p.heavy_days) / p.elapsed_days;
      const double expected = rate * p.remaining_days;
      const double spread = kZ90 * std::sqrt(std::max(expected, 1.0));
      p.projected_heavy_days =
          Projected{FromDouble(p.heavy_days + expected, 0),
                    FromDouble(p.heavy_days + std::max(0.0, expected - spread), 0),
                    FromDouble(p.heavy_days + expected + spread, 0)};
    }
  }

  // Targets.
  if (!target) return p;
  if (p.baseline_pm25 && !p.baseline_pm25->IsZero()) {
    p.required_change_percent =
        core::RoundedRatio((target->pm25 - *p.baseline_pm25) * 100, *p.baseline_pm25, 1);
  } else if (target->baseline_pm25 && !target->baseline_pm25->IsZero()) {
    p.required_change_percent = core::RoundedRatio((target->pm25 - *target->baseline_pm25) * 100,
                                                   *target->baseline_pm25, 1);
  }
  bool pm25_already_missed = false;
  if (!p.final) {
    p.pm25_allowance = RemainingAllowance(target->pm25, n, sum, p.remaining_days);
    pm25_already_missed = p.pm25_allowance->IsNegative();
  }
  p.heavy_days_allowance = target->heavy_days - p.heavy_days;
  const bool heavy_already_missed = *p.heavy_days_allowance < 0;

  const bool pm25_projected_miss =
      p.projected_pm25 && p.projected_pm25->value.RoundHalfEven(0) > target->pm25;
  const bool heavy_projected_miss =
      p.projected_heavy_days &&
      p.projected_heavy_days->value > Decimal::FromInt(target->heavy_days);
  p.pm25_status = Status(p.final, p.pm25.has_value(), p.pm25 && *p.pm25 <= target->pm25,
                         pm25_already_missed, pm25_projected_miss);
  p.heavy_status = Status(p.final, aqi_days > 0, !heavy_already_missed, heavy_already_missed,
                          heavy_projected_miss);
  p.at_risk = IsWarning(p.pm25_status) || IsWarning(p.heavy_status);
  return p;
}

}  // namespace lantian::campaign
