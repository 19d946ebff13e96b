#include "server/json.hpp"

#include "app/audit_trail.hpp"
#include "app/records.hpp"

namespace lantian::server {

using app::DecimalJson;

nlohmann::json ErrorJson(const core::Status& s) {
  return {{"error",
           {{"code", core::Info(s.code()).name}, {"message", s.message()}, {"field", s.field()}}}};
}

nlohmann::json UnitJson(const campaign::Unit& u) {
  return {{"code", u.code},
          {"name_zh", u.name_zh},
          {"name_en", u.name_en},
          {"province_zh", u.province_zh},
          {"region", campaign::RegionCode(u.region)},
          {"kind", u.kind},
          {"lat", u.lat ? nlohmann::json(*u.lat) : nlohmann::json()},
          {"lon", u.lon ? nlohmann::json(*u.lon) : nlohmann::json()},
          {"note", u.note}};
}

nlohmann::json StationJson(const aq::Station& s) { return app::StationRecord(s); }

nlohmann::json AqiJson(const std::optional<aq::AqiResult>& aqi) {
  if (!aqi) return {{"AQI", nullptr}, {"level", nullptr}, {"primary", nlohmann::json::array()}};
  nlohmann::json primary = nlohmann::json::array();
  for (aq::Pollutant p : aq::kPollutants) {
    if (aqi->primary.Contains(p)) primary.push_back(aq::Code(p));
  }
  return {{"AQI", aqi->aqi}, {"level", aqi->level}, {"primary", primary}};
}

nlohmann::json HourValuesJson(const aq::HourValues& v) {
  nlohmann::json j = nlohmann::json::object();
  for (aq::Pollutant p : aq::kPollutants)
    j[std::string(aq::Code(p))] = DecimalJson(v[aq::Index(p)]);
  return j;
}

nlohmann::json OverviewJson(const app::Overview& o, bool detailed) {
  nlohmann::json cities = nlohmann::json::array();
  for (const auto& c : o.cities) {
    nlohmann::json j = UnitJson(c.unit);
    j.update(AqiJson(c.aqi));
    j["PM2.5"] = DecimalJson(c.values[aq::Index(aq::Pollutant::kPM25)]);
    if (detailed) {
      j["values"] = HourValuesJson(c.values);
      j["stations"] = c.stations;
      j["coverage_24h"] = DecimalJson(c.pm25_coverage_24h.Percent(1));
    }
    cities.push_back(std::move(j));
  }
  return {
      {"latest", o.latest ? nlohmann::json(core::FormatHourStart(*o.latest)) : nlohmann::json()},
      {"synthetic", o.synthetic},
      {"cities", cities}};
}

nlohmann::json SeriesJson(const app::Series& s) {
  nlohmann::json hours = nlohmann::json::array(), days = nlohmann::json::array();
  for (const auto& h : s.hours) {
    nlohmann::json j = {{"time", core::FormatHourStart(h.time)}};
    j.update(HourValuesJson(h.values));
    j.update(AqiJson(h.aqi));
    j["stations"] = h.stations;
    j["published_AQI"] = DecimalJson(h.published_aqi);
    hours.push_back(std::move(j));
  }
  for (const auto& d : s.days) {
    nlohmann::json j = {{"date", core::FormatIsoDate(d.date)}};
    for (aq::DailyColumn c : aq::kDailyColumns)
      j[std::string(aq::ColumnName(c))] = DecimalJson(d.values[c]);
    j.update(AqiJson(d.aqi));
    nlohmann::json published = nlohmann::json::object();
    for (const auto& [name, v] : d.published) published[name] = DecimalJson(v);
    j["published"] = std::move(published);
    days.push_back(std::move(j));
  }
  nlohmann::json out = {{"id", s.id}, {"kind", s.kind}, {"synthetic", s.synthetic}};
  if (!s.hours.empty() || s.days.empty()) out["hours"] = std::move(hours);
  if (!s.days.empty()) out["days"] = std::move(days);
  return out;
}

nlohmann::json ImportJson(const app::ImportResult& r) {
  nlohmann::json files = nlohmann::json::array();
  for (const auto& f : r.files) {
    auto issues = [&](const std::vector<io::Issue>& list) {
      nlohmann::json a = nlohmann::json::array();
      for (const auto& i : list)
        a.push_back({{"line", i.line}, {"column", i.column}, {"message", i.message}});
      return a;
    };
    nlohmann::json j = {{"file", f.file},
                        {"kind", f.kind},
                        {"imported", f.status.ok()},
                        {"sha256", f.sha256},
                        {"values_added", f.counts.added},
                        {"values_replaced", f.counts.replaced},
                        {"values_unchanged", f.counts.unchanged},
                        {"values_conflicting", f.counts.conflicting},
                        {"values_rejected", f.report.rejected_count()},
                        {"site_days_written", f.records},
                        {"errors", issues(f.report.errors())},
                        {"rejected", issues(f.report.rejected())},
                        {"warnings", f.report.warnings()}};
    if (!f.status.ok()) j["error"] = ErrorJson(f.status)["error"];
    files.push_back(std::move(j));
  }
  return {{"files", files}};
}

nlohmann::json AuditEntryJson(const audit::Entry& e) {
  return nlohmann::json::parse(app::AuditJson(e));
}

}  // namespace lantian::server
