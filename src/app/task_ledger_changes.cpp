#include "app/task_ledger_changes.hpp"

#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "io/breakdown_table.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

using ledger::Level;
using ledger::TaskUnit;

constexpr std::string_view kSeasonStart = "2020-10-01";

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// The unit and what `p` may do with it: NotFound outside the area, Forbidden
// when the right is short of `needed`.
core::Result<const TaskUnit*> UnitWithRight(const TaskLedger& l, const auth::Principal& p,
                                            const std::string& unit,
                                            const std::map<std::string, campaign::Unit>& units,
                                            TaskRight needed, std::string_view forbidden) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  const auto not_found =
      core::NotFound("no unit " + unit + " in the ledger of " + l.task.id, "unit");
  const TaskUnit* u = l.Find(unit);
  if (!u) return not_found;
  const TaskRight right = RightOn(p, *u, AreaOf(l, *u, units), units);
  if (right == TaskRight::kNone) {
    if (p.role == auth::Role::kEnterprise) {
      return AccessStatus(auth::Access::kRoleForbidden, "",
                          "the key-task ledger is kept by the environment bureaus");
    }
    return not_found;
  }
  if (static_cast<int>(right) < static_cast<int>(needed)) {
    return AccessStatus(auth::Access::kRoleForbidden, "", forbidden);
  }
  return u;
}

nlohmann::json UnitAuditJson(const TaskUnit& u) {
  return {{"unit", u.unit},
          {"parent", u.parent},
          {"level", ledger::LevelName(u.level)},
          {"name", u.name},
          {"target", u.target.ToString()},
          {"deadline", u.deadline},
          {"rhythm", ledger::RhythmName(u.rhythm)},
          {"responsible", u.responsible_name + " " + u.responsible_office}};
}

core::Status Audit(storage::Store& store, const Actor& actor, const std::string& at,
                   std::string object, std::string id, std::string before, std::string after) {
  return storage::AppendAudit(
      store, audit::Entry{0, at, actor.name, actor.action, std::move(object), std::move(id),
                          std::move(before), std::move(after), "", ""});
}

// The provinces of the plan's units, in their order.
std::vector<std::string> Provinces(const std::vector<campaign::Unit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) {
    if (std::find(out.begin(), out.end(), u.province_zh) == out.end()) {
      out.push_back(u.province_zh);
    }
  }
  return out;
}

// The task `part` is a province's part of, if any: "T08-heating-HE" of
// "T08-heating" (same metric, a regional scope).
const ledger::KeyTask* PartOf(const ledger::KeyTask& part,
                              const std::vector<ledger::KeyTask>& tasks) {
  for (const auto& t : tasks) {
    if (part.id.size() > t.id.size() + 1 && part.id.starts_with(t.id + "-") &&
        part.metric == t.metric && t.scope == "JJJ+FW" &&
        ledger::RootLevel(part) == Level::kProvince) {
      return &t;
    }
  }
  return nullptr;
}

// Checks and completes a requested child's key and name against its level.
core::Status CompleteChild(TaskUnit& c, const TaskUnit& parent, const TaskLedger& l,
                           const std::map<std::string, campaign::Unit>& units,
                           const std::vector<std::string>& provinces) {
  const auto error = [&](std::string message, std::string field) {
    return core::InvalidInput((c.unit.empty() ? c.name : c.unit) + ": " + message,
                              std::move(field));
  };
  switch (c.level) {
    case Level::kProvince:
      if (std::find(provinces.begin(), provinces.end(), c.unit) == provinces.end()) {
        return error("not a province of the plan (give its name, e.g. 河北省)", "unit");
      }
      c.name = c.unit;
      break;
    case Level::kCity: {
      auto it = units.find(c.unit);
      if (it == units.end()) return error("not a city of the plan (a 6-digit code)", "unit");
      const UnitArea pa = AreaOf(l, parent, units);
      if (!pa.province.empty() && it->second.province_zh != pa.province) {
        return error("is not in " + pa.province, "unit");
      }
      c.name = it->second.name_zh;
      break;
    }
    case Level::kDistrict:
      if (c.unit.size() != 6 || c.unit.find_first_not_of("0123456789") != std::string::npos) {
        return error("a district is a 6-digit code (GB/T 2260)", "unit");
      }
      if (auth::ParentCityOfDistrict(c.unit) != parent.unit || c.unit == parent.unit) {
        return error("is not a district of " + parent.name, "unit");
      }
      break;
    case Level::kDepartment: {
      const std::string key = parent.unit + "/" + c.name;
      if (!c.unit.empty() && c.unit != key && c.unit != c.name) {
        return error("a department's key is <parent>/<name>: " + key, "unit");
      }
      c.unit = key;
      break;
    }
    case Level::kRegion:
      return error("a region takes no share", "level");
  }
  return core::Status::Ok();
}

// The unit's due dates up to its deadline (a standing task's to a month ahead).
std::vector<core::Date> Schedule(const TaskUnit& u, core::Date today) {
  auto start = core::ParseIsoDate(u.start_date);
  auto deadline = core::ParseIsoDate(u.deadline);
  const core::Date from = start ? *start : core::Date::FromYmd(2020, 10, 1);
  return ledger::DueDates(u.rhythm, from,
                          deadline ? std::optional<core::Date>(*deadline) : std::nullopt,
                          deadline ? *deadline : today + 31);
}

}  // namespace

core::Status SeedPlanLedger(storage::Store& store, const std::string& at) {
  LANTIAN_ASSIGN_OR_RETURN(auto tasks, store.KeyTasks());
  LANTIAN_ASSIGN_OR_RETURN(auto plan_units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto existing, store.TaskUnits(""));
  std::set<std::string> has_ledger;
  for (const auto& u : existing) has_ledger.insert(u.task_id);
  const auto provinces = Provinces(plan_units);
  std::vector<TaskUnit> seed;
  for (const auto& t : tasks) {
    if (has_ledger.contains(t.id) || PartOf(t, tasks)) continue;
    TaskUnit root{t.id,
                  t.scope,
                  "",
                  ledger::RootLevel(t),
                  t.scope,
                  t.target,
                  t.deadline,
                  ledger::Rhythm::kMonthly,
                  std::string(kSeasonStart),
                  std::nullopt,
                  "",
                  "",
                  "plan",
                  at};
    if (root.level == Level::kRegion) {
      root.unit = "JJJ+FW";
      root.name = "京津冀及周边地区、汾渭平原";
    } else if (root.level == Level::kCity) {
      for (const auto& u : plan_units) {
        if (u.name_zh == t.scope) root.unit = u.code;
      }
    }
    seed.push_back(root);
    const auto child = [&](std::string key, Level level, std::string name, core::Decimal target,
                           std::string deadline) {
      TaskUnit c = root;
      c.unit = std::move(key);
      c.parent = root.unit;
      c.level = level;
      c.name = std::move(name);
      c.target = target;
      c.deadline = std::move(deadline);
      seed.push_back(std::move(c));
    };
    for (const auto& province : provinces) {  // the plan's order of provinces
      for (const auto& part : tasks) {
        if (part.scope == province && PartOf(part, tasks) == &t) {
          child(part.scope, Level::kProvince, part.scope, part.target, part.deadline);
        }
      }
    }
    if (t.scope == "each province") {
      for (const auto& p : provinces) child(p, Level::kProvince, p, t.target, t.deadline);
    } else if (t.scope == "each city") {
      for (const auto& u : plan_units) {
        if (u.kind == "municipality" || u.kind == "prefecture") {
          child(u.code, Level::kCity, u.name_zh, t.target, t.deadline);
        }
      }
    }
  }
  return store.PutTaskUnits(seed);
}

core::Result<BreakdownResult> BreakDown(storage::Store& store, const Actor& actor,
                                        const std::string& task_id, const std::string& parent,
                                        std::vector<TaskUnit> children, bool rhythm_given,
                                        core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(TaskLedger l, LoadTaskLedger(store, task_id));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(
      const TaskUnit* p,
      UnitWithRight(l, actor.principal, parent, units, TaskRight::kWrite,
                    "a unit's share is broken down by its own office or one above it"));
  if (l.Closed(p->unit))
    return core::Conflict(p->name + " is closed; reopen it before a new breakdown");
  LANTIAN_ASSIGN_OR_RETURN(auto plan_units, store.Units());
  const auto provinces = Provinces(plan_units);
  const std::string at = core::FormatInstant(now);
  for (auto& c : children) {
    LANTIAN_RETURN_IF_ERROR(CompleteChild(c, *p, l, units, provinces));
    c.task_id = task_id;
    c.parent = p->unit;
    if (!rhythm_given) c.rhythm = p->rhythm;
    if (c.start_date.empty()) c.start_date = p->start_date;
    c.assigned_by = actor.name;
    c.assigned_at = at;
  }
  LANTIAN_RETURN_IF_ERROR(ledger::ValidateBreakdown(l.task, *p, children, l.EachRoot(*p)));
  BreakdownResult out;
  std::set<std::string> kept;
  for (const auto& c : children) kept.insert(c.unit);
  nlohmann::json before = nlohmann::json::array();
  for (const auto* old : l.ChildrenOf(p->unit)) {
    before.push_back(UnitAuditJson(*old));
    if (kept.contains(old->unit)) continue;
    bool used = !l.ChildrenOf(old->unit).empty();
    for (const auto& r : l.reports) used = used || r.unit == old->unit;
    for (const auto& e : l.events) used = used || e.unit == old->unit;
    if (used) {
      return core::Conflict(
          old->name + " (" + old->unit +
          ") has reports, closures or units of its own; keep it in the breakdown");
    }
    out.dropped.push_back(old->unit);
  }
  out.over = ledger::OverAllocation(l.task, *p, children);
  out.children = children;
  nlohmann::json after = nlohmann::json::array();
  for (const auto& c : children) after.push_back(UnitAuditJson(c));
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.DeleteTaskUnits(task_id, out.dropped));
    LANTIAN_RETURN_IF_ERROR(store.PutTaskUnits(children));
    return Audit(store, actor, at, "task-breakdown", task_id + ":" + p->unit,
                 before.empty() ? "" : before.dump(), after.dump());
  }));
  return out;
}

core::Result<BreakdownResult> BreakDownFromFile(storage::Store& store, const Actor& actor,
                                                const std::string& task_id,
                                                const std::string& parent, const TableFile& file,
                                                core::Instant now,
                                                std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto rows = io::ReadBreakdownTable(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("the breakdown was not stored"));
  if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<TaskUnit> children;
  bool rhythm_given = false;
  for (auto& r : rows) {
    rhythm_given = rhythm_given || r.rhythm_given;
    children.push_back(std::move(r.unit));
  }
  auto result = BreakDown(store, actor, task_id, parent, std::move(children), rhythm_given, now);
  if (!result && result.error().code() == core::ErrorCode::kInvalidInput) {
    return core::InvalidInput(file.name + ": " + result.error().message(),
                              std::string(result.error().field()));
  }
  return result;
}

core::Result<storage::TaskReport> ReportProgress(storage::Store& store, const Actor& actor,
                                                 const std::string& task_id,
                                                 const std::string& unit, const std::string& due,
                                                 core::Decimal value, const std::string& evidence,
                                                 const std::string& note, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(TaskLedger l, LoadTaskLedger(store, task_id));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(const TaskUnit* u,
                           UnitWithRight(l, actor.principal, unit, units, TaskRight::kWrite,
                                         "a unit's progress is reported by its own office or "
                                         "one above it"));
  if (!l.ChildrenOf(u->unit).empty()) {
    return core::InvalidInput(u->name + "'s share is broken down; its units report", "unit");
  }
  if (l.Closed(u->unit)) return core::Conflict(u->name + " is closed; reopen it to report again");
  if (value.IsNegative()) return core::InvalidInput("a value achieved is not negative", "value");
  if (l.task.unit == "%" && value > core::Decimal::FromInt(100)) {
    return core::InvalidInput("a share is at most 100 %", "value");
  }
  const core::Date today = now.date();
  const auto schedule = Schedule(*u, today);
  if (schedule.empty()) return core::InvalidInput(u->name + " has no due date", "due");
  // The current period: the first due date on or after today.
  core::Date current = schedule.back();
  for (auto d : schedule) {
    if (d >= today) {
      current = d;
      break;
    }
  }
  core::Date for_date = schedule.front();
  if (due.empty()) {
    for (auto d : schedule) {
      if (d <= today) for_date = d;
    }
  } else {
    auto parsed = core::ParseIsoDate(due);
    if (!parsed) return core::InvalidInput(parsed.error().message(), "due");
    if (std::find(schedule.begin(), schedule.end(), *parsed) == schedule.end()) {
      return core::InvalidInput(due + " is not a due date of " + u->name + " (" +
                                    std::string(ledger::RhythmName(u->rhythm)) + ", from " +
                                    core::FormatIsoDate(schedule.front()) + " to " +
                                    core::FormatIsoDate(schedule.back()) + ")",
                                "due");
    }
    if (*parsed > current) {
      return core::InvalidInput("the report for " + due + " cannot be filed before the period " +
                                    "ending " + core::FormatIsoDate(current),
                                "due");
    }
    for_date = *parsed;
  }
  storage::TaskReport r{0,        task_id, u->unit,    core::FormatIsoDate(for_date), value,
                        evidence, note,    actor.name, core::FormatInstant(now)};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(r.id, store.AddTaskReport(r));
    return Audit(store, actor, r.reported_at, "task-report", task_id + ":" + u->unit, "",
                 nlohmann::json{{"id", r.id},
                                {"due", r.due},
                                {"value", value.ToString()},
                                {"evidence", evidence},
                                {"note", note}}
                     .dump());
  }));
  return r;
}

core::Result<storage::TaskEvent> CloseTaskUnit(storage::Store& store, const Actor& actor,
                                               const std::string& task_id, const std::string& unit,
                                               const std::string& evidence, const std::string& note,
                                               core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(TaskLedger l, LoadTaskLedger(store, task_id));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(const TaskUnit* u,
                           UnitWithRight(l, actor.principal, unit, units, TaskRight::kClose,
                                         "a unit's task is closed by an office above it, not by "
                                         "the unit itself"));
  if (Blank(evidence)) {
    return core::InvalidInput("closing needs evidence (acceptance records, photos, files)",
                              "evidence");
  }
  if (l.Closed(u->unit)) return core::Conflict(u->name + " is closed already");
  if (u->deadline == "monthly") return core::Conflict("a standing monthly limit is never closed");
  const auto children = l.ChildrenOf(u->unit);
  if (children.empty()) {
    const auto progress = ProgressOf(l, now.date());
    const auto& p = progress.at(u->unit);
    if (!p.achieved) {
      return core::Conflict(u->name + " has not reached its target: " +
                            (p.latest ? "latest report " + p.latest->ToString() : "no report") +
                            ", target " + std::string(ledger::ComparisonSymbol(l.task.comparison)) +
                            " " + u->target.ToString() + " " + l.task.unit);
    }
  } else {
    std::string open;
    for (const auto* c : children) {
      if (!l.Closed(c->unit)) open += (open.empty() ? "" : "、") + c->name;
    }
    if (!open.empty()) return core::Conflict(u->name + " has units not closed yet: " + open);
  }
  storage::TaskEvent e{0,        task_id, u->unit, "close", actor.name, core::FormatInstant(now),
                       evidence, note};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(e.id, store.AddTaskEvent(e));
    return Audit(
        store, actor, e.at, "task-closure", task_id + ":" + u->unit, "",
        nlohmann::json{{"action", "close"}, {"evidence", evidence}, {"note", note}}.dump());
  }));
  return e;
}

core::Result<storage::TaskEvent> ReopenTaskUnit(storage::Store& store, const Actor& actor,
                                                const std::string& task_id, const std::string& unit,
                                                const std::string& note, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(TaskLedger l, LoadTaskLedger(store, task_id));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(const TaskUnit* u,
                           UnitWithRight(l, actor.principal, unit, units, TaskRight::kClose,
                                         "a unit's task is reopened by an office above it"));
  if (Blank(note)) return core::InvalidInput("say why the task is reopened", "note");
  if (!l.Closed(u->unit)) return core::Conflict(u->name + " is not closed");
  if (!u->parent.empty() && l.Closed(u->parent)) {
    const TaskUnit* parent = l.Find(u->parent);
    return core::Conflict((parent ? parent->name : u->parent) +
                          " above it is closed; reopen that first");
  }
  storage::TaskEvent e{0,  task_id, u->unit, "reopen", actor.name, core::FormatInstant(now),
                       "", note};
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(e.id, store.AddTaskEvent(e));
    return Audit(store, actor, e.at, "task-closure", task_id + ":" + u->unit,
                 nlohmann::json{{"action", "close"}}.dump(),
                 nlohmann::json{{"action", "reopen"}, {"note", note}}.dump());
  }));
  return e;
}

}  // namespace lantian::app
