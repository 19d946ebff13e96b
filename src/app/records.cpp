#include "app/records.hpp"

namespace lantian::app {

nlohmann::json StationRecord(const aq::Station& s) {
  return {{"code", s.code},
          {"name", s.name},
          {"city_code", s.city_code},
          {"lat", s.lat ? nlohmann::json(*s.lat) : nlohmann::json()},
          {"lon", s.lon ? nlohmann::json(*s.lon) : nlohmann::json()},
          {"background", s.background},
          {"retired_on",
           s.retired_on ? nlohmann::json(core::FormatIsoDate(*s.retired_on)) : nlohmann::json()}};
}

nlohmann::json DecimalJson(const std::optional<core::Decimal>& v) {
  if (!v) return nullptr;
  if (core::DecimalPlaces(*v) == 0) return static_cast<int64_t>(v->ScaledHalfEven(0));
  return std::stod(v->ToString());
}

nlohmann::json TargetRecord(const campaign::CityTarget& t) {
  nlohmann::json j = {
      {"city_code", t.city_code},
      {"phase", t.phase},
      {"pm25_target", DecimalJson(t.pm25)},
      {"heavy_days_target", t.heavy_days},
      {"baseline_pm25", DecimalJson(t.baseline_pm25)},
      {"baseline_heavy_days",
       t.baseline_heavy_days ? nlohmann::json(*t.baseline_heavy_days) : nlohmann::json()},
      {"source", campaign::TargetSourceName(t.source)},
      {"note", t.note}};
  if (t.derivation) {
    const auto& d = *t.derivation;
    j["derivation"] = {{"tier", d.tier},
                       {"heavy_tier", d.heavy_tier},
                       {"baseline_pm25", DecimalJson(d.baseline_pm25)},
                       {"baseline_heavy_days", d.baseline_heavy_days},
                       {"pm25_reduction_percent", DecimalJson(d.pm25_reduction_percent)},
                       {"heavy_days_reduction", d.heavy_days_reduction},
                       {"stricter_reason", d.stricter_reason}};
  }
  return j;
}

nlohmann::json TierRecord(const campaign::Tier& t) {
  return {{"phase", t.phase},
          {"tier", t.tier},
          {"baseline_pm25_from", DecimalJson(t.baseline_pm25_from)},
          {"pm25_reduction_percent", DecimalJson(t.pm25_reduction_percent)},
          {"baseline_heavy_days_from", t.baseline_heavy_days_from},
          {"heavy_days_reduction", t.heavy_days_reduction}};
}

nlohmann::json StricterRecord(const campaign::StricterTarget& s) {
  return {{"city_code", s.city_code},
          {"phase", s.phase},
          {"extra_pm25_percent", DecimalJson(s.extra_pm25_percent)},
          {"extra_heavy_days", s.extra_heavy_days},
          {"reason", s.reason}};
}

nlohmann::json DustfallRecord(const campaign::DustfallReading& d) {
  return {{"city_code", d.city_code},
          {"month", core::FormatIsoDate(d.month).substr(0, 7)},
          {"dustfall", DecimalJson(d.value)},
          {"note", d.note}};
}

nlohmann::json FindingRecord(const storage::FalsificationFinding& f) {
  return {{"id", f.id},
          {"city_code", f.city_code},
          {"phase", f.phase},
          {"found_on", core::FormatIsoDate(f.found_on)},
          {"description", f.description},
          {"recorded_by", f.recorded_by},
          {"recorded_at", f.recorded_at}};
}

}  // namespace lantian::app
