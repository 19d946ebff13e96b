// The alert desk (issue 5 §3): each city's alert steps recorded against the
// forecast run they rest on, refused when the lifecycle forbids them
// (alert/lifecycle.hpp), each with its audit entry; the status of every city
// (level in force, lead time, the latest forecast and whether it still
// supports the alert); and the history per city and period (alerts, alert days,
// longest stretch, back-to-back alerts).
//
// "The latest forecast" of a city is the run issued last (at or before the
// moment asked about) that forecasts the city, whoever issued it; what it calls
// for is the strictest episode (national rule) ending today or later.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "alert/history.hpp"
#include "alert/lifecycle.hpp"
#include "app/actor.hpp"
#include "app/forecast_runs.hpp"
#include "auth/access.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct StepRequest {
  std::string city;  // code or name; a border city by its name
  alert::Step step = alert::Step::kIssue;
  alert::Level level = alert::Level::kNone;  // none for lift
  std::string at;                            // when the step was taken ("" = now)
  std::string who;                           // who decided ("" = the actor)
  int64_t forecast_run = 0;                  // 0 = the latest run that forecasts the city at `at`
  std::string note;
};

// Refused (Conflict) when the lifecycle forbids the step; InvalidInput for a
// run that does not forecast the city or a time before the city's last step.
core::Result<storage::AlertStepRecord> TakeAlertStep(storage::Store& store,
                                                     const StepRequest& request, const Actor& actor,
                                                     const std::string& now);

struct CityAlert {
  std::string city;  // unit code, or a border city's name
  std::string name;
  bool border = false;
  alert::AlertStatus status;
  std::optional<storage::AlertStepRecord> last_step;
  // The alert in force: the run its issue rested on, the episode it addressed
  // and its lead time (nullopt when that run forecast no episode).
  std::optional<int64_t> issued_on_run;
  std::optional<CityEpisode> addressed;
  std::optional<alert::LeadTime> lead;
  // The latest forecast and what it calls for.
  std::optional<storage::ForecastRun> latest_run;
  alert::Level called = alert::Level::kNone;
  std::vector<CityEpisode> ahead;
  bool unsupported = false;
  // Counts of the phase `now` falls in (or of the whole season outside it).
  std::string phase;
  alert::AlertCount count;
};

// Every city the principal may see: the plan's units in scope and border cities
// with forecasts or steps (national and regional offices).
core::Result<std::vector<CityAlert>> AlertStatuses(storage::Store& store,
                                                   const auth::Principal& principal,
                                                   core::Instant now);

struct CityHistory {
  std::string city;
  std::string name;
  std::vector<alert::AlertPeriod> alerts;  // issued within the period
  alert::AlertCount count;
  std::vector<storage::AlertStepRecord> steps;  // every step of the city, in order
};
core::Result<std::vector<CityHistory>> AlertHistory(storage::Store& store,
                                                    const auth::Principal& principal,
                                                    core::Period period, core::Instant now);

// Shared by the desk, the prompts and the verification.
struct AlertLog {
  std::vector<campaign::Unit> units;
  std::map<std::string, std::vector<storage::AlertStepRecord>> records;  // by city
  std::map<std::string, std::vector<alert::AlertStep>> steps;            // by city
  std::map<std::string, campaign::Region> border_region;  // border cities named in prompts
  std::vector<storage::RegionalPrompt> prompts;
  // Where a city is, for access decisions.
  auth::Place PlaceOf(const std::string& city) const;
  bool IsUnit(const std::string& city) const;
  const std::vector<alert::AlertStep>& StepsOf(const std::string& city) const;
};
core::Result<AlertLog> LoadAlertLog(storage::Store& store);
alert::AlertStep ToStep(const storage::AlertStepRecord& r);

}  // namespace lantian::app
