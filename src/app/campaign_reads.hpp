// The campaign as each reader may see it (auth/access.hpp): rankings and dust
// fall are published and open to all; targets, progress, verdicts and warning
// letters only to officials, each within its area. A province's or region's
// figures are shown only to a reader who may see every city in it, so that a
// regional office does not see a half-province labelled as the province.
#pragma once

#include <optional>
#include <string>

#include "app/assessment.hpp"
#include "app/bulletin.hpp"
#include "app/city_targets.hpp"
#include "app/rankings.hpp"
#include "app/warning_letters.hpp"
#include "auth/principal.hpp"
#include "storage/store.hpp"

namespace lantian::app {

core::Result<Assessment> AssessmentFor(storage::Store& store, const auth::Principal& principal,
                                       const std::string& period, std::optional<core::Date> as_of);
core::Result<Ranking> RankingFor(storage::Store& store, const auth::Principal& principal,
                                 const std::string& period, campaign::UnitGroup group);
core::Result<WarningList> WarningsFor(storage::Store& store, const auth::Principal& principal,
                                      const std::string& quarter, std::optional<core::Date> as_of);
// The bulletin with its targets and warnings cut to the reader's area (left out
// for readers who may see no assessment).
core::Result<Bulletin> BulletinFor(storage::Store& store, const auth::Principal& principal,
                                   const std::string& month);
core::Result<TargetsView> TargetsFor(storage::Store& store, const auth::Principal& principal);

// Cuts an assessment or a warning list to what `principal` may see.
void Scope(Assessment& a, const auth::Principal& principal);
void Scope(WarningList& w, const auth::Principal& principal);

}  // namespace lantian::app
