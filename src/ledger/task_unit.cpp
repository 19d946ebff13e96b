#include "ledger/task_unit.hpp"

#include <set>

namespace lantian::ledger {
namespace {

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

core::Status ChildError(const TaskUnit& child, std::string field, std::string message) {
  return core::InvalidInput(child.unit + ": " + message, std::move(field));
}

// At least as strict as `bound` under the task's comparison.
bool AsStrict(Comparison c, core::Decimal value, core::Decimal bound) {
  switch (c) {
    case Comparison::kAtLeast:
      return value >= bound;
    case Comparison::kAtMost:
      return value <= bound;
    case Comparison::kAbout:
      return value == bound;
  }
  return false;
}

}  // namespace

std::string_view LevelName(Level l) {
  switch (l) {
    case Level::kRegion:
      return "region";
    case Level::kProvince:
      return "province";
    case Level::kCity:
      return "city";
    case Level::kDistrict:
      return "district";
    case Level::kDepartment:
      return "department";
  }
  return "";
}

std::optional<Level> ParseLevel(std::string_view s) {
  for (auto l :
       {Level::kRegion, Level::kProvince, Level::kCity, Level::kDistrict, Level::kDepartment}) {
    if (LevelName(l) == s) return l;
  }
  return std::nullopt;
}

bool MayHoldShareOf(Level parent, Level child) {
  switch (parent) {
    case Level::kRegion:
      return child == Level::kProvince || child == Level::kCity;
    case Level::kProvince:
      return child == Level::kCity || child == Level::kDepartment;
    case Level::kCity:
      return child == Level::kDistrict || child == Level::kDepartment;
    case Level::kDistrict:
      return child == Level::kDepartment;
    case Level::kDepartment:
      return false;
  }
  return false;
}

std::string_view RhythmName(Rhythm r) { return r == Rhythm::kWeekly ? "weekly" : "monthly"; }

std::optional<Rhythm> ParseRhythm(std::string_view s) {
  if (s == "monthly") return Rhythm::kMonthly;
  if (s == "weekly") return Rhythm::kWeekly;
  return std::nullopt;
}

bool IsAdditive(const KeyTask& task) {
  return task.unit != "%" && task.unit != "轮" && task.unit.find("平方公里") == std::string::npos;
}

bool IsEach(const KeyTask& task) { return task.scope.starts_with("each "); }

Level RootLevel(const KeyTask& task) {
  if (task.scope == "JJJ+FW" || task.scope == "JJJ" || task.scope == "FW" || IsEach(task)) {
    return Level::kRegion;
  }
  if (task.scope.ends_with("省")) return Level::kProvince;
  // Beijing and Tianjin are provinces of the plan's breakdowns (their tasks
  // are set per province), every other 市 a city.
  if (task.scope == "北京市" || task.scope == "天津市") return Level::kProvince;
  return Level::kCity;
}

core::Status ValidateBreakdown(const KeyTask& task, const TaskUnit& parent,
                               const std::vector<TaskUnit>& children, bool parent_is_each_root) {
  std::set<std::string> seen;
  core::Decimal sum;
  for (const auto& c : children) {
    if (c.unit.empty()) return core::InvalidInput("a unit without a key", "unit");
    if (!seen.insert(c.unit).second) return ChildError(c, "unit", "named twice");
    if (c.unit == parent.unit) return ChildError(c, "unit", "cannot take a share of itself");
    if (!MayHoldShareOf(parent.level, c.level)) {
      return ChildError(c, "level",
                        "a " + std::string(LevelName(c.level)) + " cannot take a share from a " +
                            std::string(LevelName(parent.level)));
    }
    if (Blank(c.name)) return ChildError(c, "name", "give the unit's name");
    if (c.target.IsNegative()) return ChildError(c, "target", "a share cannot be negative");
    if (parent.deadline == "monthly") {
      if (c.deadline != "monthly") {
        return ChildError(c, "deadline", "a standing monthly limit stays monthly");
      }
    } else if (c.deadline.empty() || c.deadline > parent.deadline) {
      return ChildError(c, "deadline",
                        "the deadline " + (c.deadline.empty() ? "is missing" : c.deadline) +
                            "; it must be on or before the parent's " + parent.deadline);
    }
    if (Blank(c.responsible_name)) {
      return ChildError(c, "responsible_name", "name the responsible person");
    }
    if (Blank(c.responsible_office)) {
      return ChildError(c, "responsible_office", "name the responsible person's office");
    }
    if (!IsAdditive(task) || parent_is_each_root) {
      if (!AsStrict(task.comparison, c.target, parent.target)) {
        return ChildError(c, "target",
                          "its target " + c.target.ToString() + " " + task.unit +
                              " is less strict than " + parent.name + "'s " +
                              std::string(ComparisonSymbol(task.comparison)) + " " +
                              parent.target.ToString());
      }
    }
    sum += c.target;
  }
  if (children.empty() || !IsAdditive(task) || parent_is_each_root) return core::Status::Ok();
  const bool adds_up = task.comparison == Comparison::kAtLeast  ? sum >= parent.target
                       : task.comparison == Comparison::kAtMost ? sum <= parent.target
                                                                : sum == parent.target;
  if (adds_up) return core::Status::Ok();
  const std::string how = task.comparison == Comparison::kAtLeast  ? "short of"
                          : task.comparison == Comparison::kAtMost ? "over"
                                                                   : "not equal to";
  return core::InvalidInput("the shares add up to " + sum.ToString() + " " + task.unit + ", " +
                                how + " " + parent.name + "'s " + parent.target.ToString() + " " +
                                task.unit,
                            "target");
}

std::optional<core::Decimal> OverAllocation(const KeyTask& task, const TaskUnit& parent,
                                            const std::vector<TaskUnit>& children) {
  if (!IsAdditive(task) || task.comparison != Comparison::kAtLeast || children.empty()) {
    return std::nullopt;
  }
  core::Decimal sum;
  for (const auto& c : children) sum += c.target;
  if (sum > parent.target) return sum;
  return std::nullopt;
}

}  // namespace lantian::ledger
