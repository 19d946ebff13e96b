#include "ledger/task_progress.hpp"

#include <algorithm>
#include <set>

namespace lantian::ledger {
namespace {

std::optional<core::Date> DeadlineOf(const TaskUnit& unit) {
  auto d = core::ParseIsoDate(unit.deadline);
  if (!d) return std::nullopt;
  return *d;
}

int Weekday(core::Date d) { return ((d.days + 3) % 7 + 7) % 7; }  // Monday 0; 1970-01-01 Thursday

core::Date MonthEnd(core::Date d) { return d + (d.DaysInMonth() - d.day()); }

int Rank(TaskStatus s) {
  switch (s) {
    case TaskStatus::kDone:
      return 0;
    case TaskStatus::kOnTrack:
      return 1;
    case TaskStatus::kAtRisk:
      return 2;
    case TaskStatus::kOverdue:
      return 3;
  }
  return 0;
}

// Overdue or done settle the status before anything else.
bool Settled(UnitProgress& p, const TaskUnit& unit, bool closed, core::Date today) {
  if (closed) {
    p.status = TaskStatus::kDone;
    return true;
  }
  auto deadline = DeadlineOf(unit);
  if (deadline && today > *deadline) {
    p.status = TaskStatus::kOverdue;
    p.reasons.push_back("已过完成时限 " + unit.deadline + " 未销号");
    return true;
  }
  return false;
}

}  // namespace

std::string_view TaskStatusName(TaskStatus s) {
  switch (s) {
    case TaskStatus::kOnTrack:
      return "on_track";
    case TaskStatus::kAtRisk:
      return "at_risk";
    case TaskStatus::kOverdue:
      return "overdue";
    case TaskStatus::kDone:
      return "done";
  }
  return "";
}

std::string_view TaskStatusColour(TaskStatus s) {
  switch (s) {
    case TaskStatus::kOverdue:
      return "red";
    case TaskStatus::kAtRisk:
      return "amber";
    default:
      return "green";
  }
}

std::vector<core::Date> DueDates(Rhythm rhythm, core::Date start,
                                 std::optional<core::Date> deadline, core::Date until) {
  std::vector<core::Date> out;
  const core::Date last = deadline ? std::min(*deadline, until) : until;
  if (rhythm == Rhythm::kWeekly) {
    core::Date d = start + ((4 - Weekday(start)) + 7) % 7;  // the first Friday on or after start
    for (; d <= last; d = d + 7) out.push_back(d);
  } else {
    for (core::Date d = MonthEnd(start); d <= last; d = MonthEnd(d + 1)) out.push_back(d);
  }
  if (deadline && *deadline <= until && *deadline >= start &&
      (out.empty() || out.back() != *deadline)) {
    out.push_back(*deadline);
  }
  return out;
}

bool Meets(Comparison c, core::Decimal value, core::Decimal target) {
  switch (c) {
    case Comparison::kAtLeast:
      return value >= target;
    case Comparison::kAtMost:
      return value <= target;
    case Comparison::kAbout: {
      const core::Decimal off = (value - target) * 20;  // within 5 %: |v − t| × 20 <= t
      return off <= target && core::Decimal() - off <= target;
    }
  }
  return false;
}

UnitProgress LeafProgress(const KeyTask& task, const TaskUnit& unit,
                          const std::vector<ProgressPoint>& points, bool closed, core::Date today) {
  UnitProgress p;
  p.reports = static_cast<int>(points.size());
  std::set<int32_t> answered;
  for (const auto& pt : points) {
    answered.insert(pt.due.days);
    if (pt.reported_on > pt.due) ++p.late;
  }
  if (!points.empty()) {
    p.latest = points.back().value;
    p.latest_due = points.back().due;
    p.achieved = Meets(task.comparison, *p.latest, unit.target);
  }
  const auto deadline = DeadlineOf(unit);
  const auto start = core::ParseIsoDate(unit.start_date);
  if (start) {
    for (core::Date d : DueDates(unit.rhythm, *start, deadline, today - 1)) {
      if (!answered.contains(d.days)) p.missing.push_back(d);
    }
  }
  // The pace: from the start point through the latest report, to the deadline.
  if (deadline && !points.empty()) {
    std::optional<std::pair<core::Date, core::Decimal>> from;
    if (unit.start_value && start) {
      from = {*start, *unit.start_value};
    } else if (points.size() >= 2) {
      from = {points.front().due, points.front().value};
    }
    const auto& last = points.back();
    if (from && last.due > from->first) {
      p.projected = core::RoundedInterpolation(from->second, last.value, *deadline - from->first,
                                               last.due - from->first, 4);
    }
  }
  if (Settled(p, unit, closed, today)) return p;
  if (!p.missing.empty()) {
    p.reasons.push_back("缺报 " + std::to_string(p.missing.size()) + " 次（最近应报 " +
                        core::FormatIsoDate(p.missing.back()) + "）");
  }
  if (!deadline) {
    if (p.latest && !p.achieved) {
      p.reasons.push_back("最近一期 " + p.latest->ToString() + " " + task.unit + " 未达到 " +
                          std::string(ComparisonSymbol(task.comparison)) + " " +
                          unit.target.ToString());
    }
  } else if (!p.achieved && p.projected && !Meets(task.comparison, *p.projected, unit.target)) {
    p.reasons.push_back("按目前进度预计到期完成 " + p.projected->RoundHalfEven(2).ToString() + " " +
                        task.unit + "，目标 " + std::string(ComparisonSymbol(task.comparison)) +
                        " " + unit.target.ToString());
  }
  p.status = p.reasons.empty() ? TaskStatus::kOnTrack : TaskStatus::kAtRisk;
  return p;
}

UnitProgress ParentProgress(const KeyTask& task, const TaskUnit& unit, bool each_root,
                            const std::vector<UnitProgress>& children, bool closed,
                            core::Date today) {
  UnitProgress p;
  const bool sums = IsAdditive(task) && !each_root;
  core::Decimal latest, projected;
  bool any_latest = false, all_projected = !children.empty();
  int overdue = 0, at_risk = 0;
  TaskStatus worst = TaskStatus::kDone;
  for (const auto& c : children) {
    p.reports += c.reports;
    p.late += c.late;
    if (c.latest) {
      latest += *c.latest;
      any_latest = true;
    }
    if (c.latest_due && (!p.latest_due || *c.latest_due > *p.latest_due)) {
      p.latest_due = c.latest_due;
    }
    // A child that has done its share counts with its value, not its pace.
    if (c.achieved && c.latest) {
      projected += *c.latest;
    } else if (c.projected) {
      projected += *c.projected;
    } else {
      all_projected = false;
    }
    if (c.status == TaskStatus::kOverdue) ++overdue;
    if (c.status == TaskStatus::kAtRisk) ++at_risk;
    if (Rank(c.status) > Rank(worst)) worst = c.status;
  }
  if (sums && any_latest) {
    p.latest = latest;
    p.achieved = Meets(task.comparison, latest, unit.target);
    if (all_projected && DeadlineOf(unit)) p.projected = projected;
  }
  if (Settled(p, unit, closed, today)) return p;
  if (sums) {
    if (!p.achieved && p.projected && !Meets(task.comparison, *p.projected, unit.target)) {
      p.reasons.push_back("各单位按目前进度预计合计完成 " +
                          p.projected->RoundHalfEven(2).ToString() + " " + task.unit + "，目标 " +
                          std::string(ComparisonSymbol(task.comparison)) + " " +
                          unit.target.ToString());
    }
    if (overdue > 0) p.reasons.push_back(std::to_string(overdue) + " 个下级单位逾期");
    // Without every child's pace the sum says nothing: the children at risk count.
    if (!p.projected && at_risk > 0) {
      p.reasons.push_back(std::to_string(at_risk) + " 个下级单位进度滞后");
    }
  } else if (Rank(worst) >= Rank(TaskStatus::kAtRisk)) {
    if (overdue > 0) p.reasons.push_back(std::to_string(overdue) + " 个下级单位逾期");
    if (at_risk > 0) p.reasons.push_back(std::to_string(at_risk) + " 个下级单位进度滞后");
  }
  p.status = p.reasons.empty() ? TaskStatus::kOnTrack : TaskStatus::kAtRisk;
  return p;
}

}  // namespace lantian::ledger
