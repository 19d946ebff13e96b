// A national air-quality monitoring station (国控点) as the registry knows it.
#pragma once

#include <optional>
#include <string>

#include "core/civil_time.hpp"

namespace lantian::aq {

struct Station {
  std::string code;       // CNEMC code, e.g. "1001A"
  std::string name;       // e.g. "万寿西宫"
  std::string city_code;  // GB/T 2260 code of the plan unit (or any city id)
  std::optional<double> lat;
  std::optional<double> lon;
  bool background = false;               // 对照点: not used for city values
  std::optional<core::Date> retired_on;  // 停运 date when known
  friend bool operator==(const Station&, const Station&) = default;
};

}  // namespace lantian::aq
