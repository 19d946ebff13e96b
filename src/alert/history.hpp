// A city's alerts replayed from its step log (issue 5 §3): the periods an alert
// was in force, the status at any moment, and the counts the plan watches
// (（六）warns against alerts kept on regardless of the weather): alerts issued,
// alert days and the longest stretch of days under alert in a phase.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "alert/lifecycle.hpp"

namespace lantian::alert {

// From an issue to its lift (or still in force).
struct AlertPeriod {
  core::Instant issued_at;
  std::optional<core::Instant> lifted_at;
  Level first_level = Level::kNone;
  Level max_level = Level::kNone;
  Level last_level = Level::kNone;  // the level in force at the lift (or now)
  std::string forecast_run;         // the run the issuing step rested on
  // Whether this alert was issued within 24 h of the previous one's lift.
  bool back_to_back = false;
};

// `steps` of one city, in the order taken; each must have been accepted by
// ApplyStep. Proposals that were withdrawn leave no period.
std::vector<AlertPeriod> AlertPeriods(std::span<const AlertStep> steps);

// The stretches of time one level was in force (issue 6 §5: the emergency
// list's measures of that level apply for exactly these): from an issue,
// upgrade or downgrade to the next of them or the lift; the last open while
// the alert is in force.
struct LevelSpan {
  core::Instant from;
  std::optional<core::Instant> to;
  Level level = Level::kNone;
  size_t period = 0;  // index into AlertPeriods(steps)
};
std::vector<LevelSpan> LevelSpans(std::span<const AlertStep> steps);

// The status after every step taken at or before `t`.
AlertStatus StatusAt(std::span<const AlertStep> steps, core::Instant t);

// The calendar days an alert was in force for any part of, within `period`
// (an alert still in force runs to `now`).
std::vector<core::Date> AlertDays(std::span<const AlertPeriod> periods, core::Period period,
                                  core::Instant now);

struct AlertCount {
  int alerts = 0;        // alerts issued within the period
  int alert_days = 0;    // days under an alert (AlertDays)
  int longest_run = 0;   // the longest run of consecutive alert days
  int back_to_back = 0;  // alerts issued within 24 h of the previous lift
};
AlertCount CountAlerts(std::span<const AlertPeriod> periods, core::Period period,
                       core::Instant now);

}  // namespace lantian::alert
