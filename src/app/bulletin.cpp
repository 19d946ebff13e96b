#include "app/bulletin.hpp"

#include <algorithm>

#include "campaign/ranking.hpp"

namespace lantian::app {

core::Result<InputsRequest> BulletinRequest(const std::string& month) {
  LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(month));
  if (!ap.is_month) return core::InvalidInput("a bulletin is monthly: YYYY-MM", "month");
  LANTIAN_ASSIGN_OR_RETURN(InputsRequest r, RankingRequest(month));
  const std::string phase = campaign::PhaseOf(ap.period.first);
  if (!phase.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(InputsRequest w, WarningRequest(phase));
    r.periods.insert(r.periods.end(), w.periods.begin(), w.periods.end());
    r.hourly_extremes = true;
  }
  return r;
}

std::optional<int> GroupRank(const Ranking& ranking, const std::string& code,
                             campaign::UnitGroup group) {
  std::vector<std::optional<core::Decimal>> keys;
  std::optional<size_t> at;
  for (const auto& c : ranking.cities) {
    if (!campaign::InGroup(c.unit, group)) continue;
    if (c.unit.code == code) at = keys.size();
    keys.push_back(c.ranked ? c.index.index : std::nullopt);
  }
  if (!at) return std::nullopt;
  return campaign::CompetitionRanks(keys)[*at];
}

core::Result<Bulletin> BuildBulletin(const CampaignInputs& in, const std::string& month) {
  LANTIAN_ASSIGN_OR_RETURN(auto ap, campaign::AssessmentPeriodOf(month));
  if (!ap.is_month) return core::InvalidInput("a bulletin is monthly: YYYY-MM", "month");
  Bulletin b;
  b.month = month;
  b.period = ap.period;
  b.synthetic = in.synthetic;
  LANTIAN_ASSIGN_OR_RETURN(b.ranking, Rank(in, month, campaign::UnitGroup::kAll));
  const std::string phase = campaign::PhaseOf(ap.period.first);
  if (!phase.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(Assessment a, Assess(in, phase, ap.period.last));
    b.targets = std::move(a);
    LANTIAN_ASSIGN_OR_RETURN(WarningList w, WarningCandidates(in, phase, ap.period.last));
    b.warnings = std::move(w);
  }
  // Dust fall of the month, ranked from the least.
  std::vector<std::optional<core::Decimal>> keys;
  for (const auto& u : in.units) {
    DustfallRow row;
    row.unit = u;
    for (const auto& r : in.dustfall) {
      if (r.city_code == u.code && r.month == ap.period.first) row.value = r.value;
    }
    row.exceeds = row.value && campaign::DustfallExceedsLimit(*row.value);
    keys.push_back(row.value);
    b.dustfall.push_back(std::move(row));
  }
  const auto ranks = campaign::CompetitionRanks(keys);
  for (size_t i = 0; i < ranks.size(); ++i) b.dustfall[i].rank = ranks[i];
  std::stable_sort(b.dustfall.begin(), b.dustfall.end(), [](const auto& x, const auto& y) {
    if (x.rank.has_value() != y.rank.has_value()) return x.rank.has_value();
    return x.rank && *x.rank < *y.rank;
  });
  return b;
}

}  // namespace lantian::app
