#include "app/alert_desk.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "app/access_status.hpp"
#include "auth/access.hpp"
#include "campaign/baseline.hpp"

namespace lantian::app {
namespace {

nlohmann::json StatusJson(const alert::AlertStatus& s) {
  return {{"state", alert::StateName(s.state)}, {"level", alert::LevelName(s.level)}};
}

}  // namespace

alert::AlertStep ToStep(const storage::AlertStepRecord& r) {
  alert::AlertStep s;
  s.step = alert::ParseStep(r.step).value_or(alert::Step::kPropose);
  s.level = alert::ParseLevel(r.level).value_or(alert::Level::kNone);
  if (auto at = core::ParseInstant(r.at)) s.at = *at;
  s.who = r.who;
  s.forecast_run = std::to_string(r.forecast_run_id);
  s.note = r.note;
  return s;
}

bool AlertLog::IsUnit(const std::string& city) const {
  return std::any_of(units.begin(), units.end(), [&](const auto& u) { return u.code == city; });
}

auth::Place AlertLog::PlaceOf(const std::string& city) const {
  for (const auto& u : units) {
    if (u.code == city) return auth::PlaceOf(u);
  }
  auth::Place p{city, "", std::nullopt};
  if (auto it = border_region.find(city); it != border_region.end()) p.region = it->second;
  return p;
}

const std::vector<alert::AlertStep>& AlertLog::StepsOf(const std::string& city) const {
  static const std::vector<alert::AlertStep> kNone;
  auto it = steps.find(city);
  return it == steps.end() ? kNone : it->second;
}

core::Result<AlertLog> LoadAlertLog(storage::Store& store) {
  AlertLog log;
  LANTIAN_ASSIGN_OR_RETURN(log.units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto records, store.AlertSteps());
  for (auto& r : records) {
    log.steps[r.city].push_back(ToStep(r));
    log.records[r.city].push_back(std::move(r));
  }
  LANTIAN_ASSIGN_OR_RETURN(log.prompts, store.RegionalPrompts());
  for (const auto& p : log.prompts) {
    auto region = campaign::ParseRegion(p.region);
    if (!region) continue;
    for (const auto& c : p.cities) {
      if (c.border) log.border_region.emplace(c.city, *region);
    }
  }
  return log;
}

core::Result<storage::AlertStepRecord> TakeAlertStep(storage::Store& store,
                                                     const StepRequest& request, const Actor& actor,
                                                     const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  const std::string city = CityKey(request.city, log.units);
  if (city.empty()) return core::InvalidInput("a step needs its city", "city");
  LANTIAN_ASSIGN_OR_RETURN(ForecastArchive archive, LoadForecasts(store));
  const bool known = log.IsUnit(city) || log.steps.count(city) || log.border_region.count(city) ||
                     std::any_of(archive.runs.begin(), archive.runs.end(),
                                 [&](const StoredForecast& f) { return f.Covers(city); });
  if (!known) {
    return core::NotFound(
        "no city " + request.city + " in the plan, in a forecast or in a regional prompt", "city");
  }
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanTakeAlertStep(actor.principal, log.PlaceOf(city)),
                                       "city " + city, "this role may not record alert decisions"));
  const std::string at_text = request.at.empty() ? now : request.at;
  auto at = core::ParseInstant(at_text);
  if (!at) return core::InvalidInput(at.error().message(), "at");

  const StoredForecast* run = nullptr;
  if (request.forecast_run != 0) {
    run = archive.Run(request.forecast_run);
    if (!run) {
      return core::NotFound("no forecast run " + std::to_string(request.forecast_run),
                            "forecast_run");
    }
    if (!run->Covers(city)) {
      return core::InvalidInput(
          "forecast run " + std::to_string(request.forecast_run) + " has no forecast for " + city,
          "forecast_run");
    }
    if (run->issued_at > *at) {
      return core::InvalidInput("forecast run " + std::to_string(request.forecast_run) +
                                    " was issued after the step (" + run->run.issued_at + ")",
                                "forecast_run");
    }
  } else {
    run = archive.LatestFor(city, *at);
    if (!run) {
      return core::InvalidInput("no forecast for " + city + " issued by " +
                                    core::FormatInstant(*at) +
                                    ": a step must rest on a forecast run; import one first",
                                "forecast_run");
    }
  }

  alert::AlertStep step{request.step,
                        request.level,
                        *at,
                        request.who.empty() ? actor.name : request.who,
                        std::to_string(run->run.id),
                        request.note};
  storage::AlertStepRecord record{0,
                                  city,
                                  std::string(alert::StepName(step.step)),
                                  std::string(alert::LevelName(step.level)),
                                  core::FormatInstant(*at),
                                  step.who,
                                  run->run.id,
                                  request.note,
                                  actor.name,
                                  now};
  // The city's log is read again under the audit lock, so that two offices
  // recording at once cannot both issue (SQLite: BEGIN IMMEDIATE; PostgreSQL:
  // the lock on the audit trail).
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto all, store.AlertSteps());
    alert::AlertStatus before;
    for (const auto& r : all) {
      if (r.city != city) continue;
      if (auto next = alert::ApplyStep(before, ToStep(r))) before = *next;
    }
    auto after = alert::ApplyStep(before, step);
    if (!after) {
      return core::Status(after.error().code(),
                          CityName(city, log.units) + " (" + city + "): " + after.error().message(),
                          after.error().field());
    }
    LANTIAN_ASSIGN_OR_RETURN(record.id, store.AddAlertStep(record));
    nlohmann::json after_json = StatusJson(*after);
    after_json["step"] = {{"id", record.id},       {"step", record.step},
                          {"level", record.level}, {"at", record.at},
                          {"who", record.who},     {"forecast_run", record.forecast_run_id},
                          {"note", record.note}};
    return storage::AppendAudit(store,
                                audit::Entry{0, now, actor.name, actor.action, "alert", city,
                                             StatusJson(before).dump(), after_json.dump(), "", ""});
  }));
  return record;
}

core::Result<std::vector<CityAlert>> AlertStatuses(storage::Store& store,
                                                   const auth::Principal& principal,
                                                   core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  LANTIAN_ASSIGN_OR_RETURN(ForecastArchive archive, LoadForecasts(store));
  std::vector<std::string> cities;
  for (const auto& u : log.units) cities.push_back(u.code);
  std::set<std::string> others;
  for (const auto& [city, steps] : log.steps) others.insert(city);
  for (const auto& r : archive.runs) {
    for (const auto& v : r.values) others.insert(v.city);
  }
  for (const auto& c : others) {
    if (!log.IsUnit(c)) cities.push_back(c);
  }
  const std::string phase = campaign::PhaseOf(now.date());
  // Counts of the phase `now` falls in, or of the whole season outside both.
  LANTIAN_ASSIGN_OR_RETURN(campaign::AssessmentPeriod counted_period,
                           campaign::AssessmentPeriodOf(phase.empty() ? "season" : phase));
  const core::Period counted = counted_period.period;

  std::vector<CityAlert> out;
  for (const std::string& city : cities) {
    if (auth::CanReadAlerts(principal, log.PlaceOf(city)) != auth::Access::kAllowed) continue;
    CityAlert c;
    c.city = city;
    c.name = CityName(city, log.units);
    c.border = !log.IsUnit(city);
    const auto& steps = log.StepsOf(city);
    c.status = alert::StatusAt(steps, now);
    if (auto it = log.records.find(city); it != log.records.end()) {
      for (const auto& r : it->second) {
        if (ToStep(r).at <= now) c.last_step = r;
      }
    }
    // The issue of the alert in force: the last issue step at or before now.
    if (c.status.state == alert::State::kIssued) {
      for (const auto& s : steps) {
        if (s.at <= now && s.step == alert::Step::kIssue) {
          c.issued_on_run = std::stoll(s.forecast_run);
        }
      }
      if (c.issued_on_run) {
        if (const StoredForecast* run = archive.Run(*c.issued_on_run)) {
          auto episodes = EpisodesAhead(*run, city, c.status.issued_at->date());
          if (!episodes.empty()) {
            c.addressed = episodes.front();
            c.lead = alert::JudgeLeadTime(*c.status.issued_at, episodes.front().StartInstant(),
                                          run->issued_at);
          }
        }
      }
    }
    if (const StoredForecast* latest = archive.LatestFor(city, now)) {
      c.latest_run = latest->run;
      c.ahead = EpisodesAhead(*latest, city, now.date());
      c.called = LevelCalled(c.ahead);
    }
    c.unsupported = alert::IsUnsupported(c.status, c.called);
    c.phase = phase.empty() ? "season" : phase;
    c.count = alert::CountAlerts(alert::AlertPeriods(steps), counted, now);
    out.push_back(std::move(c));
  }
  return out;
}

core::Result<std::vector<CityHistory>> AlertHistory(storage::Store& store,
                                                    const auth::Principal& principal,
                                                    core::Period period, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  std::vector<std::string> cities;
  for (const auto& u : log.units) cities.push_back(u.code);
  for (const auto& [city, steps] : log.steps) {
    if (!log.IsUnit(city)) cities.push_back(city);
  }
  std::vector<CityHistory> out;
  for (const std::string& city : cities) {
    if (auth::CanReadAlerts(principal, log.PlaceOf(city)) != auth::Access::kAllowed) continue;
    CityHistory h;
    h.city = city;
    h.name = CityName(city, log.units);
    const auto periods = alert::AlertPeriods(log.StepsOf(city));
    for (const auto& p : periods) {
      const core::Instant end = p.lifted_at.value_or(now);
      if (p.issued_at.date() <= period.last && end.date() >= period.first) h.alerts.push_back(p);
    }
    h.count = alert::CountAlerts(periods, period, now);
    if (auto it = log.records.find(city); it != log.records.end()) h.steps = it->second;
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace lantian::app
