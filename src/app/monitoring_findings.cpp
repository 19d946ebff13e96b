#include "app/monitoring_findings.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "alert/history.hpp"
#include "app/access_status.hpp"
#include "app/alert_desk.hpp"
#include "app/electricity.hpp"
#include "app/monitoring_devices.hpp"
#include "app/outlet_limits.hpp"
#include "verify/detectors.hpp"
#include "verify/load.hpp"

namespace lantian::app {
core::Result<verify::Spans> AlertStretches(storage::Store& store, const std::string& city,
                                           core::Instant until) {
  LANTIAN_ASSIGN_OR_RETURN(auto records, store.AlertSteps());
  std::vector<alert::AlertStep> steps;
  for (const auto& r : records) {
    if (r.city == city) steps.push_back(ToStep(r));
  }
  verify::Spans out;
  for (const auto& s : alert::LevelSpans(steps)) {
    if (s.level != alert::Level::kNone) out.push_back({s.from, s.to.value_or(until)});
  }
  return out;
}

core::Result<ScanSummary> ScanDevices(storage::Store& store, const Actor& actor,
                                      const std::string& from, const std::string& to,
                                      const std::string& now) {
  auto start = core::ParseInstant(from);
  if (!start) return core::InvalidInput(start.error().message(), "from");
  auto end = core::ParseInstant(to);
  if (!end) return core::InvalidInput(end.error().message(), "to");
  if (!(*start < *end)) return core::InvalidInput("from must be before to", "to");
  const auth::Role role = actor.principal.role;
  if (!actor.principal.authenticated()) {
    return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  }
  if (role == auth::Role::kEnterprise || role == auth::Role::kDistrict) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "only the bureaus that keep the devices scan their data");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, actor.principal));
  std::erase_if(devices, [&](const auto& d) {
    return !CanKeepMonitoringOf(store, actor.principal, {d.city_code}).ok();
  });
  ScanSummary summary;
  std::map<std::string, verify::Spans> alerts;  // by city
  // The enterprise's load from its meters, when it has them: from two weeks
  // before the period (the baselines) to its end.
  const std::string load_from = core::FormatInstant(*start - 15 * 86400);
  std::map<std::string, std::optional<verify::LoadEvidence>> loads;  // by enterprise
  auto load_of = [&](const storage::MonitoringDevice& d,
                     const verify::Spans& spans) -> core::Result<const verify::LoadEvidence*> {
    auto it = loads.find(d.credit_code);
    if (it == loads.end()) {
      LANTIAN_ASSIGN_OR_RETURN(verify::LoadSeries series,
                               EnterpriseLoad(store, d.credit_code, d.city_code, load_from, to));
      std::optional<verify::LoadEvidence> evidence;
      if (!series.empty()) {
        std::set<core::Date> alert_days;
        for (const auto& [a, b] : spans) {
          for (core::Date day = a.date(); day <= (b - 1).date(); day = day + 1)
            alert_days.insert(day);
        }
        evidence.emplace();
        for (const auto& [a, b] : spans) {
          evidence->cuts.push_back(verify::ObservedCut(series, a, b, alert_days));
        }
        evidence->daily = verify::DailyLoadRatios(series, *start, *end);
      }
      it = loads.emplace(d.credit_code, std::move(evidence)).first;
    }
    return it->second ? &*it->second : nullptr;
  };
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    for (const auto& d : devices) {
      ++summary.devices;
      if (!alerts.count(d.city_code)) {
        LANTIAN_ASSIGN_OR_RETURN(alerts[d.city_code], AlertStretches(store, d.city_code, *end));
      }
      LANTIAN_ASSIGN_OR_RETURN(const verify::LoadEvidence* load, load_of(d, alerts[d.city_code]));
      LANTIAN_ASSIGN_OR_RETURN(auto limits, store.OutletLimits(d.credit_code));
      // [from, to): the hours up to the one before `to`.
      LANTIAN_ASSIGN_OR_RETURN(
          auto values,
          store.MonitoringValues({d.mn, "hourly", from, core::FormatInstant(*end - 1)}));
      for (const auto& l : limits) {
        if (l.outlet != d.outlet) continue;
        const verify::OutletSeries s{l.pollutant,
                                     HourlySeries(values, l.pollutant),
                                     {l.pollutant, l.ordinary, l.ultra_low, l.reference_o2}};
        for (const auto& f : verify::DetectAll(s, alerts[d.city_code], *start, *end, load)) {
          ++summary.found;
          LANTIAN_ASSIGN_OR_RETURN(
              bool added, store.AddMonitoringFinding(
                              {0, d.mn, f.pollutant, f.detector, core::FormatInstant(f.from),
                               core::FormatInstant(f.to), f.evidence, now, "open", "", "", ""}));
          summary.added += added;
        }
      }
    }
    return storage::AppendAudit(store, audit::Entry{0, now, actor.name, actor.action,
                                                    "monitoring-scan", from + " " + to, "",
                                                    nlohmann::json{{"devices", summary.devices},
                                                                   {"found", summary.found},
                                                                   {"added", summary.added}}
                                                        .dump(),
                                                    "", ""});
  }));
  return summary;
}

core::Result<std::vector<storage::MonitoringFinding>> VisibleFindings(storage::Store& store,
                                                                      const auth::Principal& p,
                                                                      const std::string& status) {
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  std::set<std::string> mns;
  for (const auto& d : devices) mns.insert(d.mn);
  LANTIAN_ASSIGN_OR_RETURN(auto all, store.MonitoringFindings("", status));
  std::erase_if(all, [&](const auto& f) { return !mns.count(f.mn); });
  return all;
}

core::Result<storage::MonitoringFinding> ReviewFinding(storage::Store& store, const Actor& actor,
                                                       int64_t id, const std::string& decision,
                                                       const std::string& note,
                                                       const std::string& now) {
  if (decision != "confirm" && decision != "dismiss") {
    return core::InvalidInput("the decision is confirm or dismiss", "decision");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto visible, VisibleFindings(store, actor.principal, ""));
  const storage::MonitoringFinding* found = nullptr;
  for (const auto& f : visible) {
    if (f.id == id) found = &f;
  }
  if (!found) return core::NotFound("no finding " + std::to_string(id), "id");
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  for (const auto& d : devices) {
    if (d.mn == found->mn) {
      LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, {d.city_code}));
    }
  }
  if (found->status != "open") {
    return core::Status(core::ErrorCode::kConflict,
                        "finding " + std::to_string(id) + " was " + found->status + " already");
  }
  storage::MonitoringFinding after = *found;
  after.status = decision == "confirm" ? "confirmed" : "dismissed";
  after.reviewed_by = actor.name;
  after.reviewed_at = now;
  after.note = note;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(
        store.ReviewMonitoringFinding(id, after.status, after.reviewed_by, now, note));
    return storage::AppendAudit(
        store,
        audit::Entry{0, now, actor.name, actor.action, "monitoring-finding", std::to_string(id),
                     nlohmann::json{{"status", "open"}}.dump(),
                     nlohmann::json{{"status", after.status}, {"note", note}}.dump(), "", ""});
  }));
  return after;
}

}  // namespace lantian::app
