// The end-of-phase verdict of a city (plan （二十二）): met or missed for the
// PM2.5 target and for the heavy-day target, with the numbers; a city missing
// a target faces a public interview (约谈) of its government; a city whose
// monitoring data were found falsified fails outright (考核不合格) whatever its
// numbers. Before the phase ends the verdict is provisional.
#pragma once

#include <optional>
#include <string_view>

#include "campaign/progress.hpp"

namespace lantian::campaign {

enum class Outcome { kPending, kPassed, kFailed, kFailedFalsified, kNoTarget, kNoData };
std::string_view OutcomeName(Outcome o);  // "pending", "passed", "failed", …

struct Verdict {
  bool final = false;
  std::optional<bool> pm25_met;  // nullopt: no target or no data
  std::optional<bool> heavy_met;
  bool falsified = false;
  Outcome outcome = Outcome::kPending;
  bool interview = false;  // 约谈: a target missed at the end of the phase, or falsified data
};

Verdict JudgePhase(const Progress& phase, bool falsified);

}  // namespace lantian::campaign
