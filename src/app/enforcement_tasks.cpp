#include "app/enforcement_tasks.hpp"

#include <cstdio>
#include <map>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "app/monitoring_devices.hpp"

namespace lantian::app {
namespace {

std::string Fixed(double v, int digits) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string Percent(double share) { return Fixed(share * 100, 1) + " %"; }

std::string Minute(const std::string& at) { return at.substr(0, 16); }

// As the dashboard names them (web/src/i18n.ts), for a ledger filed in Chinese.
std::string DetectorZh(const std::string& detector) {
  static const std::map<std::string, std::string> names{
      {"flat-line", "长时间恒值"}, {"pinned", "贴限值"},         {"drop-at-alert", "预警时骤降"},
      {"gap", "数据缺失"},         {"flag-overuse", "标记滥用"}, {"load-inverse", "负荷升浓度降"}};
  auto it = names.find(detector);
  return it == names.end() ? detector : it->second;
}

// HJ 212-2017 appendix B codes of the pollutants an outlet is judged on.
std::string PollutantZh(const std::string& code) {
  static const std::map<std::string, std::string> names{
      {"a21026", "二氧化硫"}, {"a21002", "氮氧化物"}, {"a34013", "颗粒物"}, {"a24088", "VOCs"}};
  auto it = names.find(code);
  return it == names.end() ? code : it->second;
}

storage::EnforcementTask Task(const std::string& city, const std::string& enterprise,
                              std::string kind, std::string key, std::string what,
                              std::string evidence) {
  return {0,
          city,
          enterprise,
          std::move(kind),
          std::move(key),
          std::move(what),
          std::move(evidence),
          "",
          "",
          "",
          "open",
          "",
          "",
          ""};
}

}  // namespace

std::vector<storage::EnforcementTask> TasksOfReport(
    const VerificationReport& r, const std::vector<storage::MonitoringFinding>& confirmed) {
  std::vector<storage::EnforcementTask> out;
  for (const auto& l : r.loads) {
    if (l.check.verdict != verify::LoadVerdict::kSuspected) continue;
    const std::string from = core::FormatInstant(l.span.from);
    const std::string to = l.span.to ? Minute(core::FormatInstant(*l.span.to)) : "生效中";
    std::string evidence = "电表 " + l.meter + "：基准负荷 " + Fixed(l.check.baseline_kw, 1) +
                           " kW，预警期间 " + Fixed(l.check.during_kw, 1) + " kW";
    evidence += l.check.observed_cut ? "，降幅 " + Percent(*l.check.observed_cut) : "";
    evidence += "，措施要求 " + Percent(l.check.required_cut) + "（" +
                std::to_string(l.check.covered) + "/" + std::to_string(l.check.quarters) +
                " 刻有数据）";
    out.push_back(Task(r.city, l.enterprise, "load-cut", "load:" + l.meter + ":" + from,
                       "生产线 " + l.line + " 在" + std::string(alert::LevelNameZh(l.span.level)) +
                           "预警期间（" + Minute(from) + " 至 " + to + "）未按措施降低负荷",
                       std::move(evidence)));
  }
  for (const auto& t : r.treatments) {
    if (t.check.verdict != verify::LoadVerdict::kSuspected || t.check.stretches.empty()) continue;
    std::string stretches;
    for (size_t i = 0; i < t.check.stretches.size() && i < 5; ++i) {
      const auto& [a, b] = t.check.stretches[i];
      stretches += (i ? "；" : "") + Minute(core::FormatInstant(a)) + "–" +
                   core::FormatInstant(b).substr(11, 5);
    }
    if (t.check.stretches.size() > 5) {
      stretches += " 等 " + std::to_string(t.check.stretches.size()) + " 段";
    }
    out.push_back(Task(r.city, t.line_meter.credit_code, "treatment-off",
                       "treatment:" + t.facility_meter.meter + ":" +
                           core::FormatInstant(t.check.stretches.front().first),
                       "治污设施" + t.facility_meter.facility + "（电表 " + t.facility_meter.meter +
                           "）在生产线 " + t.line_meter.line + " 运行时停运",
                       "生产运行 " + std::to_string(t.check.line_ran) + " 刻中设施停运 " +
                           std::to_string(t.check.facility_off) + " 刻：" + stretches));
  }
  const std::string period =
      core::FormatIsoDate(r.period.first) + ".." + core::FormatIsoDate(r.period.last);
  for (const auto& d : r.devices) {
    if (d.exceedances == 0) continue;
    out.push_back(Task(r.city, d.device.credit_code, "exceedance",
                       "exceedance:" + d.device.mn + ":" + period,
                       "排放口 " + d.device.outlet + "（设备 " + d.device.mn + "）预警期间超标排放",
                       period + " 预警期间 " + std::to_string(d.judged) + " 小时中超标 " +
                           std::to_string(d.exceedances) + " 小时"));
  }
  std::map<std::string, const storage::MonitoringDevice*> device_of;
  for (const auto& d : r.devices) device_of[d.device.mn] = &d.device;
  for (const auto& f : confirmed) {
    const auto d = device_of.find(f.mn);
    if (d == device_of.end() || f.status != "confirmed") continue;
    out.push_back(Task(r.city, d->second->credit_code, "finding", "finding:" + std::to_string(f.id),
                       "在线监测数据异常（" + DetectorZh(f.detector) + "，" +
                           PollutantZh(f.pollutant) + "，设备 " + f.mn + "）经核查确认",
                       Minute(f.from_at) + " 至 " + Minute(f.to_at) + "：" + f.evidence +
                           (f.note.empty() ? "" : "；核查说明：" + f.note)));
  }
  return out;
}

core::Result<OpenedTasks> OpenEnforcementTasks(storage::Store& store, const Actor& actor,
                                               const std::string& city, core::Period period,
                                               int deadline_days, core::Instant now) {
  if (deadline_days < 1 || deadline_days > 365) {
    return core::InvalidInput("the deadline is 1 to 365 days after opening", "deadline_days");
  }
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, {u.code}));
  LANTIAN_ASSIGN_OR_RETURN(VerificationReport report,
                           CityVerification(store, actor.principal, u.code, period, now));
  const std::string from = core::FormatIsoDate(period.first) + " 00:00:00";
  const std::string to = core::FormatIsoDate(period.last + 1) + " 00:00:00";
  std::vector<storage::MonitoringFinding> confirmed;
  for (const auto& d : report.devices) {
    LANTIAN_ASSIGN_OR_RETURN(auto findings, store.MonitoringFindings(d.device.mn, "confirmed"));
    for (auto& f : findings) {
      if (f.to_at > from && f.from_at < to) confirmed.push_back(std::move(f));
    }
  }
  auto tasks = TasksOfReport(report, confirmed);
  OpenedTasks out;
  out.violations = static_cast<int64_t>(tasks.size());
  const std::string opened_at = core::FormatInstant(now);
  const std::string deadline = core::FormatIsoDate(now.date() + deadline_days);
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    nlohmann::json ids = nlohmann::json::array();
    for (auto& t : tasks) {
      t.opened_by = actor.name;
      t.opened_at = opened_at;
      t.deadline = deadline;
      LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddEnforcementTask(t));
      if (!id) continue;
      t.id = *id;
      ids.push_back(*id);
      out.opened.push_back(t);
    }
    return storage::AppendAudit(
        store, audit::Entry{0, opened_at, actor.name, actor.action, "enforcement-tasks", u.code, "",
                            nlohmann::json{{"period", core::FormatIsoDate(period.first) + ".." +
                                                          core::FormatIsoDate(period.last)},
                                           {"violations", out.violations},
                                           {"opened", ids}}
                                .dump(),
                            "", ""});
  }));
  return out;
}

bool Overdue(const storage::EnforcementTask& t, core::Date today) {
  return t.status == "open" && t.deadline < core::FormatIsoDate(today);
}

core::Result<std::vector<storage::EnforcementTask>> VisibleEnforcementTasks(
    storage::Store& store, const auth::Principal& p, const std::string& city,
    const std::string& status, core::Date today) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (status != "" && status != "open" && status != "closed" && status != "overdue") {
    return core::InvalidInput("the status is open, closed or overdue", "status");
  }
  std::string code;
  if (!city.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
    if (p.role != auth::Role::kEnterprise) LANTIAN_RETURN_IF_ERROR(CanReadListOf(p, u));
    code = u.code;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto all,
                           store.EnforcementTasks(code, status == "overdue" ? "open" : status));
  std::map<std::string, bool> readable;  // by city
  std::vector<storage::EnforcementTask> out;
  for (auto& t : all) {
    if (status == "overdue" && !Overdue(t, today)) continue;
    if (p.role == auth::Role::kEnterprise) {
      if (t.credit_code != p.scope) continue;
    } else {
      auto it = readable.find(t.city_code);
      if (it == readable.end()) {
        auto u = ListCityUnit(store, t.city_code);
        it = readable.emplace(t.city_code, u && CanReadListOf(p, *u).ok()).first;
      }
      if (!it->second) continue;
    }
    out.push_back(std::move(t));
  }
  return out;
}

core::Result<storage::EnforcementTask> CloseTask(storage::Store& store, const Actor& actor,
                                                 int64_t id, const std::string& note,
                                                 const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.EnforcementTasks("", ""));
  const storage::EnforcementTask* found = nullptr;
  for (const auto& t : all) {
    if (t.id == id) found = &t;
  }
  const auto not_found = core::NotFound("no enforcement task " + std::to_string(id), "id");
  if (!found) return not_found;
  if (actor.principal.role == auth::Role::kEnterprise) {
    if (found->credit_code != actor.principal.scope) return not_found;
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "an enforcement task is closed by the bureau, not the enterprise");
  }
  {
    auto u = ListCityUnit(store, found->city_code);
    if (!u || !CanReadListOf(actor.principal, *u).ok()) return not_found;
  }
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, {found->city_code}));
  if (note.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::InvalidInput("say what was done (penalty, rectification, evidence)", "note");
  }
  if (found->status != "open") {
    return core::Status(core::ErrorCode::kConflict,
                        "task " + std::to_string(id) + " was closed already");
  }
  storage::EnforcementTask after = *found;
  after.status = "closed";
  after.closed_by = actor.name;
  after.closed_at = now;
  after.note = note;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.CloseEnforcementTask(id, actor.name, now, note));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "enforcement-task",
                            std::to_string(id), nlohmann::json{{"status", "open"}}.dump(),
                            nlohmann::json{{"status", "closed"}, {"note", note}}.dump(), "", ""});
  }));
  return after;
}

nlohmann::json TaskJson(const storage::EnforcementTask& t, core::Date today) {
  return {{"id", t.id},
          {"city", t.city_code},
          {"enterprise", t.credit_code},
          {"kind", t.kind},
          {"source", t.source_key},
          {"what", t.what},
          {"evidence", t.evidence},
          {"opened_by", t.opened_by},
          {"opened_at", t.opened_at},
          {"deadline", t.deadline},
          {"status", t.status},
          {"overdue", Overdue(t, today)},
          {"closed_by", t.closed_by},
          {"closed_at", t.closed_at},
          {"note", t.note}};
}

}  // namespace lantian::app
