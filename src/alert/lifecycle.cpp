#include "alert/lifecycle.hpp"

namespace lantian::alert {
namespace {

core::Status Refused(const std::string& why) { return core::Conflict(why, "step"); }

}  // namespace

std::string_view StepName(Step s) {
  switch (s) {
    case Step::kPropose:
      return "propose";
    case Step::kIssue:
      return "issue";
    case Step::kUpgrade:
      return "upgrade";
    case Step::kDowngrade:
      return "downgrade";
    case Step::kLift:
      return "lift";
  }
  return "?";
}

std::optional<Step> ParseStep(std::string_view name) {
  for (Step s : {Step::kPropose, Step::kIssue, Step::kUpgrade, Step::kDowngrade, Step::kLift}) {
    if (StepName(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view StateName(State s) {
  switch (s) {
    case State::kNone:
      return "none";
    case State::kProposed:
      return "proposed";
    case State::kIssued:
      return "issued";
  }
  return "?";
}

core::Result<AlertStatus> ApplyStep(const AlertStatus& current, const AlertStep& s) {
  if (s.who.empty()) return core::InvalidInput("a step needs who takes it", "who");
  if (s.forecast_run.empty()) {
    return core::InvalidInput("a step needs the forecast run it rests on", "forecast_run");
  }
  if (current.last_step_at && s.at < *current.last_step_at) {
    return core::InvalidInput("a step cannot come before the previous one", "at");
  }
  const bool lifting = s.step == Step::kLift;
  if (lifting != (s.level == Level::kNone)) {
    return core::InvalidInput(lifting ? "lifting takes no level" : "the step needs a level",
                              "level");
  }
  const std::string level(LevelName(s.level));
  const std::string in_force(LevelName(current.level));
  AlertStatus next = current;
  next.last_step_at = s.at;
  switch (s.step) {
    case Step::kPropose:
      if (current.state != State::kNone) {
        return Refused("an alert is already " + std::string(StateName(current.state)) + " (" +
                       in_force + ")");
      }
      next.state = State::kProposed;
      next.level = s.level;
      return next;
    case Step::kIssue:
      if (current.state == State::kIssued) {
        return Refused("an alert is already in force (" + in_force + "); upgrade or downgrade it");
      }
      next.state = State::kIssued;
      next.level = s.level;
      next.issued_at = s.at;
      return next;
    case Step::kUpgrade:
    case Step::kDowngrade: {
      const bool up = s.step == Step::kUpgrade;
      if (current.state != State::kIssued) {
        return Refused(std::string("only an issued alert can be ") +
                       (up ? "upgraded" : "downgraded"));
      }
      if (up ? !(s.level > current.level) : !(s.level < current.level)) {
        return Refused(std::string(up ? "upgrading" : "downgrading") + " " + in_force + " to " +
                       level + " is not " + (up ? "an upgrade" : "a downgrade"));
      }
      next.level = s.level;
      return next;
    }
    case Step::kLift:
      if (current.state == State::kNone) return Refused("no alert was issued or proposed to lift");
      next.state = State::kNone;
      next.level = Level::kNone;
      next.issued_at.reset();
      return next;
  }
  return core::Internal("unknown step");
}

std::string_view LeadTimeName(LeadTime l) {
  switch (l) {
    case LeadTime::kInTime:
      return "in-time";
    case LeadTime::kLateForecast:
      return "late-forecast";
    case LeadTime::kLate:
      return "late";
  }
  return "?";
}

LeadTime JudgeLeadTime(core::Instant issued_at, core::Instant episode_start,
                       core::Instant forecast_issued_at) {
  constexpr int64_t kDay = 24 * 3600;
  if (episode_start.seconds - issued_at.seconds >= kDay) return LeadTime::kInTime;
  if (episode_start.seconds - forecast_issued_at.seconds < kDay) return LeadTime::kLateForecast;
  return LeadTime::kLate;
}

bool IsUnsupported(const AlertStatus& status, Level latest_forecast_level) {
  return status.state == State::kIssued && latest_forecast_level < status.level;
}

}  // namespace lantian::alert
