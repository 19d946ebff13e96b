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

}  // namespace lantian::app
