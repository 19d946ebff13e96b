// Rows of the air-quality tables lantian reports: one site (station or city) and
// day with its daily values and daily AQI, or one site and hour with its hourly
// AQI. `id` is a station code or a city id. Value types.
#pragma once

#include <optional>
#include <string>

#include "aq/aqi.hpp"
#include "aq/daily_values.hpp"
#include "core/civil_time.hpp"

namespace lantian::aq {

struct DailyRow {
  std::string id;
  core::Date date;
  DailyValues values;
  std::optional<AqiResult> aqi;
};

struct HourlyRow {
  std::string id;
  std::string time;  // as written in the input, or "YYYY-MM-DD HH:MM"
  std::optional<AqiResult> aqi;
};

// Daily row of a site from its daily values.
DailyRow MakeDailyRow(std::string id, core::Date date, const DailyValues& values);

}  // namespace lantian::aq
