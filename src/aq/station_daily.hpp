// A station's daily values from its hourly values of one natural day (hours
// 00:00-01:00 … 23:00-24:00 Beijing time), by the validity rules of
// GB 3095-2012 Table 4 and HJ 663-2013:
//  - 24h means of SO2, NO2, CO, PM10, PM2.5: at least 20 valid hours;
//  - O3 daily max 1h: at least 20 valid hours, or fewer when the max already
//    exceeds 200 µg/m³;
//  - O3 8h moving mean ending at an hour: at least 6 valid hours of its 8;
//  - O3 daily max 8h: over the 17 windows ending 08:00 … 24:00, at least 14 valid
//    windows, or fewer when the max already exceeds 160 µg/m³.
// Every mean is computed exactly and rounded once, half to even, to the
// reporting precision; exceedance tests compare that reported value.
#pragma once

#include <array>
#include <optional>

#include "aq/daily_values.hpp"
#include "aq/site_day.hpp"

namespace lantian::aq {

inline constexpr int kMinHoursFor24hMean = 20;
inline constexpr int kMinHoursForO3Max1h = 20;
inline constexpr int kO3Max1hAlwaysValidAbove = 200;  // GB 3095-2012 grade II 1h limit
inline constexpr int kMinHoursForO3Mean8h = 6;
inline constexpr int kMinWindowsForO3Max8h = 14;
inline constexpr int kO3Max8hAlwaysValidAbove = 160;  // GB 3095-2012 grade II 8h limit
inline constexpr int kFirstO3WindowEnd = 8;           // windows end at 08:00 … 24:00

// The O3 8h moving mean over the hours [end-8, end) of the day, end in 8..24,
// rounded; nullopt with fewer than 6 valid hours.
std::optional<core::Decimal> O3Mean8h(const HourlySeries& o3, int end);

DailyValues StationDailyValues(const std::array<HourlySeries, kPollutantCount>& measured);

}  // namespace lantian::aq
