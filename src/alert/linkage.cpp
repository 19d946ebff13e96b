#include "alert/linkage.hpp"

#include <algorithm>

#include "alert/history.hpp"

namespace lantian::alert {

int RequiredCities(const LinkageRule& rule, int region_size) {
  const int by_share = (rule.min_share_percent * region_size + 99) / 100;  // rounded up
  return std::max(rule.min_cities, by_share);
}

std::optional<PromptProposal> ProposePrompt(std::span<const CityCall> calls, int region_size,
                                            const LinkageRule& rule) {
  const int needed = RequiredCities(rule, region_size);
  for (Level level : {Level::kRed, Level::kOrange, Level::kYellow}) {
    PromptProposal p;
    p.level = level;
    for (const CityCall& c : calls) {
      if (c.level < level) continue;
      if (p.cities.empty() || c.start < p.start) p.start = c.start;
      if (p.cities.empty() || c.end > p.end) p.end = c.end;
      p.cities.push_back(c.city);
    }
    if (static_cast<int>(p.cities.size()) >= needed) return p;
  }
  return std::nullopt;
}

core::Instant DefaultDeadline(core::Instant raised_at, core::Date episode_start) {
  constexpr int64_t kHour = 3600;
  const core::Instant day_ahead{int64_t{episode_start.days} * 24 * kHour - 24 * kHour};
  return std::max(day_ahead, raised_at + 12 * kHour);
}

std::string_view ResponseName(Response r) {
  switch (r) {
    case Response::kPending:
      return "pending";
    case Response::kOnTime:
      return "on-time";
    case Response::kLate:
      return "late";
    case Response::kLowerLevel:
      return "lower-level";
    case Response::kMissing:
      return "missing";
  }
  return "?";
}

ResponseJudgement JudgeResponse(std::span<const AlertStep> steps, Level level,
                                core::Instant raised_at, core::Instant deadline,
                                core::Instant now) {
  ResponseJudgement j;
  AlertStatus status = StatusAt(steps, raised_at);
  auto issued_level = [&] { return status.state == State::kIssued ? status.level : Level::kNone; };
  j.level = issued_level();
  if (j.level >= level) {
    j.response = Response::kOnTime;
    j.at = raised_at;
    return j;
  }
  for (const AlertStep& s : steps) {
    if (s.at <= raised_at || s.at > now) continue;
    auto next = ApplyStep(status, s);
    if (!next) continue;
    status = *next;
    if (issued_level() > j.level) {
      j.level = issued_level();
      j.at = s.at;
    }
    if (j.level >= level) {
      j.response = s.at <= deadline ? Response::kOnTime : Response::kLate;
      return j;
    }
  }
  if (now <= deadline) {
    j.response = Response::kPending;
  } else {
    j.response = j.level > Level::kNone ? Response::kLowerLevel : Response::kMissing;
  }
  return j;
}

bool FrequentOrangeAhead(std::span<const Level> coming, int min_episodes) {
  return std::count_if(coming.begin(), coming.end(), [](Level l) { return l >= Level::kOrange; }) >=
         min_episodes;
}

}  // namespace lantian::alert
