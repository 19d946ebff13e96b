#include "app/list_in_force.hpp"

#include <set>

#include "app/alert_desk.hpp"
#include "app/list_records.hpp"

namespace lantian::app {
namespace {

constexpr int64_t kDay = 24 * 3600;

bool Overlaps(const alert::LevelSpan& s, core::Period period) {
  const int64_t start = int64_t{period.first.days} * kDay;
  const int64_t end = (int64_t{period.last.days} + 1) * kDay;
  return s.from.seconds < end && (!s.to || s.to->seconds > start);
}

nlohmann::json Tonnes(const emergency::PerPollutant& kg) {
  nlohmann::json j = nlohmann::json::object();
  for (auto p : emergency::kPollutants) {
    j[std::string(emergency::PollutantName(p))] =
        static_cast<double>(kg[static_cast<size_t>(p)]) / 1000.0;
  }
  return j;
}

}  // namespace

core::Result<CityInForce> MeasuresInForce(storage::Store& store, const auth::Principal& principal,
                                          const std::string& city, core::Period period,
                                          const std::string& enterprise) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(principal, u));
  return InForceOf(store, u, period, enterprise);
}

core::Result<CityInForce> InForceOf(storage::Store& store, const campaign::Unit& u,
                                    core::Period period, const std::string& enterprise) {
  LANTIAN_ASSIGN_OR_RETURN(auto records, store.AlertSteps());
  std::vector<alert::AlertStep> steps;
  for (const auto& r : records) {
    if (r.city == u.code) steps.push_back(ToStep(r));
  }
  CityInForce out{u.code, u.name_zh, {}};
  for (const alert::LevelSpan& s : alert::LevelSpans(steps)) {
    if (!Overlaps(s, period)) continue;
    InForceSpan span;
    span.span = s;
    LANTIAN_ASSIGN_OR_RETURN(auto list, ListInForceAt(store, u.code, s.from));
    if (list) {
      LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList content, ListContent(list->version));
      span.duties = emergency::DutiesAt(content, s.level);
      if (!enterprise.empty()) {
        std::erase_if(span.duties, [&](const auto& d) { return d.enterprise != enterprise; });
      }
      std::set<std::string> enterprises;
      for (const auto& d : span.duties) {
        enterprises.insert(d.enterprise);
        if (!d.measure) ++span.lines_without_measure;
        for (size_t p = 0; p < span.reduction_kg.size(); ++p)
          span.reduction_kg[p] += d.reduction_kg[p];
      }
      span.enterprises = enterprises.size();
      span.approved = list->approved;
      list->version.content.clear();
      span.version = std::move(list->version);
    }
    out.spans.push_back(std::move(span));
  }
  return out;
}

nlohmann::json InForceJson(const CityInForce& c, bool with_duties) {
  nlohmann::json spans = nlohmann::json::array();
  for (const auto& s : c.spans) {
    nlohmann::json j{{"from", core::FormatInstant(s.span.from)},
                     {"to", s.span.to ? nlohmann::json(core::FormatInstant(*s.span.to)) : nullptr},
                     {"level", alert::LevelName(s.span.level)},
                     {"alert", s.span.period + 1},
                     {"list", s.version ? nlohmann::json{{"version", s.version->version},
                                                         {"status", s.version->status},
                                                         {"approved", s.approved}}
                                        : nlohmann::json(nullptr)},
                     {"enterprises", s.enterprises},
                     {"lines", s.duties.size()},
                     {"lines_without_measure", s.lines_without_measure},
                     {"reduction_t", Tonnes(s.reduction_kg)}};
    if (with_duties) {
      nlohmann::json duties = nlohmann::json::array();
      for (const auto& d : s.duties) {
        duties.push_back({{"enterprise", d.enterprise},
                          {"enterprise_name", d.enterprise_name},
                          {"line", d.line},
                          {"line_name", d.line_name},
                          {"measure", d.measure ? MeasureToJson(*d.measure) : nullptr},
                          {"reduction_t", Tonnes(d.reduction_kg)}});
      }
      j["duties"] = std::move(duties);
    }
    spans.push_back(std::move(j));
  }
  return {{"city", c.city}, {"name", c.name}, {"spans", spans}};
}

}  // namespace lantian::app
