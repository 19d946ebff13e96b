// The regional targets of the plan （二）(plan-targets.csv): for each region and
// phase, the ceiling of the regional PM2.5 mean and of the average number of
// heavy-pollution days per city. Value type.
#pragma once

#include <string>

#include "campaign/unit.hpp"
#include "core/civil_time.hpp"
#include "core/decimal.hpp"

namespace lantian::campaign {

struct RegionalTarget {
  Region region = Region::kJJJ;
  std::string period;  // "2020Q4", "2021Q1"
  core::Period dates;
  core::Decimal pm25_mean_max;            // µg/m³
  core::Decimal heavy_days_city_avg_max;  // days per city
  friend bool operator==(const RegionalTarget& a, const RegionalTarget& b) {
    return a.region == b.region && a.period == b.period && a.dates.first == b.dates.first &&
           a.dates.last == b.dates.last && a.pm25_mean_max == b.pm25_mean_max &&
           a.heavy_days_city_avg_max == b.heavy_days_city_avg_max;
  }
};

}  // namespace lantian::campaign
