#include "server/task_routes.hpp"

#include "app/records.hpp"
#include "app/task_ledger.hpp"
#include "app/task_ledger_changes.hpp"
#include "app/task_ledger_xlsx.hpp"
#include "server/route_support.hpp"

namespace lantian::server {
namespace {

// A decimal given as JSON text or number.
core::Result<core::Decimal> DecimalField(const nlohmann::json& v, const std::string& field) {
  if (v.is_string()) {
    auto d = core::Decimal::Parse(v.get<std::string>());
    if (!d) return core::InvalidInput(d.error().message(), field);
    return *d;
  }
  if (v.is_number()) {
    auto d = core::Decimal::Parse(v.dump());
    if (!d) return core::InvalidInput(d.error().message(), field);
    return *d;
  }
  return core::InvalidInput(field + " is a number", field);
}

core::Result<std::string> TextField(const nlohmann::json& o, const char* name,
                                    const std::string& where, bool required) {
  if (!o.contains(name)) {
    if (required) return core::InvalidInput(where + " needs " + name, where + "." + name);
    return std::string();
  }
  if (!o[name].is_string())
    return core::InvalidInput(where + "." + name + " is text", where + "." + name);
  return o[name].get<std::string>();
}

// The children of a breakdown request: [{level, unit, name, target, deadline,
// responsible_name, responsible_office, rhythm?, start_value?, start_date?}].
core::Result<std::vector<ledger::TaskUnit>> ChildrenOf(const nlohmann::json& body,
                                                       bool& rhythm_given) {
  if (!body.contains("children") || !body["children"].is_array() || body["children"].empty()) {
    return core::InvalidInput("children is a list of the units taking a share", "children");
  }
  std::vector<ledger::TaskUnit> out;
  int i = 0;
  for (const auto& c : body["children"]) {
    const std::string where = "children[" + std::to_string(i++) + "]";
    if (!c.is_object()) return core::InvalidInput(where + " is an object", where);
    ledger::TaskUnit u;
    LANTIAN_ASSIGN_OR_RETURN(std::string level, TextField(c, "level", where, true));
    auto parsed = ledger::ParseLevel(level);
    if (!parsed) {
      return core::InvalidInput(where + ".level is province, city, district or department",
                                where + ".level");
    }
    u.level = *parsed;
    LANTIAN_ASSIGN_OR_RETURN(u.unit, TextField(c, "unit", where, false));
    LANTIAN_ASSIGN_OR_RETURN(u.name, TextField(c, "name", where, false));
    if (!c.contains("target"))
      return core::InvalidInput(where + " needs target", where + ".target");
    LANTIAN_ASSIGN_OR_RETURN(u.target, DecimalField(c["target"], where + ".target"));
    LANTIAN_ASSIGN_OR_RETURN(u.deadline, TextField(c, "deadline", where, true));
    if (u.deadline != "monthly" && !core::ParseIsoDate(u.deadline)) {
      return core::InvalidInput(where + ".deadline is YYYY-MM-DD or monthly", where + ".deadline");
    }
    LANTIAN_ASSIGN_OR_RETURN(u.responsible_name, TextField(c, "responsible_name", where, true));
    LANTIAN_ASSIGN_OR_RETURN(u.responsible_office, TextField(c, "responsible_office", where, true));
    LANTIAN_ASSIGN_OR_RETURN(std::string rhythm, TextField(c, "rhythm", where, false));
    if (!rhythm.empty()) {
      auto r = ledger::ParseRhythm(rhythm);
      if (!r) return core::InvalidInput(where + ".rhythm is monthly or weekly", where + ".rhythm");
      u.rhythm = *r;
      rhythm_given = true;
    }
    if (c.contains("start_value") && !c["start_value"].is_null()) {
      LANTIAN_ASSIGN_OR_RETURN(u.start_value,
                               DecimalField(c["start_value"], where + ".start_value"));
    }
    LANTIAN_ASSIGN_OR_RETURN(u.start_date, TextField(c, "start_date", where, false));
    if (!u.start_date.empty() && !core::ParseIsoDate(u.start_date)) {
      return core::InvalidInput(where + ".start_date is YYYY-MM-DD", where + ".start_date");
    }
    out.push_back(std::move(u));
  }
  return out;
}

// The common start of the write routes: logged in, CSRF, a JSON body with the
// text fields named.
core::Result<nlohmann::json> WriteBody(Exchange& x, std::initializer_list<const char*> fields) {
  LANTIAN_RETURN_IF_ERROR(RequireLogin(x));
  LANTIAN_RETURN_IF_ERROR(x.CheckCsrf());
  return JsonBody(x, fields);
}

// The day the ledger is read as of: ?as_of=YYYY-MM-DD, default today.
core::Result<core::Date> AsOf(Exchange& x) {
  auto given = x.Query("as_of");
  if (!given || given->empty()) return x.app().Now().date();
  auto d = core::ParseIsoDate(*given);
  if (!d) return core::InvalidInput(d.error().message(), "as_of");
  return *d;
}

nlohmann::json EventJson(const storage::TaskEvent& e) {
  return {{"id", e.id},    {"task_id", e.task_id}, {"unit", e.unit},         {"action", e.action},
          {"by", e.actor}, {"at", e.at},           {"evidence", e.evidence}, {"note", e.note}};
}

}  // namespace

void AddTaskRoutes(std::vector<Route>& routes) {
  routes.push_back(
      {"GET",
       "/api/tasks",
       "The key-task board: every task's status at the focus (the regional total, or a "
       "province's or city's share) with the red/amber/green of the units one level below, the "
       "counts by status, and the laggards (units overdue or at risk, overdue first)",
       "officials, within their area (and the units above it)",
       {{"unit", "query", "a province name or city code: its dashboard (default: the region)",
         false},
        {"as_of", "query", "YYYY-MM-DD: the ledger as it stood that day (default today)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto as_of = AsOf(x);
         if (!as_of) return x.Error(as_of.error());
         auto b = app::LedgerBoardJson(x.app().store(), x.principal(), x.Query("unit").value_or(""),
                                       *as_of);
         if (!b) return x.Error(b.error());
         x.Json(200, *b);
       }});
  routes.push_back(
      {"GET",
       "/api/tasks.xlsx",
       "The ledger as a workbook to file (重点任务台账, 调度记录, 销号记录), cut as the board is",
       "officials, within their area",
       {{"unit", "query", "a province name or city code (default: everything readable)", false},
        {"as_of", "query", "YYYY-MM-DD (default today)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto as_of = AsOf(x);
         if (!as_of) return x.Error(as_of.error());
         const core::Date today = *as_of;
         TempFile file(".xlsx");
         if (auto s = app::WriteTaskLedgerXlsx(x.app().store(), x.principal(),
                                               x.Query("unit").value_or(""), today, file.path);
             !s.ok()) {
           return x.Error(s);
         }
         SendFile(x, file.path, "lantian-tasks-" + core::FormatIsoDate(today) + ".xlsx");
       }});
  routes.push_back(
      {"GET",
       "/api/tasks/{id}",
       "One task's ledger: the task, its units (target, deadline, rhythm, responsible person, "
       "latest value, projection, status, reasons, late and missing reports, closed, the "
       "reader's right), their report history and closures",
       "officials, the units within their area and those above it",
       {{"id", "path", "the task's id (key-tasks.csv), e.g. T08-heating", true},
        {"as_of", "query", "YYYY-MM-DD: the ledger as it stood that day (default today)", false}},
       [](Exchange& x) {
         if (auto s = RequireLogin(x); !s.ok()) return x.Error(s);
         auto as_of = AsOf(x);
         if (!as_of) return x.Error(as_of.error());
         auto j = app::TaskLedgerJson(x.app().store(), x.principal(), x.PathParam(0), *as_of);
         if (!j) return x.Error(j.error());
         x.Json(200, *j);
       }});
  routes.push_back(
      {"POST",
       "/api/tasks/{id}/breakdown",
       "Hand a unit's share down (replaces its breakdown; JSON {unit, children: [{level, unit, "
       "name, target, deadline, responsible_name, responsible_office, rhythm, start_value, "
       "start_date}]}); the shares must add up; audited",
       "the unit's own office or one above it",
       {{"id", "path", "the task's id", true}},
       [](Exchange& x) {
         auto body = WriteBody(x, {"unit"});
         if (!body) return x.Error(body.error());
         bool rhythm_given = false;
         auto children = ChildrenOf(*body, rhythm_given);
         if (!children) return x.Error(children.error());
         auto r = app::BreakDown(x.app().store(), x.actor(), x.PathParam(0),
                                 (*body)["unit"].get<std::string>(), std::move(*children),
                                 rhythm_given, x.app().Now());
         if (!r) return x.Error(r.error());
         nlohmann::json units = nlohmann::json::array();
         for (const auto& c : r->children) units.push_back(c.unit);
         x.Json(
             200,
             {{"children", units}, {"dropped", r->dropped}, {"over", app::DecimalJson(r->over)}});
       }});
  routes.push_back(
      {"POST",
       "/api/tasks/{id}/reports",
       "File a progress report (调度) of a unit without a breakdown (JSON {unit, value, due, "
       "evidence, note}; due defaults to the latest due date passed); audited",
       "the unit's own office or one above it",
       {{"id", "path", "the task's id", true}},
       [](Exchange& x) {
         auto body = WriteBody(x, {"unit"});
         if (!body) return x.Error(body.error());
         if (!body->contains("value")) {
           return x.Error(core::InvalidInput("the record needs the value achieved", "value"));
         }
         auto value = DecimalField((*body)["value"], "value");
         if (!value) return x.Error(value.error());
         auto r = app::ReportProgress(
             x.app().store(), x.actor(), x.PathParam(0), (*body)["unit"].get<std::string>(),
             OptionalText(*body, "due"), *value, OptionalText(*body, "evidence"),
             OptionalText(*body, "note"), x.app().Now());
         if (!r) return x.Error(r.error());
         x.Json(200, {{"id", r->id},
                      {"unit", r->unit},
                      {"due", r->due},
                      {"value", app::DecimalJson(r->value)},
                      {"reported_at", r->reported_at},
                      {"late", r->reported_at.substr(0, 10) > r->due}});
       }});
  routes.push_back(
      {"POST",
       "/api/tasks/{id}/close",
       "Close (销号) a unit with its evidence (JSON {unit, evidence, note}): once its target is "
       "met, or every unit below it is closed; audited",
       "an office above the unit, within its area",
       {{"id", "path", "the task's id", true}},
       [](Exchange& x) {
         auto body = WriteBody(x, {"unit", "evidence"});
         if (!body) return x.Error(body.error());
         auto e = app::CloseTaskUnit(
             x.app().store(), x.actor(), x.PathParam(0), (*body)["unit"].get<std::string>(),
             (*body)["evidence"].get<std::string>(), OptionalText(*body, "note"), x.app().Now());
         if (!e) return x.Error(e.error());
         x.Json(200, EventJson(*e));
       }});
  routes.push_back({"POST",
                    "/api/tasks/{id}/reopen",
                    "Reopen a closed unit, saying why (JSON {unit, note}); audited",
                    "an office above the unit, within its area",
                    {{"id", "path", "the task's id", true}},
                    [](Exchange& x) {
                      auto body = WriteBody(x, {"unit", "note"});
                      if (!body) return x.Error(body.error());
                      auto e =
                          app::ReopenTaskUnit(x.app().store(), x.actor(), x.PathParam(0),
                                              (*body)["unit"].get<std::string>(),
                                              (*body)["note"].get<std::string>(), x.app().Now());
                      if (!e) return x.Error(e.error());
                      x.Json(200, EventJson(*e));
                    }});
}

}  // namespace lantian::server
