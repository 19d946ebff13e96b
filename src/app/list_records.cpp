#include "app/list_records.hpp"

namespace lantian::app {
namespace {

nlohmann::json Amounts(const emergency::PerPollutant& v) {
  return nlohmann::json::array({v[0], v[1], v[2], v[3]});
}

emergency::PerPollutant AmountsOf(const nlohmann::json& j) {
  emergency::PerPollutant v{};
  for (size_t k = 0; k < 4 && k < j.size(); ++k) v[k] = j[k].get<int64_t>();
  return v;
}

}  // namespace

nlohmann::json MeasureToJson(const emergency::Measure& m) {
  return nlohmann::json{{"credit_code", m.enterprise},
                        {"line", m.line},
                        {"level", alert::LevelName(m.level)},
                        {"measure", emergency::MeasureKindName(m.kind)},
                        {"permille", Amounts(m.permille)},
                        {"detail", m.detail},
                        {"meter", m.verify.meter},
                        {"outlet", m.verify.outlet},
                        {"video", m.verify.video},
                        {"gate", m.verify.gate},
                        {"row", m.row}};
}

nlohmann::json ListToJson(const emergency::EmergencyList& list) {
  nlohmann::json enterprises = nlohmann::json::array(), lines = nlohmann::json::array(),
                 measures = nlohmann::json::array();
  for (const auto& e : list.enterprises) {
    enterprises.push_back({{"credit_code", e.credit_code},
                           {"name", e.name},
                           {"city", e.city},
                           {"district", e.district},
                           {"address", e.address},
                           {"lat", e.lat ? nlohmann::json(*e.lat) : nullptr},
                           {"lon", e.lon ? nlohmann::json(*e.lon) : nullptr},
                           {"industry", e.industry},
                           {"grade", emergency::GradeName(e.grade)},
                           {"guarantee", e.categories.guarantee},
                           {"small_micro", e.categories.small_micro},
                           {"residential_heating", e.categories.residential_heating},
                           {"life_service", e.categories.life_service},
                           {"ule_steel", e.categories.ule_steel},
                           {"row", e.row}});
  }
  for (const auto& l : list.lines) {
    lines.push_back({{"credit_code", l.enterprise},
                     {"line", l.id},
                     {"name", l.name},
                     {"capacity", l.capacity},
                     {"value_added", l.value_added ? nlohmann::json(*l.value_added) : nullptr},
                     {"baseline_kg", Amounts(l.baseline_kg)},
                     {"can_stop_quickly", l.can_stop_quickly},
                     {"row", l.row}});
  }
  for (const auto& m : list.measures) {
    measures.push_back(MeasureToJson(m));
  }
  return {
      {"city", list.city}, {"enterprises", enterprises}, {"lines", lines}, {"measures", measures}};
}

core::Result<emergency::EmergencyList> ListFromJson(const nlohmann::json& j) {
  try {
    emergency::EmergencyList list;
    list.city = j.at("city").get<std::string>();
    for (const auto& x : j.at("enterprises")) {
      emergency::Enterprise e;
      e.credit_code = x.at("credit_code");
      e.name = x.at("name");
      e.city = x.at("city");
      e.district = x.at("district");
      e.address = x.at("address");
      if (!x.at("lat").is_null()) e.lat = x.at("lat").get<double>();
      if (!x.at("lon").is_null()) e.lon = x.at("lon").get<double>();
      e.industry = x.at("industry");
      e.grade = emergency::ParseGrade(x.at("grade").get<std::string>())
                    .value_or(emergency::Grade::kOther);
      e.categories = {x.at("guarantee"), x.at("small_micro"), x.at("residential_heating"),
                      x.at("life_service"), x.at("ule_steel")};
      e.row = x.at("row");
      list.enterprises.push_back(std::move(e));
    }
    for (const auto& x : j.at("lines")) {
      emergency::Line l;
      l.enterprise = x.at("credit_code");
      l.id = x.at("line");
      l.name = x.at("name");
      l.capacity = x.at("capacity");
      if (!x.at("value_added").is_null()) l.value_added = x.at("value_added").get<int64_t>();
      l.baseline_kg = AmountsOf(x.at("baseline_kg"));
      l.can_stop_quickly = x.at("can_stop_quickly");
      l.row = x.at("row");
      list.lines.push_back(std::move(l));
    }
    for (const auto& x : j.at("measures")) {
      emergency::Measure m;
      m.enterprise = x.at("credit_code");
      m.line = x.at("line");
      m.level = alert::ParseLevel(x.at("level").get<std::string>()).value_or(alert::Level::kYellow);
      m.kind = emergency::ParseMeasureKind(x.at("measure").get<std::string>())
                   .value_or(emergency::MeasureKind::kNone);
      m.permille = AmountsOf(x.at("permille"));
      m.detail = x.at("detail");
      m.verify = {x.at("meter"), x.at("outlet"), x.at("video"), x.at("gate")};
      m.row = x.at("row");
      list.measures.push_back(std::move(m));
    }
    return list;
  } catch (const nlohmann::json::exception& e) {
    return core::Internal(std::string("a stored list is not readable: ") + e.what());
  }
}

}  // namespace lantian::app
