#include "demo/synthetic_monitoring.hpp"

#include <algorithm>
#include <cmath>

#include "demo/random.hpp"

namespace lantian::demo {
namespace {

bool InAlert(core::Instant t, const std::vector<std::pair<core::Instant, core::Instant>>& alerts) {
  return std::any_of(alerts.begin(), alerts.end(),
                     [&](const auto& a) { return a.first <= t && t < a.second; });
}

double Round(double v, double step) { return std::round(v / step) * step; }

}  // namespace

std::string_view CheatName(Cheat c) {
  switch (c) {
    case Cheat::kNone:
      return "none";
    case Cheat::kFlatLine:
      return "flat-line";
    case Cheat::kPinnedUnderLimit:
      return "pinned";
    case Cheat::kDropAtAlert:
      return "drop-at-alert";
    case Cheat::kFlagAbuse:
      return "flag-abuse";
    case Cheat::kGaps:
      return "gaps";
  }
  return "";
}

Cheat CheatOf(uint64_t seed, std::string_view mn) {
  Random r(SeedFor(seed, mn));
  if (!r.Chance(0.25)) return Cheat::kNone;
  return static_cast<Cheat>(1 + r.Next() % 5);
}

SyntheticSeries SyntheticOutletSeries(
    uint64_t seed, const SyntheticOutlet& o, core::Instant from, int hours,
    const std::vector<std::pair<core::Instant, core::Instant>>& alerts, Cheat cheat,
    Strength strength) {
  const bool subtle = strength == Strength::kSubtle;
  Random r(SeedFor(seed + 1, o.mn));
  SyntheticSeries out{cheat, {}};
  // The works' usual level as a share of each limit, and its flue gas's O2.
  const double level = r.Uniform(0.35, 0.7);
  const double o2_usual = o.reference_o2 > 0 ? o.reference_o2 + r.Uniform(-1.0, 1.5) : 9.0;
  const double flat_value = Round(o.so2_limit * r.Uniform(0.3, 0.5), 0.1);
  int64_t silence_until = 0;
  for (int i = 0; i < hours; ++i) {
    const core::Instant t = from + static_cast<int64_t>(i) * 3600;
    if (cheat == Cheat::kGaps) {
      if (t.seconds < silence_until) continue;
      if (r.Chance(0.01)) {  // about one silence in four days, of 8 to 40 hours (subtle: 3 to 9)
        silence_until =
            t.seconds + 3600 * static_cast<int64_t>(subtle ? r.Uniform(3, 10) : r.Uniform(8, 40));
        continue;
      }
    }
    const int hour_of_day = static_cast<int>((t.seconds / 3600) % 24);  // Beijing civil time
    const double daily = 1.0 + 0.15 * std::sin((hour_of_day - 8) * 3.14159265 / 12.0);
    const bool alert = InAlert(t, alerts);
    // An obeying works cuts output during an alert; concentrations fall a little
    // (less gas, same treatment); the cheat that fakes a drop shows a large one.
    double factor = level * daily * (alert ? r.Uniform(0.8, 0.95) : 1.0);
    SyntheticHour h{t, 0, 0, 0, 0, 'N'};
    h.o2 = Round(std::clamp(o2_usual + 0.6 * r.Normal(), 3.0, 19.0), 0.01);
    // As measured: the judged value brought back to the measured O2.
    const double to_measured = o.reference_o2 > 0 ? (21.0 - h.o2) / (21.0 - o.reference_o2) : 1.0;
    auto value = [&](double limit) {
      return Round(std::max(0.0, limit * factor * (1.0 + 0.12 * r.Normal()) * to_measured), 0.01);
    };
    h.so2 = value(o.so2_limit);
    h.nox = value(o.nox_limit);
    h.pm = value(o.pm_limit);
    if (r.Chance(0.004)) h.flag = 'M';
    switch (cheat) {
      case Cheat::kFlatLine: {
        // Nights held at one value (subtle: 4 to 8 hours from 01:00, two nights a week).
        const int64_t day = t.seconds / 86400;
        const int subtle_hours = 4 + static_cast<int>(day % 5);
        const bool held = subtle ? (day % 7 == 2 || day % 7 == 5) && hour_of_day >= 1 &&
                                       hour_of_day < 1 + subtle_hours
                                 : hour_of_day >= 20 || hour_of_day < 6;
        if (held) h.so2 = flat_value;
        break;
      }
      case Cheat::kPinnedUnderLimit: {
        const double pinned =
            o.so2_limit * (subtle ? r.Uniform(0.85, 0.99) : r.Uniform(0.95, 0.995)) * to_measured;
        h.so2 = Round(pinned, 0.01);
        break;
      }
      case Cheat::kDropAtAlert:
        if (alert) {
          const double drop = subtle ? r.Uniform(0.4, 0.65) : 0.25;
          h.so2 = Round(h.so2 * drop, 0.01);
          h.nox = Round(h.nox * drop, 0.01);
          h.pm = Round(h.pm * drop, 0.01);
        }
        break;
      case Cheat::kFlagAbuse:
        if (subtle ? (alert && r.Chance(0.2)) : (alert || r.Chance(0.08))) {
          h.flag = r.Chance(0.5) ? 'M' : 'C';
        }
        break;
      case Cheat::kNone:
      case Cheat::kGaps:
        break;
    }
    out.hours.push_back(h);
  }
  return out;
}

}  // namespace lantian::demo
