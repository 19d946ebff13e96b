// JSON encodings of the campaign's answers, shared by `lantian … --format json`
// and the API (docs/api.md), so that both say the same thing the same way.
#pragma once

#include <nlohmann/json.hpp>

#include "app/assessment.hpp"
#include "app/bulletin.hpp"
#include "app/city_targets.hpp"
#include "app/rankings.hpp"
#include "app/warning_letters.hpp"

namespace lantian::app {

nlohmann::json ProgressJson(const campaign::Progress& p);
nlohmann::json AssessmentJson(const Assessment& a);
nlohmann::json RankingJson(const Ranking& r);
nlohmann::json WarningsJson(const WarningList& w);
nlohmann::json BulletinJson(const Bulletin& b);
nlohmann::json TargetsJson(const TargetsView& v);

}  // namespace lantian::app
