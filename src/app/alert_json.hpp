// JSON encodings of the alert desk's answers, shared by `lantian alert …
// --format json` and the API (docs/api.md).
#pragma once

#include <nlohmann/json.hpp>

#include "app/alert_desk.hpp"
#include "app/forecast_runs.hpp"
#include "app/forecast_skill.hpp"
#include "app/regional_prompts.hpp"

namespace lantian::app {

nlohmann::json ForecastRunJson(const storage::ForecastRun& r);
nlohmann::json EpisodeJson(const CityEpisode& e);
nlohmann::json AlertStepJson(const storage::AlertStepRecord& s);
nlohmann::json CityAlertJson(const CityAlert& c);
nlohmann::json CityHistoryJson(const CityHistory& h);
nlohmann::json PromptJson(const PromptView& p);
nlohmann::json ProductionNoticeJson(const ProductionNotice& n);
nlohmann::json SkillReportJson(const SkillReport& r);

}  // namespace lantian::app
