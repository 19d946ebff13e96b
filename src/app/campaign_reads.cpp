#include "app/campaign_reads.hpp"

#include <algorithm>

#include "app/access_status.hpp"
#include "auth/access.hpp"

namespace lantian::app {
namespace {

bool Sees(const auth::Principal& p, const campaign::Unit& u) {
  return auth::CanReadAssessment(p, auth::PlaceOf(u)) == auth::Access::kAllowed;
}

// Whether the reader may see assessments at all; the status when not.
core::Status MayReadAssessments(const auth::Principal& p) {
  // Any place decides the role question; the area is checked city by city.
  const auth::Access a = auth::CanReadAssessment(p, auth::Place{"", "", std::nullopt});
  if (a == auth::Access::kOutOfScope) return core::Status::Ok();
  return AccessStatus(a, "assessment", "this role may not read the campaign assessment");
}

}  // namespace

void Scope(Assessment& a, const auth::Principal& p) {
  std::vector<CityAssessment> visible;
  std::map<std::string, std::pair<int, int>> province_cover;  // province → (visible, all)
  std::map<std::string, std::pair<int, int>> region_cover;
  for (auto& c : a.cities) {
    const bool sees = Sees(p, c.unit);
    auto& pc = province_cover[c.unit.province_zh];
    auto& rc = region_cover[std::string(campaign::RegionCode(c.unit.region))];
    ++pc.second;
    ++rc.second;
    if (sees) {
      ++pc.first;
      ++rc.first;
      visible.push_back(std::move(c));
    }
  }
  a.cities = std::move(visible);
  auto whole = [](const std::map<std::string, std::pair<int, int>>& cover, const std::string& k) {
    auto it = cover.find(k);
    return it != cover.end() && it->second.first == it->second.second;
  };
  std::erase_if(a.provinces,
                [&](const AreaAssessment& x) { return !whole(province_cover, x.code); });
  std::erase_if(a.regions, [&](const AreaAssessment& x) { return !whole(region_cover, x.code); });
}

void Scope(WarningList& w, const auth::Principal& p) {
  std::erase_if(w.candidates, [&](const WarningCandidate& c) { return !Sees(p, c.unit); });
}

core::Result<Assessment> AssessmentFor(storage::Store& store, const auth::Principal& principal,
                                       const std::string& period, std::optional<core::Date> as_of) {
  LANTIAN_RETURN_IF_ERROR(MayReadAssessments(principal));
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest request, AssessmentRequest(period));
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs in, LoadCampaignInputs(store, request));
  LANTIAN_ASSIGN_OR_RETURN(Assessment a, Assess(in, period, as_of));
  Scope(a, principal);
  return a;
}

core::Result<Ranking> RankingFor(storage::Store& store, const auth::Principal& principal,
                                 const std::string& period, campaign::UnitGroup group) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanReadRankings(principal), "ranking", ""));
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest request, RankingRequest(period));
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs in, LoadCampaignInputs(store, request));
  return Rank(in, period, group);
}

core::Result<WarningList> WarningsFor(storage::Store& store, const auth::Principal& principal,
                                      const std::string& quarter, std::optional<core::Date> as_of) {
  LANTIAN_RETURN_IF_ERROR(MayReadAssessments(principal));
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest request, WarningRequest(quarter));
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs in, LoadCampaignInputs(store, request));
  LANTIAN_ASSIGN_OR_RETURN(WarningList w, WarningCandidates(in, quarter, as_of));
  Scope(w, principal);
  return w;
}

core::Result<Bulletin> BulletinFor(storage::Store& store, const auth::Principal& principal,
                                   const std::string& month) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanReadRankings(principal), "bulletin", ""));
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest request, BulletinRequest(month));
  LANTIAN_ASSIGN_OR_RETURN(CampaignInputs in, LoadCampaignInputs(store, request));
  LANTIAN_ASSIGN_OR_RETURN(Bulletin b, BuildBulletin(in, month));
  if (!MayReadAssessments(principal).ok()) {
    b.targets.reset();
    b.warnings.reset();
  } else {
    if (b.targets) Scope(*b.targets, principal);
    if (b.warnings) Scope(*b.warnings, principal);
  }
  return b;
}

core::Result<TargetsView> TargetsFor(storage::Store& store, const auth::Principal& principal) {
  LANTIAN_RETURN_IF_ERROR(MayReadAssessments(principal));
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(TargetsView v, ShowTargets(store));
  std::erase_if(v.targets, [&](const campaign::CityTarget& t) {
    auto it = std::find_if(units.begin(), units.end(),
                           [&](const campaign::Unit& u) { return u.code == t.city_code; });
    return it == units.end() || !Sees(principal, *it);
  });
  if (principal.role != auth::Role::kNational) v.notes.clear();
  return v;
}

}  // namespace lantian::app
