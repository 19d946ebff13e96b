#include "campaign/warning.hpp"

namespace lantian::campaign {

std::string_view WarningReasonName(WarningReasonKind k) {
  switch (k) {
    case WarningReasonKind::kImprovementBehind:
      return "improvement-behind";
    case WarningReasonKind::kHeavyDaysOver:
      return "heavy-days-over";
    case WarningReasonKind::kAqiAt500:
      return "aqi-500";
    case WarningReasonKind::kKeyTasksSlow:
      return "key-tasks-slow";
  }
  return "?";
}

std::vector<WarningReason> WarningReasons(const Progress& q, int aqi500_days,
                                          std::optional<bool> key_tasks_slow,
                                          const WarningRule& rule) {
  std::vector<WarningReason> out;
  if (q.target && q.pm25_change_percent && q.required_change_percent &&
      *q.pm25_change_percent > *q.required_change_percent) {
    const std::string now = q.pm25_change_percent->ToFixed(1) + "%";
    const std::string need = q.required_change_percent->ToFixed(1) + "%";
    const std::string pm = q.pm25 ? q.pm25->ToString() : "-";
    out.push_back({WarningReasonKind::kImprovementBehind,
                   "PM2.5 同比变化 " + now + "（" + pm + " µg/m³），目标要求 " + need + "（" +
                       q.target->pm25.ToString() + " µg/m³）",
                   "PM2.5 changed " + now + " (" + pm + " µg/m³) against a required " + need +
                       " (" + q.target->pm25.ToString() + " µg/m³)"});
  }
  if (q.target && q.heavy_days > q.target->heavy_days) {
    const std::string n = std::to_string(q.heavy_days);
    const std::string t = std::to_string(q.target->heavy_days);
    out.push_back({WarningReasonKind::kHeavyDaysOver,
                   "重污染天数 " + n + " 天，超过目标 " + t + " 天",
                   n + " heavy-pollution days, above the target of " + t});
  }
  if (aqi500_days >= rule.aqi500_min_days) {
    const std::string n = std::to_string(aqi500_days);
    out.push_back({WarningReasonKind::kAqiAt500, "AQI 达到 500（爆表）" + n + " 天",
                   "hourly AQI reached 500 on " + n + " days"});
  }
  if (key_tasks_slow.value_or(false)) {
    out.push_back(
        {WarningReasonKind::kKeyTasksSlow, "重点任务进展缓慢", "key tasks behind schedule"});
  }
  return out;
}

}  // namespace lantian::campaign
