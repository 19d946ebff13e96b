// Regional linkage (plan （七）, issue 5 §4). When the forecasts show enough
// cities of a region reaching an alert level, the region prompts those cities
// to issue that level; each must do so by a deadline. Pure: the levels the
// latest forecasts call for in, the prompt out; a city's step log in, its
// response out.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "alert/lifecycle.hpp"

namespace lantian::alert {

// How many cities make a regional episode: at least `min_cities` and at least
// `min_share_percent` of the region's cities (docs/standards.md §9 explains the
// default: 3 cities and 20 %).
struct LinkageRule {
  int min_cities = 3;
  int min_share_percent = 20;
};
int RequiredCities(const LinkageRule& rule, int region_size);

// What the latest forecast calls for in one city: its strictest episode.
struct CityCall {
  std::string city;
  Level level = Level::kNone;
  core::Date start;  // that episode's first and last day over 200
  core::Date end;
};

struct PromptProposal {
  Level level = Level::kNone;
  std::vector<std::string> cities;  // those called to at least `level`, in input order
  core::Date start;                 // the earliest start and latest end among them
  core::Date end;
};

// The strictest level (yellow or above) that enough cities are called to reach;
// nullopt when no level has enough.
std::optional<PromptProposal> ProposePrompt(std::span<const CityCall> calls, int region_size,
                                            const LinkageRule& rule);

// The default deadline: 24 h before the episode starts (plan （六）: alerts go
// out about a day ahead), but never less than 12 h after the prompt is raised,
// so that a city government can convene.
core::Instant DefaultDeadline(core::Instant raised_at, core::Date episode_start);

enum class Response { kPending, kOnTime, kLate, kLowerLevel, kMissing };
std::string_view ResponseName(Response r);  // pending, on-time, late, lower-level, missing

struct ResponseJudgement {
  Response response = Response::kPending;
  std::optional<core::Instant> at;  // when the city reached the level (or issued lower)
  Level level = Level::kNone;       // the highest level the city had issued by then
};

// How a city answered a prompt to `level` raised at `raised_at`, judged at
// `now`: the first moment at or after the prompt at which the city's alert in
// force reached `level` (an alert already in force at that level counts, on
// time); on time by the deadline, late after it. Not reached: pending before
// the deadline, then "lower-level" when the city issued some alert, else
// "missing".
ResponseJudgement JudgeResponse(std::span<const AlertStep> city_steps, Level level,
                                core::Instant raised_at, core::Instant deadline, core::Instant now);

// The hook for production plans (plan （七）): frequent orange-or-higher alerts
// ahead, i.e. at least `min_episodes` episodes at orange or red among the
// coming episodes of a city's latest forecast.
bool FrequentOrangeAhead(std::span<const Level> coming_episode_levels, int min_episodes = 2);

}  // namespace lantian::alert
