// Synthetic hourly online-monitoring data of an outlet for the demo (issue 7
// §6): SO2, NOx and particulates (mg/m³) with the flue gas's O2 (%), around
// a share of the outlet's limits with a daily cycle and noise, a maintenance
// hour now and then, cut during the city's alerts as a works that obeys its
// measure would. Some outlets cheat, each in one of the ways the plan's
// inspections found (issue 7 §5): a flat line, values pinned just under the
// limit, a sudden drop when an alert starts (while the works runs on), the
// maintenance and calibration flags used to hide hours, long silences. The
// truth is returned with the data, for the detectors' evaluation. Pure and
// deterministic in (seed, mn).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::demo {

enum class Cheat { kNone, kFlatLine, kPinnedUnderLimit, kDropAtAlert, kFlagAbuse, kGaps };
std::string_view CheatName(Cheat c);  // none, flat-line, pinned, drop-at-alert, flag-abuse, gaps

struct SyntheticOutlet {
  std::string mn;
  double so2_limit = 0, nox_limit = 0, pm_limit = 0;  // as judged (at the reference O2)
  double reference_o2 = 0;
};

struct SyntheticHour {
  core::Instant hour;                       // the hour's start
  double so2 = 0, nox = 0, pm = 0, o2 = 0;  // as measured
  char flag = 'N';
};

struct SyntheticSeries {
  Cheat cheat = Cheat::kNone;
  std::vector<SyntheticHour> hours;  // the hours sent (a silence leaves hours out)
};

// The cheat (if any) of an outlet: about one in four demo outlets.
Cheat CheatOf(uint64_t seed, std::string_view mn);

// How hard a cheat tries to hide: blatant (as the demo's) or subtle — flat
// stretches of 4-8 hours on two nights a week, values held at 85-99 % of the
// limit, a drop to 40-65 % at an alert, a fifth of the alert hours flagged,
// silences of 3-9 hours — for measuring what the detectors miss.
enum class Strength { kBlatant, kSubtle };

// `hours` hours from `from`; `alerts`: the city's alert stretches [from, to).
SyntheticSeries SyntheticOutletSeries(
    uint64_t seed, const SyntheticOutlet& outlet, core::Instant from, int hours,
    const std::vector<std::pair<core::Instant, core::Instant>>& alerts, Cheat cheat,
    Strength strength = Strength::kBlatant);

}  // namespace lantian::demo
