#include "app/campaign_json.hpp"

#include "app/records.hpp"

namespace lantian::app {
namespace {

nlohmann::json Opt(const std::optional<int>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}
nlohmann::json Opt(const std::optional<bool>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}

nlohmann::json ProjectedJson(const std::optional<campaign::Projected>& p) {
  if (!p) return nullptr;
  return {{"value", DecimalJson(p->value)},
          {"low", DecimalJson(p->low)},
          {"high", DecimalJson(p->high)}};
}

nlohmann::json UnitBrief(const campaign::Unit& u) {
  return {{"code", u.code},
          {"name_zh", u.name_zh},
          {"name_en", u.name_en},
          {"province_zh", u.province_zh},
          {"region", campaign::RegionCode(u.region)}};
}

nlohmann::json PeriodJson(const campaign::AssessmentPeriod& p) {
  nlohmann::json baseline = nlohmann::json::array();
  for (const auto& b : p.baseline) {
    baseline.push_back(
        {{"from", core::FormatIsoDate(b.first)}, {"to", core::FormatIsoDate(b.last)}});
  }
  return {{"name", p.name},
          {"from", core::FormatIsoDate(p.period.first)},
          {"to", core::FormatIsoDate(p.period.last)},
          {"baseline", baseline}};
}

nlohmann::json AreaJson(const AreaAssessment& a) {
  return {{"code", a.code},
          {"name", a.name},
          {"cities", a.cities},
          {"pm25", DecimalJson(a.pm25)},
          {"baseline_pm25_to_date", DecimalJson(a.baseline_pm25_to_date)},
          {"pm25_change_percent", DecimalJson(a.pm25_change_percent)},
          {"heavy_days_per_city", DecimalJson(a.heavy_days_per_city)},
          {"projected_pm25", DecimalJson(a.projected_pm25)},
          {"at_risk_cities", a.at_risk_cities},
          {"missed_cities", a.missed_cities},
          {"pm25_target", DecimalJson(a.pm25_target)},
          {"heavy_days_target", DecimalJson(a.heavy_days_target)},
          {"pm25_within_target", Opt(a.pm25_within_target)},
          {"heavy_days_within_target", Opt(a.heavy_days_within_target)}};
}

nlohmann::json IndexJson(const aq::CompositeIndex& ci) {
  nlohmann::json components = nlohmann::json::object();
  for (aq::IndexPollutant p : aq::kIndexPollutants) {
    const auto& c = ci[p];
    components[std::string(aq::IndexPollutantName(p))] =
        c ? nlohmann::json{{"statistic", DecimalJson(c->statistic)},
                           {"kind", aq::IndexStatisticName(p)},
                           {"sub_index", DecimalJson(c->sub_index)},
                           {"days", c->days}}
          : nlohmann::json();
  }
  return {{"index", DecimalJson(ci.index)},
          {"largest",
           ci.largest ? nlohmann::json(aq::IndexPollutantName(*ci.largest)) : nlohmann::json()},
          {"components", components}};
}

}  // namespace

nlohmann::json ProgressJson(const campaign::Progress& p) {
  return {{"as_of", core::FormatIsoDate(p.as_of)},
          {"elapsed_days", p.elapsed_days},
          {"remaining_days", p.remaining_days},
          {"final", p.final},
          {"pm25", DecimalJson(p.pm25)},
          {"pm25_with_dust", DecimalJson(p.pm25_with_dust)},
          {"pm25_days", p.pm25_days},
          {"dust_days", p.dust_days},
          {"heavy_days", p.heavy_days},
          {"heavy_days_without_dust", p.heavy_days_without_dust},
          {"baseline_pm25_to_date", DecimalJson(p.baseline_pm25_to_date)},
          {"baseline_pm25", DecimalJson(p.baseline_pm25)},
          {"baseline_heavy_days", p.baseline_heavy_days},
          {"pm25_change_percent", DecimalJson(p.pm25_change_percent)},
          {"required_change_percent", DecimalJson(p.required_change_percent)},
          {"target", p.target ? TargetRecord(*p.target) : nlohmann::json()},
          {"pm25_allowance", DecimalJson(p.pm25_allowance)},
          {"heavy_days_allowance", Opt(p.heavy_days_allowance)},
          {"projection_method", campaign::ProjectionMethodName(p.method)},
          {"projected_pm25", ProjectedJson(p.projected_pm25)},
          {"projected_heavy_days", ProjectedJson(p.projected_heavy_days)},
          {"pm25_status", campaign::IndicatorStatusName(p.pm25_status)},
          {"heavy_status", campaign::IndicatorStatusName(p.heavy_status)},
          {"at_risk", p.at_risk},
          {"incomplete_months", p.incomplete_months}};
}

nlohmann::json AssessmentJson(const Assessment& a) {
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& c : a.cities) {
    nlohmann::json j = UnitBrief(c.unit);
    j["stations"] = c.stations;
    j["progress"] = ProgressJson(c.progress);
    j["verdict"] = {{"outcome", campaign::OutcomeName(c.verdict.outcome)},
                    {"final", c.verdict.final},
                    {"pm25_met", Opt(c.verdict.pm25_met)},
                    {"heavy_met", Opt(c.verdict.heavy_met)},
                    {"falsified", c.verdict.falsified},
                    {"interview", c.verdict.interview},
                    {"findings", c.findings}};
    cities.push_back(std::move(j));
  }
  nlohmann::json provinces = nlohmann::json::array(), regions = nlohmann::json::array();
  for (const auto& p : a.provinces) provinces.push_back(AreaJson(p));
  for (const auto& r : a.regions) regions.push_back(AreaJson(r));
  return {{"period", PeriodJson(a.period)},
          {"as_of", core::FormatIsoDate(a.as_of)},
          {"official_targets", a.official_targets},
          {"derived_targets", a.derived_targets},
          {"synthetic", a.synthetic},
          {"cities", cities},
          {"provinces", provinces},
          {"regions", regions}};
}

nlohmann::json RankingJson(const Ranking& r) {
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& c : r.cities) {
    nlohmann::json j = UnitBrief(c.unit);
    j["ranked"] = c.ranked;
    j["not_ranked_reason"] = c.not_ranked_reason;
    j["rank_index"] = Opt(c.rank_index);
    j["rank_pm25"] = Opt(c.rank_pm25);
    j["rank_index_change"] = Opt(c.rank_index_change);
    j["rank_pm25_change"] = Opt(c.rank_pm25_change);
    j["index"] = IndexJson(c.index);
    j["baseline_index"] = DecimalJson(c.baseline_index.index);
    j["pm25"] = DecimalJson(c.pm25);
    j["index_change_percent"] = DecimalJson(c.index_change_percent);
    j["pm25_change_percent"] = DecimalJson(c.pm25_change_percent);
    j["fewest_days"] = c.fewest_days;
    j["required_days"] = c.required_days;
    cities.push_back(std::move(j));
  }
  auto codes = [&](const std::vector<size_t>& idx) {
    nlohmann::json out = nlohmann::json::array();
    for (size_t i : idx) out.push_back(r.cities[i].unit.code);
    return out;
  };
  return {{"period", PeriodJson(r.period)}, {"group", campaign::UnitGroupCode(r.group)},
          {"synthetic", r.synthetic},       {"best", codes(r.best)},
          {"worst", codes(r.worst)},        {"cities", cities}};
}

nlohmann::json WarningsJson(const WarningList& w) {
  nlohmann::json candidates = nlohmann::json::array();
  for (const auto& c : w.candidates) {
    nlohmann::json reasons = nlohmann::json::array();
    for (const auto& r : c.reasons) {
      reasons.push_back({{"kind", campaign::WarningReasonName(r.kind)},
                         {"text_zh", r.text_zh},
                         {"text_en", r.text_en}});
    }
    nlohmann::json j = UnitBrief(c.unit);
    j["aqi500_days"] = c.aqi500_days;
    j["reasons"] = reasons;
    j["progress"] = ProgressJson(c.progress);
    candidates.push_back(std::move(j));
  }
  return {{"quarter", w.quarter},
          {"as_of", core::FormatIsoDate(w.as_of)},
          {"cities_assessed", w.cities_assessed},
          {"synthetic", w.synthetic},
          {"notes", w.notes},
          {"candidates", candidates}};
}

nlohmann::json BulletinJson(const Bulletin& b) {
  nlohmann::json dust = nlohmann::json::array();
  for (const auto& d : b.dustfall) {
    nlohmann::json j = UnitBrief(d.unit);
    j["dustfall"] = DecimalJson(d.value);
    j["exceeds"] = d.exceeds;
    j["rank"] = Opt(d.rank);
    dust.push_back(std::move(j));
  }
  return {{"month", b.month},
          {"from", core::FormatIsoDate(b.period.first)},
          {"to", core::FormatIsoDate(b.period.last)},
          {"synthetic", b.synthetic},
          {"dustfall_limit", campaign::kDustfallLimit},
          {"ranking", RankingJson(b.ranking)},
          {"targets", b.targets ? AssessmentJson(*b.targets) : nlohmann::json()},
          {"dustfall", dust},
          {"warnings", b.warnings ? WarningsJson(*b.warnings) : nlohmann::json()}};
}

nlohmann::json TargetsJson(const TargetsView& v) {
  nlohmann::json targets = nlohmann::json::array();
  for (const auto& t : v.targets) targets.push_back(TargetRecord(t));
  return {{"targets", targets}, {"notes", v.notes}};
}

}  // namespace lantian::app
