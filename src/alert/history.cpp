#include "alert/history.hpp"

#include <algorithm>
#include <set>

namespace lantian::alert {
namespace {

constexpr int64_t kDay = 24 * 3600;

}  // namespace

std::vector<AlertPeriod> AlertPeriods(std::span<const AlertStep> steps) {
  std::vector<AlertPeriod> out;
  std::optional<core::Instant> last_lift;
  bool open = false;
  for (const AlertStep& s : steps) {
    switch (s.step) {
      case Step::kPropose:
        break;
      case Step::kIssue: {
        AlertPeriod p;
        p.issued_at = s.at;
        p.first_level = p.max_level = p.last_level = s.level;
        p.forecast_run = s.forecast_run;
        p.back_to_back = last_lift && s.at.seconds - last_lift->seconds < kDay;
        out.push_back(p);
        open = true;
        break;
      }
      case Step::kUpgrade:
      case Step::kDowngrade:
        if (open) {
          out.back().last_level = s.level;
          out.back().max_level = std::max(out.back().max_level, s.level);
        }
        break;
      case Step::kLift:
        if (open) {
          out.back().lifted_at = s.at;
          last_lift = s.at;
          open = false;
        }
        break;
    }
  }
  return out;
}

std::vector<LevelSpan> LevelSpans(std::span<const AlertStep> steps) {
  std::vector<LevelSpan> out;
  bool open = false;
  size_t periods = 0;
  const auto close = [&](core::Instant at) {
    if (open && !out.empty() && !out.back().to) out.back().to = at;
  };
  for (const AlertStep& s : steps) {
    switch (s.step) {
      case Step::kPropose:
        break;
      case Step::kIssue:
        close(s.at);
        out.push_back({s.at, std::nullopt, s.level, periods++});
        open = true;
        break;
      case Step::kUpgrade:
      case Step::kDowngrade:
        if (!open) break;
        close(s.at);
        out.push_back({s.at, std::nullopt, s.level, periods - 1});
        break;
      case Step::kLift:
        close(s.at);
        open = false;
        break;
    }
  }
  return out;
}

AlertStatus StatusAt(std::span<const AlertStep> steps, core::Instant t) {
  AlertStatus status;
  for (const AlertStep& s : steps) {
    if (s.at > t) break;
    if (auto next = ApplyStep(status, s)) status = *next;
  }
  return status;
}

std::vector<core::Date> AlertDays(std::span<const AlertPeriod> periods, core::Period period,
                                  core::Instant now) {
  std::set<int32_t> days;
  for (const AlertPeriod& p : periods) {
    const core::Instant end = p.lifted_at.value_or(now);
    if (end < p.issued_at) continue;
    // A lift at midnight exactly ends the alert with the previous day.
    const core::Date last = end.seconds > p.issued_at.seconds && end.seconds % kDay == 0
                                ? (end - 1).date()
                                : end.date();
    for (core::Date d = std::max(p.issued_at.date(), period.first);
         d <= std::min(last, period.last); d = d + 1) {
      days.insert(d.days);
    }
  }
  std::vector<core::Date> out;
  for (int32_t d : days) out.push_back(core::Date{d});
  return out;
}

AlertCount CountAlerts(std::span<const AlertPeriod> periods, core::Period period,
                       core::Instant now) {
  AlertCount c;
  for (const AlertPeriod& p : periods) {
    if (!period.Contains(p.issued_at.date())) continue;
    ++c.alerts;
    if (p.back_to_back) ++c.back_to_back;
  }
  const std::vector<core::Date> days = AlertDays(periods, period, now);
  c.alert_days = static_cast<int>(days.size());
  int run = 0;
  for (size_t i = 0; i < days.size(); ++i) {
    run = i > 0 && days[i] - days[i - 1] == 1 ? run + 1 : 1;
    c.longest_run = std::max(c.longest_run, run);
  }
  return c;
}

}  // namespace lantian::alert
