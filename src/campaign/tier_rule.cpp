#include "campaign/tier_rule.hpp"

#include <algorithm>
#include <set>

namespace lantian::campaign {
namespace {

core::Status Invalid(const std::string& message) { return core::InvalidInput(message); }

bool AtMostOnePlace(core::Decimal v) { return core::DecimalPlaces(v) <= 1; }

// reduction percent in tenths of a percentage point
int64_t Tenths(core::Decimal percent) { return percent.ScaledHalfEven(1); }

}  // namespace

core::Result<std::vector<Tier>> TiersOf(std::span<const Tier> rule, std::string_view phase) {
  std::vector<Tier> tiers;
  for (const auto& t : rule) {
    if (t.phase == phase) tiers.push_back(t);
  }
  std::sort(tiers.begin(), tiers.end(),
            [](const Tier& a, const Tier& b) { return a.tier < b.tier; });
  const std::string where = "tier rule " + std::string(phase) + ": ";
  if (tiers.empty()) return Invalid(where + "no tiers");
  for (size_t i = 0; i < tiers.size(); ++i) {
    const Tier& t = tiers[i];
    const std::string tier = where + "tier " + std::to_string(t.tier) + ": ";
    if (t.tier != static_cast<int>(i) + 1) {
      return Invalid(where + "tiers must be numbered 1…" + std::to_string(tiers.size()) +
                     " without gaps or repeats");
    }
    if (t.pm25_reduction_percent.IsNegative() ||
        t.pm25_reduction_percent >= core::Decimal::FromInt(100) ||
        !AtMostOnePlace(t.pm25_reduction_percent)) {
      return Invalid(tier +
                     "PM2.5 reduction must be a percentage in [0, 100) with at most "
                     "one decimal place");
    }
    if (t.heavy_days_reduction < 0) return Invalid(tier + "heavy-day reduction is negative");
    if (t.baseline_pm25_from.IsNegative() || t.baseline_heavy_days_from < 0) {
      return Invalid(tier + "lower bound is negative");
    }
    if (i > 0) {
      const Tier& up = tiers[i - 1];
      if (!(t.baseline_pm25_from < up.baseline_pm25_from) ||
          !(t.baseline_heavy_days_from < up.baseline_heavy_days_from)) {
        return Invalid(tier + "lower bound must be below the bound of tier " +
                       std::to_string(up.tier));
      }
      if (t.pm25_reduction_percent > up.pm25_reduction_percent ||
          t.heavy_days_reduction > up.heavy_days_reduction) {
        return Invalid(tier + "a cleaner tier may not have to reduce more than tier " +
                       std::to_string(up.tier));
      }
    }
  }
  if (!tiers.back().baseline_pm25_from.IsZero() || tiers.back().baseline_heavy_days_from != 0) {
    return Invalid(where + "the last tier must start at 0 so that every city has a tier");
  }
  return tiers;
}

core::Status CheckTierRule(std::span<const Tier> rule) {
  std::set<std::string> phases;
  for (const auto& t : rule) {
    if (!IsPhase(t.phase)) {
      return Invalid("tier rule: phase must be 2020Q4 or 2021Q1, not '" + t.phase + "'");
    }
    phases.insert(t.phase);
  }
  for (auto phase : kPhases) {
    if (!phases.count(std::string(phase))) {
      return Invalid("tier rule: no tiers for " + std::string(phase));
    }
    LANTIAN_ASSIGN_OR_RETURN(auto tiers, TiersOf(rule, phase));
    (void)tiers;
  }
  return core::Status::Ok();
}

core::Status CheckStricterTargets(std::span<const StricterTarget> stricter) {
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& s : stricter) {
    const std::string who = "stricter target of " + s.city_code + ": ";
    if (!s.phase.empty() && !IsPhase(s.phase)) {
      return Invalid(who + "phase must be empty, 2020Q4 or 2021Q1");
    }
    if (s.extra_pm25_percent.IsNegative() || !AtMostOnePlace(s.extra_pm25_percent) ||
        s.extra_pm25_percent >= core::Decimal::FromInt(100)) {
      return Invalid(who +
                     "extra PM2.5 reduction must be a percentage in [0, 100) with at most "
                     "one decimal place");
    }
    if (s.extra_heavy_days < 0) return Invalid(who + "extra heavy-day reduction is negative");
    if (!seen.insert({s.city_code, s.phase}).second) {
      return Invalid(who + "listed twice for the same phase");
    }
  }
  return core::Status::Ok();
}

const StricterTarget* StricterFor(std::span<const StricterTarget> stricter,
                                  std::string_view city_code, std::string_view phase) {
  const StricterTarget* both = nullptr;
  for (const auto& s : stricter) {
    if (s.city_code != city_code) continue;
    if (s.phase == phase) return &s;
    if (s.phase.empty()) both = &s;
  }
  return both;
}

CityTarget DeriveCityTarget(std::span<const Tier> tiers, const std::string& city_code,
                            const std::string& phase, core::Decimal baseline_pm25,
                            int baseline_heavy_days, const StricterTarget* stricter) {
  const Tier* tier = &tiers.back();
  for (const auto& t : tiers) {
    if (baseline_pm25 >= t.baseline_pm25_from) {
      tier = &t;
      break;
    }
  }
  const Tier* heavy_tier = &tiers.back();
  for (const auto& t : tiers) {
    if (baseline_heavy_days >= t.baseline_heavy_days_from) {
      heavy_tier = &t;
      break;
    }
  }
  TargetDerivation d;
  d.tier = tier->tier;
  d.heavy_tier = heavy_tier->tier;
  d.baseline_pm25 = baseline_pm25;
  d.baseline_heavy_days = baseline_heavy_days;
  int64_t tenths = Tenths(tier->pm25_reduction_percent);
  d.heavy_days_reduction = heavy_tier->heavy_days_reduction;
  if (stricter) {
    tenths += Tenths(stricter->extra_pm25_percent);
    d.heavy_days_reduction += stricter->extra_heavy_days;
    d.stricter_reason = stricter->reason;
  }
  tenths = std::min<int64_t>(tenths, 999);
  d.pm25_reduction_percent = core::Decimal::FromScaled(tenths, 1);

  CityTarget t;
  t.city_code = city_code;
  t.phase = phase;
  // baseline × (1000 − tenths) / 1000, one rounding.
  t.pm25 = core::RoundedRatio(baseline_pm25 * (1000 - tenths), core::Decimal::FromInt(1000), 0);
  t.heavy_days = std::max(0, baseline_heavy_days - d.heavy_days_reduction);
  t.baseline_pm25 = baseline_pm25;
  t.baseline_heavy_days = baseline_heavy_days;
  t.source = TargetSource::kTierRule;
  t.derivation = d;
  return t;
}

}  // namespace lantian::campaign
