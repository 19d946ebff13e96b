#include "app/regional_prompts.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "auth/access.hpp"

namespace lantian::app {
namespace {

nlohmann::json PromptJson(const storage::RegionalPrompt& p) {
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& c : p.cities) cities.push_back({{"city", c.city}, {"border", c.border}});
  return {{"region", p.region},
          {"level", p.level},
          {"episode_start", core::FormatIsoDate(p.episode_start)},
          {"episode_end", core::FormatIsoDate(p.episode_end)},
          {"raised_at", p.raised_at},
          {"deadline", p.deadline},
          {"forecast_run", p.forecast_run_id},
          {"note", p.note},
          {"cities", cities}};
}

PromptView ViewOf(const storage::RegionalPrompt& p, const AlertLog& log, core::Instant now) {
  PromptView v{p, {}};
  const auto level = alert::ParseLevel(p.level).value_or(alert::Level::kYellow);
  const auto raised = core::ParseInstant(p.raised_at);
  const auto deadline = core::ParseInstant(p.deadline);
  for (const auto& c : p.cities) {
    PromptCityView cv{c.city, CityName(c.city, log.units), c.border, c.added_at, {}};
    if (raised && deadline) {
      // A border city added later is judged from when it was added.
      const auto added = core::ParseInstant(c.added_at);
      const core::Instant from = added && *added > *raised ? *added : *raised;
      cv.response =
          alert::JudgeResponse(log.StepsOf(c.city), level, from, std::max(*deadline, from), now);
    }
    v.cities.push_back(std::move(cv));
  }
  return v;
}

}  // namespace

int PromptView::Count(alert::Response r) const {
  return static_cast<int>(std::count_if(cities.begin(), cities.end(),
                                        [&](const auto& c) { return c.response.response == r; }));
}

core::Result<PromptView> RaisePrompt(storage::Store& store, const PromptRequest& request,
                                     const Actor& actor, const std::string& now) {
  auto region = campaign::ParseRegion(request.region);
  if (!region) return core::InvalidInput("region is JJJ or FW", "region");
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanRaisePrompt(actor.principal, *region),
                                       "region " + request.region,
                                       "only national and regional offices raise prompts"));
  if (request.rule.min_cities < 1 || request.rule.min_share_percent < 0 ||
      request.rule.min_share_percent > 100) {
    return core::InvalidInput("min_cities is at least 1 and min_share_percent 0…100", "rule");
  }
  auto at = core::ParseInstant(request.at.empty() ? now : request.at);
  if (!at) return core::InvalidInput(at.error().message(), "at");
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  LANTIAN_ASSIGN_OR_RETURN(ForecastArchive archive, LoadForecasts(store));

  std::vector<alert::CityCall> calls;
  int region_size = 0;
  const StoredForecast* newest = nullptr;
  for (const auto& u : log.units) {
    if (u.region != *region) continue;
    ++region_size;
    const StoredForecast* run = archive.LatestFor(u.code, *at);
    if (!run) continue;
    auto ahead = EpisodesAhead(*run, u.code, at->date());
    const alert::Level level = LevelCalled(ahead);
    if (level == alert::Level::kNone) continue;
    auto strictest = std::find_if(ahead.begin(), ahead.end(),
                                  [&](const auto& e) { return e.episode.level == level; });
    calls.push_back({u.code, level, strictest->FirstDay(), strictest->LastDay()});
  }
  std::optional<alert::PromptProposal> proposal;
  if (request.level) {
    alert::PromptProposal p;
    p.level = *request.level;
    for (const auto& c : calls) {
      if (c.level < p.level) continue;
      if (p.cities.empty() || c.start < p.start) p.start = c.start;
      if (p.cities.empty() || c.end > p.end) p.end = c.end;
      p.cities.push_back(c.city);
    }
    if (p.cities.empty()) {
      return core::InvalidInput("no city of " + request.region + " is forecast to reach " +
                                    std::string(alert::LevelName(p.level)),
                                "level");
    }
    proposal = p;
  } else {
    proposal = alert::ProposePrompt(calls, region_size, request.rule);
    if (!proposal) {
      const int needed = alert::RequiredCities(request.rule, region_size);
      return core::InvalidInput("the latest forecasts do not call for a regional prompt: " +
                                    std::to_string(calls.size()) + " of " +
                                    std::to_string(region_size) + " cities of " + request.region +
                                    " reach yellow or above, " + std::to_string(needed) + " needed",
                                "level");
    }
  }
  core::Instant deadline = alert::DefaultDeadline(*at, proposal->start);
  if (!request.deadline.empty()) {
    auto d = core::ParseInstant(request.deadline);
    if (!d) return core::InvalidInput(d.error().message(), "deadline");
    if (*d <= *at) return core::InvalidInput("the deadline must come after the prompt", "deadline");
    deadline = *d;
  }
  // The newest run among the named cities' latest forecasts.
  for (const auto& c : proposal->cities) {
    const StoredForecast* run = archive.LatestFor(c, *at);
    if (run && (!newest || run->issued_at > newest->issued_at)) newest = run;
  }
  storage::RegionalPrompt p{0,
                            std::string(campaign::RegionCode(*region)),
                            std::string(alert::LevelName(proposal->level)),
                            proposal->start,
                            proposal->end,
                            core::FormatInstant(*at),
                            core::FormatInstant(deadline),
                            newest ? newest->run.id : 0,
                            actor.name,
                            request.note,
                            {}};
  std::set<std::string> named;
  for (const auto& c : proposal->cities) {
    named.insert(c);
    p.cities.push_back({c, false, p.raised_at});
  }
  for (const auto& b : request.border_cities) {
    const std::string key = CityKey(b, log.units);
    if (key.empty()) continue;
    if (log.IsUnit(key)) {
      const auto place = log.PlaceOf(key);
      if (place.region == *region) {
        return core::InvalidInput(b + " is a city of " + request.region + ", not a border city",
                                  "border");
      }
    }
    if (!named.insert(key).second) continue;
    p.cities.push_back({key, true, p.raised_at});
  }
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(p.id, store.AddRegionalPrompt(p));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "regional-prompt",
                            std::to_string(p.id), "", PromptJson(p).dump(), "", ""});
  }));
  LANTIAN_ASSIGN_OR_RETURN(log, LoadAlertLog(store));
  return ViewOf(p, log, *at);
}

core::Status AddCityToPrompt(storage::Store& store, int64_t prompt_id, const std::string& city,
                             const std::string& at, const Actor& actor, const std::string& now) {
  auto added_at = core::ParseInstant(at.empty() ? now : at);
  if (!added_at) return core::InvalidInput(added_at.error().message(), "at");
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  const storage::RegionalPrompt* prompt = nullptr;
  for (const auto& p : log.prompts) {
    if (p.id == prompt_id) prompt = &p;
  }
  if (!prompt) return core::NotFound("no prompt " + std::to_string(prompt_id), "prompt");
  auto region = campaign::ParseRegion(prompt->region);
  if (!region) return core::Internal("prompt " + std::to_string(prompt_id) + " has no region");
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanRaisePrompt(actor.principal, *region),
                                       "prompt " + std::to_string(prompt_id),
                                       "only national and regional offices change prompts"));
  const std::string key = CityKey(city, log.units);
  if (key.empty()) return core::InvalidInput("a city is needed", "city");
  const bool border = !(log.IsUnit(key) && log.PlaceOf(key).region == *region);
  storage::PromptCity added{key, border, core::FormatInstant(*added_at)};
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.AddPromptCity(prompt_id, added));
    return storage::AppendAudit(
        store,
        audit::Entry{0, now, actor.name, actor.action, "regional-prompt", std::to_string(prompt_id),
                     "", nlohmann::json{{"added_city", key}, {"border", border}}.dump(), "", ""});
  });
}

core::Result<std::vector<PromptView>> Prompts(storage::Store& store,
                                              const auth::Principal& principal, core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  std::vector<PromptView> out;
  for (const auto& p : log.prompts) {
    PromptView v = ViewOf(p, log, now);
    // A principal sees the prompt with the cities it may see.
    std::vector<PromptCityView> visible;
    for (auto& c : v.cities) {
      if (auth::CanReadAlerts(principal, log.PlaceOf(c.city)) == auth::Access::kAllowed) {
        visible.push_back(std::move(c));
      }
    }
    if (visible.empty()) continue;
    v.cities = std::move(visible);
    out.push_back(std::move(v));
  }
  return out;
}

core::Result<std::vector<ProductionNotice>> ProductionPlanNotices(storage::Store& store,
                                                                  const auth::Principal& principal,
                                                                  core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(AlertLog log, LoadAlertLog(store));
  LANTIAN_ASSIGN_OR_RETURN(ForecastArchive archive, LoadForecasts(store));
  std::vector<ProductionNotice> out;
  for (const auto& u : log.units) {
    if (auth::CanReadAlerts(principal, auth::PlaceOf(u)) != auth::Access::kAllowed) continue;
    const StoredForecast* run = archive.LatestFor(u.code, now);
    if (!run) continue;
    std::vector<alert::Level> levels;
    ProductionNotice n{u.code, u.name_zh, {}, {}, false};
    for (auto& e : EpisodesAhead(*run, u.code, now.date())) {
      levels.push_back(e.episode.level);
      if (e.episode.level >= alert::Level::kOrange) n.orange_ahead.push_back(std::move(e));
    }
    if (!alert::FrequentOrangeAhead(levels)) continue;
    LANTIAN_ASSIGN_OR_RETURN(auto list, ListInForceAt(store, u.code, now));
    if (list) {
      LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList content, ListContent(list->version));
      std::set<std::string> slow;
      for (const auto& line : content.lines) {
        if (!line.can_stop_quickly) slow.insert(line.enterprise);
      }
      for (const auto& e : content.enterprises) {
        if (slow.count(e.credit_code)) n.enterprises.push_back(e.name + " (" + e.credit_code + ")");
      }
      n.enterprises_known = true;
    }
    out.push_back(std::move(n));
  }
  return out;
}

}  // namespace lantian::app
