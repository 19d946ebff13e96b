// Quarterly warning letters (预警通知函, plan （二十二）): a city gets one when
// its air-quality improvement in the quarter falls short of its target, when its
// key tasks are slow, or when its AQI keeps hitting 500 ("持续爆表"). This file
// decides which reasons apply to a city and words them; each reason carries the
// numbers behind it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/progress.hpp"

namespace lantian::campaign {

enum class WarningReasonKind {
  kImprovementBehind,  // PM2.5 improvement to date smaller than the target requires
  kHeavyDaysOver,      // more heavy-pollution days than the target allows
  kAqiAt500,           // hourly AQI at 500 on repeated days
  kKeyTasksSlow,       // key tasks behind schedule (the ledger)
};
std::string_view WarningReasonName(WarningReasonKind k);  // "improvement-behind", …

struct WarningReason {
  WarningReasonKind kind;
  std::string text_zh;
  std::string text_en;
};

// Configuration: how many days with an hourly AQI of 500 make "持续爆表" (the
// plan gives no number; lantian's default is 2 days in the quarter).
struct WarningRule {
  int aqi500_min_days = 2;
};

// The reasons that apply to a city, from its quarter's progress, the number of
// days on which its hourly AQI reached 500, and (when the ledger is in use)
// whether its key tasks are slow. Empty: no warning letter.
std::vector<WarningReason> WarningReasons(const Progress& quarter, int aqi500_days,
                                          std::optional<bool> key_tasks_slow,
                                          const WarningRule& rule = {});

}  // namespace lantian::campaign
