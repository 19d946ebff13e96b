#include "app/task_ledger.hpp"

#include <algorithm>
#include <functional>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "app/records.hpp"

namespace lantian::app {
namespace {

using ledger::Level;
using ledger::TaskUnit;

bool Official(const auth::Principal& p) {
  return p.role != auth::Role::kPublic && p.role != auth::Role::kEnterprise;
}

core::Status CanUseLedger(const auth::Principal& p) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (!Official(p)) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "the key-task ledger is kept by the environment bureaus");
  }
  return core::Status::Ok();
}

std::string ProvinceOfCity(const std::string& city,
                           const std::map<std::string, campaign::Unit>& units) {
  auto it = units.find(city);
  return it == units.end() ? "" : it->second.province_zh;
}

bool CityInRegion(const std::string& city, const std::string& region,
                  const std::map<std::string, campaign::Unit>& units) {
  auto it = units.find(city);
  return it != units.end() && campaign::RegionCode(it->second.region) == region;
}

bool ProvinceInRegion(const std::string& province, const std::string& region,
                      const std::map<std::string, campaign::Unit>& units) {
  for (const auto& [code, u] : units) {
    if (u.province_zh == province && campaign::RegionCode(u.region) == region) return true;
  }
  return false;
}

nlohmann::json TaskJson(const TaskLedger& l) {
  const auto& t = l.task;
  return {{"id", t.id},
          {"section", t.section},
          {"task_zh", t.task_zh},
          {"metric", t.metric},
          {"unit", t.unit},
          {"scope", t.scope},
          {"target", DecimalJson(t.target)},
          {"deadline", t.deadline},
          {"comparison", ledger::ComparisonSymbol(t.comparison)},
          {"additive", ledger::IsAdditive(t)},
          {"each", ledger::IsEach(t)}};
}

std::string_view RightName(TaskRight r) {
  switch (r) {
    case TaskRight::kClose:
      return "close";
    case TaskRight::kWrite:
      return "write";
    case TaskRight::kRead:
      return "read";
    case TaskRight::kNone:
      return "none";
  }
  return "none";
}

nlohmann::json ProgressJson(const ledger::UnitProgress& p) {
  nlohmann::json missing = nlohmann::json::array();
  for (auto d : p.missing) missing.push_back(core::FormatIsoDate(d));
  return {{"status", ledger::TaskStatusName(p.status)},
          {"colour", ledger::TaskStatusColour(p.status)},
          {"latest", DecimalJson(p.latest)},
          {"latest_due", p.latest_due ? nlohmann::json(core::FormatIsoDate(*p.latest_due))
                                      : nlohmann::json(nullptr)},
          {"projected",
           DecimalJson(p.projected ? std::optional(p.projected->RoundHalfEven(2)) : std::nullopt)},
          {"achieved", p.achieved},
          {"reports", p.reports},
          {"late", p.late},
          {"missing", missing},
          {"reasons", p.reasons}};
}

nlohmann::json UnitJson(const TaskLedger& l, const TaskUnit& u, const ledger::UnitProgress& p,
                        TaskRight right) {
  nlohmann::json j = ProgressJson(p);
  j.update({{"unit", u.unit},
            {"parent", u.parent},
            {"level", ledger::LevelName(u.level)},
            {"name", u.name},
            {"target", DecimalJson(u.target)},
            {"deadline", u.deadline},
            {"rhythm", ledger::RhythmName(u.rhythm)},
            {"start_date", u.start_date},
            {"start_value", DecimalJson(u.start_value)},
            {"responsible_name", u.responsible_name},
            {"responsible_office", u.responsible_office},
            {"assigned_by", u.assigned_by},
            {"assigned_at", u.assigned_at},
            {"children", l.ChildrenOf(u.unit).size()},
            {"closed", l.Closed(u.unit)},
            {"right", RightName(right)}});
  return j;
}

// Rank for the laggards: overdue first, then at risk.
int LagRank(ledger::TaskStatus s) { return s == ledger::TaskStatus::kOverdue ? 0 : 1; }

}  // namespace

const TaskUnit* TaskLedger::Find(const std::string& unit) const {
  for (const auto& u : units) {
    if (u.unit == unit) return &u;
  }
  return nullptr;
}

std::vector<const TaskUnit*> TaskLedger::ChildrenOf(const std::string& unit) const {
  std::vector<const TaskUnit*> out;
  for (const auto& u : units) {
    if (!u.parent.empty() && u.parent == unit) out.push_back(&u);
  }
  return out;
}

bool TaskLedger::Closed(const std::string& unit) const {
  bool closed = false;
  for (const auto& e : events) {
    if (e.unit != unit) continue;
    if (e.action == "close") closed = true;
    if (e.action == "reopen") closed = false;
  }
  return closed;
}

bool TaskLedger::EachRoot(const TaskUnit& u) const {
  return u.parent.empty() && ledger::IsEach(task);
}

void TaskLedger::TrimTo(core::Date day) {
  const std::string last = core::FormatIsoDate(day);
  std::erase_if(reports,
                [&](const storage::TaskReport& r) { return r.reported_at.substr(0, 10) > last; });
  std::erase_if(events, [&](const storage::TaskEvent& e) { return e.at.substr(0, 10) > last; });
}

core::Result<TaskLedger> LoadTaskLedger(storage::Store& store, const std::string& task_id) {
  LANTIAN_ASSIGN_OR_RETURN(auto tasks, store.KeyTasks());
  TaskLedger l;
  bool found = false;
  for (auto& t : tasks) {
    if (t.id == task_id) {
      l.task = std::move(t);
      found = true;
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.TaskUnits(task_id));
  if (!found || units.empty()) return core::NotFound("no key-task ledger " + task_id, "task");
  l.units = std::move(units);
  std::stable_partition(l.units.begin(), l.units.end(),
                        [](const TaskUnit& u) { return u.parent.empty(); });
  LANTIAN_ASSIGN_OR_RETURN(l.reports, store.TaskReports(task_id));
  LANTIAN_ASSIGN_OR_RETURN(l.events, store.TaskEvents(task_id));
  return l;
}

core::Result<std::vector<TaskLedger>> LoadAllTaskLedgers(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto tasks, store.KeyTasks());
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.TaskUnits(""));
  LANTIAN_ASSIGN_OR_RETURN(auto reports, store.TaskReports(""));
  LANTIAN_ASSIGN_OR_RETURN(auto events, store.TaskEvents(""));
  std::vector<TaskLedger> out;
  for (auto& t : tasks) {
    TaskLedger l;
    for (const auto& u : units) {
      if (u.task_id == t.id) l.units.push_back(u);
    }
    if (l.units.empty()) continue;
    std::stable_partition(l.units.begin(), l.units.end(),
                          [](const TaskUnit& u) { return u.parent.empty(); });
    for (const auto& r : reports) {
      if (r.task_id == t.id) l.reports.push_back(r);
    }
    for (const auto& e : events) {
      if (e.task_id == t.id) l.events.push_back(e);
    }
    l.task = std::move(t);
    out.push_back(std::move(l));
  }
  return out;
}

std::map<std::string, ledger::UnitProgress> ProgressOf(const TaskLedger& l, core::Date today) {
  // Latest report per unit and due date; its lateness from the first one filed.
  std::map<std::string, std::map<int32_t, ledger::ProgressPoint>> points;
  for (const auto& r : l.reports) {
    auto due = core::ParseIsoDate(r.due);
    auto at = core::ParseInstant(r.reported_at);
    if (!due || !at) continue;
    auto [it, added] =
        points[r.unit].try_emplace(due->days, ledger::ProgressPoint{*due, r.value, at->date()});
    if (!added) it->second.value = r.value;
  }
  std::map<std::string, ledger::UnitProgress> out;
  std::function<ledger::UnitProgress(const TaskUnit&)> visit =
      [&](const TaskUnit& u) -> ledger::UnitProgress {
    auto children = l.ChildrenOf(u.unit);
    ledger::UnitProgress p;
    if (children.empty()) {
      std::vector<ledger::ProgressPoint> mine;
      for (const auto& [day, pt] : points[u.unit]) mine.push_back(pt);
      p = ledger::LeafProgress(l.task, u, mine, l.Closed(u.unit), today);
    } else {
      std::vector<ledger::UnitProgress> below;
      for (const auto* c : children) below.push_back(visit(*c));
      p = ledger::ParentProgress(l.task, u, l.EachRoot(u), below, l.Closed(u.unit), today);
    }
    out[u.unit] = p;
    return p;
  };
  for (const auto& u : l.units) {
    if (u.parent.empty()) visit(u);
  }
  return out;
}

UnitArea AreaOf(const TaskLedger& l, const TaskUnit& u,
                const std::map<std::string, campaign::Unit>& units) {
  switch (u.level) {
    case Level::kRegion:
      return {};
    case Level::kProvince:
      return {u.unit, "", ""};
    case Level::kCity:
      return {ProvinceOfCity(u.unit, units), u.unit, ""};
    case Level::kDistrict: {
      const std::string city = auth::ParentCityOfDistrict(u.unit);
      return {ProvinceOfCity(city, units), city, u.unit};
    }
    case Level::kDepartment: {
      const TaskUnit* parent = l.Find(u.parent);
      return parent ? AreaOf(l, *parent, units) : UnitArea{};
    }
  }
  return {};
}

TaskRight RightOn(const auth::Principal& p, const TaskUnit& u, const UnitArea& area,
                  const std::map<std::string, campaign::Unit>& units) {
  if (!Official(p)) return TaskRight::kNone;
  if (p.role == auth::Role::kNational) return TaskRight::kClose;
  bool contains = false, own = false;
  std::string my_province, my_city;
  switch (p.role) {
    case auth::Role::kRegion:
      contains = u.level != Level::kRegion &&
                 (area.city.empty() ? ProvinceInRegion(area.province, p.scope, units)
                                    : CityInRegion(area.city, p.scope, units));
      break;
    case auth::Role::kProvince:
      contains = u.level != Level::kRegion && area.province == p.scope;
      own = u.level == Level::kProvince && u.unit == p.scope;
      my_province = p.scope;
      break;
    case auth::Role::kCity:
      contains = area.city == p.scope;
      own = u.level == Level::kCity && u.unit == p.scope;
      my_province = ProvinceOfCity(p.scope, units);
      my_city = p.scope;
      break;
    case auth::Role::kDistrict:
      contains = area.district == p.scope;
      own = u.level == Level::kDistrict && u.unit == p.scope;
      my_city = auth::ParentCityOfDistrict(p.scope);
      my_province = ProvinceOfCity(my_city, units);
      break;
    default:
      break;
  }
  if (contains) return own ? TaskRight::kWrite : TaskRight::kClose;
  const bool above =
      u.level == Level::kRegion ||
      (u.level == Level::kProvince && !my_province.empty() && u.unit == my_province) ||
      (u.level == Level::kCity && !my_city.empty() && u.unit == my_city);
  return above ? TaskRight::kRead : TaskRight::kNone;
}

core::Result<nlohmann::json> TaskLedgerJson(storage::Store& store, const auth::Principal& p,
                                            const std::string& task_id, core::Date today) {
  LANTIAN_RETURN_IF_ERROR(CanUseLedger(p));
  LANTIAN_ASSIGN_OR_RETURN(TaskLedger l, LoadTaskLedger(store, task_id));
  l.TrimTo(today);
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  const auto progress = ProgressOf(l, today);
  nlohmann::json rows = nlohmann::json::array();
  std::map<std::string, bool> readable;
  for (const auto& u : l.units) {
    const TaskRight right = RightOn(p, u, AreaOf(l, u, units), units);
    readable[u.unit] = right != TaskRight::kNone;
    if (right != TaskRight::kNone) rows.push_back(UnitJson(l, u, progress.at(u.unit), right));
  }
  nlohmann::json reports = nlohmann::json::array();
  for (const auto& r : l.reports) {
    if (!readable[r.unit]) continue;
    reports.push_back({{"id", r.id},
                       {"unit", r.unit},
                       {"due", r.due},
                       {"value", DecimalJson(r.value)},
                       {"evidence", r.evidence},
                       {"note", r.note},
                       {"reported_by", r.reported_by},
                       {"reported_at", r.reported_at},
                       {"late", r.reported_at.substr(0, 10) > r.due}});
  }
  nlohmann::json events = nlohmann::json::array();
  for (const auto& e : l.events) {
    if (!readable[e.unit]) continue;
    events.push_back({{"id", e.id},
                      {"unit", e.unit},
                      {"action", e.action},
                      {"by", e.actor},
                      {"at", e.at},
                      {"evidence", e.evidence},
                      {"note", e.note}});
  }
  return nlohmann::json{{"task", TaskJson(l)},
                        {"as_of", core::FormatIsoDate(today)},
                        {"units", rows},
                        {"reports", reports},
                        {"events", events}};
}

core::Result<nlohmann::json> LedgerBoardJson(storage::Store& store, const auth::Principal& p,
                                             const std::string& focus, core::Date today) {
  LANTIAN_RETURN_IF_ERROR(CanUseLedger(p));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto ledgers, LoadAllTaskLedgers(store));
  for (auto& l : ledgers) l.TrimTo(today);
  nlohmann::json tasks = nlohmann::json::array();
  struct Lag {
    int rank;
    nlohmann::json row;
  };
  std::vector<Lag> laggards;
  std::map<std::string, int> counts;
  for (const auto& l : ledgers) {
    const auto progress = ProgressOf(l, today);
    const TaskUnit* root = &l.units.front();
    const TaskUnit* at = focus.empty() ? root : l.Find(focus);
    std::vector<const TaskUnit*> rows;
    if (at) {
      rows = l.ChildrenOf(at->unit);
    } else {
      // No share of this task is held at `focus` itself: its units inside it.
      for (const auto& u : l.units) {
        const UnitArea a = AreaOf(l, u, units);
        if (u.parent == root->unit && (a.province == focus || a.city == focus)) {
          rows.push_back(&u);
        }
      }
    }
    nlohmann::json row_json = nlohmann::json::array();
    for (const auto* u : rows) {
      if (RightOn(p, *u, AreaOf(l, *u, units), units) == TaskRight::kNone) continue;
      const auto& pr = progress.at(u->unit);
      row_json.push_back({{"unit", u->unit},
                          {"name", u->name},
                          {"level", ledger::LevelName(u->level)},
                          {"status", ledger::TaskStatusName(pr.status)},
                          {"colour", ledger::TaskStatusColour(pr.status)},
                          {"latest", DecimalJson(pr.latest)},
                          {"target", DecimalJson(u->target)}});
    }
    if (!at && row_json.empty()) continue;  // the task does not reach into `focus`
    nlohmann::json entry = TaskJson(l);
    if (at && RightOn(p, *at, AreaOf(l, *at, units), units) != TaskRight::kNone) {
      entry["focus"] =
          UnitJson(l, *at, progress.at(at->unit), RightOn(p, *at, AreaOf(l, *at, units), units));
      counts[std::string(ledger::TaskStatusName(progress.at(at->unit).status))]++;
    } else if (at) {
      continue;
    }
    entry["units"] = row_json;
    tasks.push_back(entry);
    for (const auto& u : l.units) {
      const auto& pr = progress.at(u.unit);
      if (pr.status != ledger::TaskStatus::kOverdue && pr.status != ledger::TaskStatus::kAtRisk) {
        continue;
      }
      const UnitArea a = AreaOf(l, u, units);
      if (!focus.empty() && a.province != focus && a.city != focus && u.unit != focus) continue;
      if (RightOn(p, u, a, units) == TaskRight::kNone || !l.ChildrenOf(u.unit).empty()) continue;
      laggards.push_back({LagRank(pr.status),
                          {{"task_id", l.task.id},
                           {"task_zh", l.task.task_zh},
                           {"unit", u.unit},
                           {"name", u.name},
                           {"level", ledger::LevelName(u.level)},
                           {"status", ledger::TaskStatusName(pr.status)},
                           {"colour", ledger::TaskStatusColour(pr.status)},
                           {"deadline", u.deadline},
                           {"responsible_name", u.responsible_name},
                           {"responsible_office", u.responsible_office},
                           {"reasons", pr.reasons}}});
    }
  }
  std::stable_sort(laggards.begin(), laggards.end(),
                   [](const Lag& a, const Lag& b) { return a.rank < b.rank; });
  nlohmann::json lag = nlohmann::json::array();
  for (auto& l : laggards) lag.push_back(std::move(l.row));
  return nlohmann::json{{"as_of", core::FormatIsoDate(today)},
                        {"focus", focus},
                        {"counts", counts},
                        {"tasks", tasks},
                        {"laggards", lag}};
}

}  // namespace lantian::app
