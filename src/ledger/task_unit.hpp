// A key task broken down (plan （十八）: 建立台账，分解到区县和部门，明确责任人和
// 完成时限): the task's scope is the root unit; each unit hands shares of its
// target to the units below it — a region to provinces or cities, a province to
// cities or departments, a city to districts or departments, a district to
// departments — each with its own target, deadline and responsible person.
// Unit keys: "JJJ+FW" (region), a province name ("河北省"), a city or district
// code (GB/T 2260), a department "<parent key>/<name>". Value types.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/decimal.hpp"
#include "core/status.hpp"
#include "ledger/key_task.hpp"

namespace lantian::ledger {

enum class Level { kRegion, kProvince, kCity, kDistrict, kDepartment };
std::string_view LevelName(Level l);  // "region", "province", …
std::optional<Level> ParseLevel(std::string_view s);
// Whether a unit of level `child` may take a share from one of level `parent`.
bool MayHoldShareOf(Level parent, Level child);

// How often a unit reports its progress (调度): on the last day of every month,
// or every Friday; and on its deadline.
enum class Rhythm { kMonthly, kWeekly };
std::string_view RhythmName(Rhythm r);  // "monthly", "weekly"
std::optional<Rhythm> ParseRhythm(std::string_view s);

struct TaskUnit {
  std::string task_id;
  std::string unit;    // key, see above
  std::string parent;  // "" for the root
  Level level = Level::kRegion;
  std::string name;  // "河北省", "石家庄市", "长安区", "住建局"
  core::Decimal target;
  std::string deadline;  // YYYY-MM-DD, or "monthly" for a standing monthly limit
  Rhythm rhythm = Rhythm::kMonthly;
  std::string start_date;                    // YYYY-MM-DD: the pace is measured from here
  std::optional<core::Decimal> start_value;  // the value then; nullopt: the first report
  std::string responsible_name;
  std::string responsible_office;
  std::string assigned_by;
  std::string assigned_at;
  friend bool operator==(const TaskUnit&, const TaskUnit&) = default;
};

// Whether the task's target is an amount that shares of it add up to
// (households, tonnes of capacity, trucks, boilers, stations) rather than a
// rate or a level every unit must reach by itself (%, rounds, dust fall).
bool IsAdditive(const KeyTask& task);
// Whether the task binds every province, city or enterprise by itself
// (scope "each …"): the root then hands every child the whole target.
bool IsEach(const KeyTask& task);
// The level and name of the task's root unit: "JJJ+FW" and "each …" scopes
// are the region; a province name a province; a city name a city (its code
// found by the caller).
Level RootLevel(const KeyTask& task);

// Checks the shares `children` take from `parent` (plan （十八）): each child's
// level may sit below the parent's, its deadline is not later than the
// parent's, it names a responsible person and office, and the shares add up —
// of an amount, the children's targets together reach the parent's (at least
// as much for a ">=" task, at most as much for a "<=" cap, exactly for "~");
// of a rate or an "each" root, every child's own target is at least as strict
// as the parent's. Errors name the child and field; the sum error gives the
// sum and the parent's target.
core::Status ValidateBreakdown(const KeyTask& task, const TaskUnit& parent,
                               const std::vector<TaskUnit>& children, bool parent_is_each_root);

// The sum of the children's targets when it goes beyond what the parent must
// do (a ">=" breakdown that asks more of the units than the plan does — the
// plan's own steel figures do: 20100 of 20000 万吨); nullopt otherwise.
std::optional<core::Decimal> OverAllocation(const KeyTask& task, const TaskUnit& parent,
                                            const std::vector<TaskUnit>& children);

}  // namespace lantian::ledger
