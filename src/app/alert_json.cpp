#include "app/alert_json.hpp"

namespace lantian::app {
namespace {

nlohmann::json Optional(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

std::string InstantText(const std::optional<core::Instant>& t) {
  return t ? core::FormatInstant(*t) : "";
}

nlohmann::json PeriodJson(const alert::AlertPeriod& p) {
  return {{"issued_at", core::FormatInstant(p.issued_at)},
          {"lifted_at", p.lifted_at ? nlohmann::json(core::FormatInstant(*p.lifted_at))
                                    : nlohmann::json(nullptr)},
          {"first_level", alert::LevelName(p.first_level)},
          {"max_level", alert::LevelName(p.max_level)},
          {"last_level", alert::LevelName(p.last_level)},
          {"forecast_run", p.forecast_run},
          {"back_to_back", p.back_to_back}};
}

nlohmann::json CountJson(const alert::AlertCount& c) {
  return {{"alerts", c.alerts},
          {"alert_days", c.alert_days},
          {"longest_run", c.longest_run},
          {"back_to_back", c.back_to_back}};
}

}  // namespace

nlohmann::json ForecastRunJson(const storage::ForecastRun& r) {
  return {{"id", r.id},
          {"issuer", r.issuer},
          {"issued_at", r.issued_at},
          {"kind", r.kind},
          {"file", r.file},
          {"sha256", r.sha256},
          {"imported_by", r.imported_by},
          {"imported_at", r.imported_at}};
}

nlohmann::json EpisodeJson(const CityEpisode& c) {
  const alert::Episode& e = c.episode;
  return {
      {"start", c.first_hour ? core::FormatHourStart(*c.first_hour) : core::FormatIsoDate(e.start)},
      {"end", c.last_hour ? core::FormatHourStart(*c.last_hour) : core::FormatIsoDate(e.end)},
      {"level", alert::LevelName(e.level)},
      {"days_over_200", e.days_over_200},
      {"days_over_300", e.days_over_300},
      {"days_at_500", e.days_at_500},
      {"max_aqi", e.max_aqi}};
}

nlohmann::json AlertStepJson(const storage::AlertStepRecord& s) {
  return {{"id", s.id},
          {"city", s.city},
          {"step", s.step},
          {"level", s.level},
          {"at", s.at},
          {"who", s.who},
          {"forecast_run", s.forecast_run_id},
          {"note", s.note},
          {"recorded_by", s.recorded_by},
          {"recorded_at", s.recorded_at}};
}

nlohmann::json CityAlertJson(const CityAlert& c) {
  nlohmann::json ahead = nlohmann::json::array();
  for (const auto& e : c.ahead) ahead.push_back(EpisodeJson(e));
  return {{"city", c.city},
          {"name", c.name},
          {"border", c.border},
          {"state", alert::StateName(c.status.state)},
          {"level", alert::LevelName(c.status.level)},
          {"issued_at", InstantText(c.status.issued_at)},
          {"last_step", c.last_step ? AlertStepJson(*c.last_step) : nlohmann::json(nullptr)},
          {"issued_on_run", c.issued_on_run ? nlohmann::json(*c.issued_on_run) : nullptr},
          {"addressed", c.addressed ? EpisodeJson(*c.addressed) : nlohmann::json(nullptr)},
          {"lead_time", c.lead ? nlohmann::json(alert::LeadTimeName(*c.lead)) : nullptr},
          {"latest_run", c.latest_run ? ForecastRunJson(*c.latest_run) : nlohmann::json(nullptr)},
          {"called", alert::LevelName(c.called)},
          {"ahead", ahead},
          {"unsupported", c.unsupported},
          {"phase", c.phase},
          {"count", CountJson(c.count)}};
}

nlohmann::json CityHistoryJson(const CityHistory& h) {
  nlohmann::json alerts = nlohmann::json::array(), steps = nlohmann::json::array();
  for (const auto& a : h.alerts) alerts.push_back(PeriodJson(a));
  for (const auto& s : h.steps) steps.push_back(AlertStepJson(s));
  return {{"city", h.city},
          {"name", h.name},
          {"count", CountJson(h.count)},
          {"alerts", alerts},
          {"steps", steps}};
}

nlohmann::json PromptJson(const PromptView& v) {
  const storage::RegionalPrompt& p = v.prompt;
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& c : v.cities) {
    cities.push_back({{"city", c.city},
                      {"name", c.name},
                      {"border", c.border},
                      {"added_at", c.added_at},
                      {"response", alert::ResponseName(c.response.response)},
                      {"responded_at", InstantText(c.response.at)},
                      {"level_issued", alert::LevelName(c.response.level)}});
  }
  nlohmann::json counts;
  for (auto r : {alert::Response::kOnTime, alert::Response::kLate, alert::Response::kLowerLevel,
                 alert::Response::kMissing, alert::Response::kPending}) {
    counts[std::string(alert::ResponseName(r))] = v.Count(r);
  }
  return {{"id", p.id},
          {"region", p.region},
          {"level", p.level},
          {"episode_start", core::FormatIsoDate(p.episode_start)},
          {"episode_end", core::FormatIsoDate(p.episode_end)},
          {"raised_at", p.raised_at},
          {"deadline", p.deadline},
          {"forecast_run", p.forecast_run_id},
          {"raised_by", p.raised_by},
          {"note", p.note},
          {"responses", counts},
          {"cities", cities}};
}

nlohmann::json ProductionNoticeJson(const ProductionNotice& n) {
  nlohmann::json episodes = nlohmann::json::array();
  for (const auto& e : n.orange_ahead) episodes.push_back(EpisodeJson(e));
  return {{"city", n.city},
          {"name", n.name},
          {"orange_or_higher_ahead", episodes},
          {"enterprises_unable_to_stop_quickly",
           n.enterprises_known ? nlohmann::json(n.enterprises) : nlohmann::json(nullptr)},
          {"enterprise_list", n.enterprises_known ? "loaded" : "none stored for this city yet"}};
}

nlohmann::json SkillReportJson(const SkillReport& r) {
  nlohmann::json skill = nlohmann::json::array(), alerts = nlohmann::json::array(),
                 episodes = nlohmann::json::array();
  for (const auto& s : r.skill) {
    skill.push_back({{"issuer", s.issuer},
                     {"lead_days", s.lead_days},
                     {"n", s.n},
                     {"within_band", s.within_band},
                     {"level_hits", s.level_hits},
                     {"heavy_hits", s.heavy_hits},
                     {"heavy_misses", s.heavy_misses},
                     {"false_alarms", s.false_alarms},
                     {"correct_negatives", s.correct_negatives},
                     {"band_rate", Optional(s.BandRate())},
                     {"level_rate", Optional(s.LevelRate())},
                     {"pod", Optional(s.Pod())},
                     {"far", Optional(s.Far())},
                     {"ts", Optional(s.Ts())},
                     {"bias", Optional(s.Bias())},
                     {"mae", Optional(s.Mae())}});
  }
  for (const auto& a : r.alerts) {
    alerts.push_back({{"city", a.city},
                      {"name", a.name},
                      {"alert", PeriodJson(a.hindsight.alert)},
                      {"observed_days", a.hindsight.observed_days},
                      {"days_over_200", a.hindsight.days_over_200},
                      {"max_observed", a.hindsight.max_observed}});
  }
  for (const auto& e : r.episodes) {
    const alert::Episode& ep = e.observed.episode;
    episodes.push_back({{"city", e.city},
                        {"name", e.name},
                        {"start", core::FormatIsoDate(ep.start)},
                        {"end", core::FormatIsoDate(ep.end)},
                        {"level", alert::LevelName(ep.level)},
                        {"days_over_200", ep.days_over_200},
                        {"max_aqi", ep.max_aqi},
                        {"alert_level", alert::LevelName(e.observed.alert_level)}});
  }
  return {
      {"period",
       {{"from", core::FormatIsoDate(r.period.first)}, {"to", core::FormatIsoDate(r.period.last)}}},
      {"observed_days", r.observed_days},
      {"skill", skill},
      {"alerts", alerts},
      {"episodes", episodes}};
}

}  // namespace lantian::app
