// The life of a city's alert (issue 5 §3): proposed → issued → upgraded or
// downgraded → lifted. Pure: the current status and a step in, the new status
// or the reason the step is refused out. Who, when, the forecast run the step
// rests on and a note travel with every step so that decisions stay traceable.
//
// Rules:
// - propose: only when no alert is proposed or in force;
// - issue: a proposed alert (at any level) or, directly, when none is in force;
// - upgrade / downgrade: only an issued alert, to a strictly higher / lower
//   level (never to "none": that is lifting);
// - lift: only an issued alert (a proposal is withdrawn by lifting it too);
// - every step has a level (except lift), a time not before the last step's,
//   a person and the forecast run it rests on.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "alert/level.hpp"
#include "core/civil_time.hpp"
#include "core/status.hpp"

namespace lantian::alert {

enum class Step { kPropose, kIssue, kUpgrade, kDowngrade, kLift };
std::string_view StepName(Step s);  // "propose", "issue", "upgrade", "downgrade", "lift"
std::optional<Step> ParseStep(std::string_view name);

enum class State { kNone, kProposed, kIssued };
std::string_view StateName(State s);

struct AlertStep {
  Step step = Step::kPropose;
  Level level = Level::kNone;  // the level after the step (none for lift)
  core::Instant at;
  std::string who;
  std::string forecast_run;  // the forecast the decision rests on
  std::string note;
};

struct AlertStatus {
  State state = State::kNone;
  Level level = Level::kNone;
  std::optional<core::Instant> issued_at;  // when the alert in force was issued
  std::optional<core::Instant> last_step_at;
};

core::Result<AlertStatus> ApplyStep(const AlertStatus& current, const AlertStep& step);

// Lead time (plan （六）: alerts go out about 24 h ahead): hours from issuing to
// the episode's start. Short of 24 h is "late" unless the forecast the alert
// rests on was itself issued less than 24 h before the start ("late forecast").
enum class LeadTime { kInTime, kLateForecast, kLate };
std::string_view LeadTimeName(LeadTime l);
LeadTime JudgeLeadTime(core::Instant issued_at, core::Instant episode_start,
                       core::Instant forecast_issued_at);

// An alert in force that the latest forecast no longer supports: the level the
// latest forecast calls for is lower than the level in force (plan （六） warns
// against alerts kept on regardless of the forecast).
bool IsUnsupported(const AlertStatus& status, Level latest_forecast_level);

}  // namespace lantian::alert
