// Regional linkage (issue 5 §4, plan （七）): a prompt raised for a region when
// the latest forecasts show enough of its cities reaching a level
// (alert/linkage.hpp); each named city must issue that level by the deadline,
// and its response is judged from its alert steps. Border cities of
// neighbouring provinces can be added. The production-plan hook lists cities
// where orange-or-higher alerts are forecast repeatedly, with the enterprises
// that cannot stop quickly (from the emergency lists once they are stored).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "alert/linkage.hpp"
#include "app/actor.hpp"
#include "app/alert_desk.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct PromptRequest {
  std::string region;                 // "JJJ" or "FW"
  std::optional<alert::Level> level;  // default: the strictest level enough cities reach
  std::string at;                     // when raised ("" = now)
  std::string deadline;               // "" = alert::DefaultDeadline
  std::vector<std::string> border_cities;
  alert::LinkageRule rule;
  std::string note;
};

struct PromptCityView {
  std::string city;
  std::string name;
  bool border = false;
  std::string added_at;
  alert::ResponseJudgement response;
};

struct PromptView {
  storage::RegionalPrompt prompt;
  std::vector<PromptCityView> cities;
  int Count(alert::Response r) const;
};

// Refused (InvalidInput) when the forecasts do not call for a prompt: fewer
// cities than the rule needs reach yellow, or none reaches the level asked for.
core::Result<PromptView> RaisePrompt(storage::Store& store, const PromptRequest& request,
                                     const Actor& actor, const std::string& now);
// Adds a city (usually a border city) to a prompt; it is judged from `at`
// ("" = now), with the prompt's deadline or, when that has passed, at once.
core::Status AddCityToPrompt(storage::Store& store, int64_t prompt_id, const std::string& city,
                             const std::string& at, const Actor& actor, const std::string& now);
// Prompts with a city the principal may see; responses judged at `now`.
core::Result<std::vector<PromptView>> Prompts(storage::Store& store,
                                              const auth::Principal& principal, core::Instant now);

struct ProductionNotice {
  std::string city;
  std::string name;
  std::vector<CityEpisode> orange_ahead;  // the orange-or-red episodes forecast
  // Enterprises of the list the city works by now (app/list_store.hpp) with a
  // line that cannot stop quickly; `enterprises_known` is false when the city
  // has no list stored yet.
  std::vector<std::string> enterprises;
  bool enterprises_known = false;
};
core::Result<std::vector<ProductionNotice>> ProductionPlanNotices(storage::Store& store,
                                                                  const auth::Principal& principal,
                                                                  core::Instant now);

}  // namespace lantian::app
