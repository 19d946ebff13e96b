// A synthetic forecast of a city's daily AQI for the demo season: the observed
// value of the day it forecasts, off by an error that grows with the lead
// (normal, 12 % of the value per day of lead, a slight under-forecast of
// heavy days as real centres show), with a band of ± 15 % around it; 0…500.
// One generator per city, issue day and lead, so that each value stands alone.
// NOT a forecast: it is made from what was observed afterwards. Pure.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/civil_time.hpp"

namespace lantian::demo {

struct ForecastAqi {
  int aqi = 0;
  int low = 0;
  int high = 0;
};

ForecastAqi SyntheticForecast(uint64_t seed, std::string_view city_code, core::Date issued,
                              int lead_days, int observed_aqi);

}  // namespace lantian::demo
