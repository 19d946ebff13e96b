// The hourly (real-time, 实时报) AQI of a station hour as CNEMC publishes it.
// HJ 633-2012 §5 with the practice verified on 314,644 published station-hours of
// ../shared/realdata (docs/standards.md): the 1h values of SO2, NO2, CO and O3 on
// their 1h breakpoints, the 1h values of PM10 and PM2.5 on the 24h breakpoints;
// the O3 8h mean does not enter. Pollutants without a value are left out.
#pragma once

#include <array>
#include <optional>

#include "aq/aqi.hpp"
#include "aq/breakpoints.hpp"
#include "aq/site_day.hpp"

namespace lantian::aq {

// HJ 633-2012 Table 1 note (2) says an SO2 1h value above 800 µg/m³ gets no
// sub-index and the SO2 24h sub-index is reported instead; the published hourly
// AQI of all seven such station-hours of 2019 is exactly 200, as if the SO2
// sub-index were 200. lantian follows the published practice.
inline constexpr int kSo2Above800HourlyIaqi = 200;

using HourValues = std::array<std::optional<core::Decimal>, kPollutantCount>;

std::optional<AqiResult> HourlyAqi(const BreakpointTable& table, const HourValues& values);
// The hour `hour` of a site day's measured values.
HourValues MeasuredHour(const SiteDay& day, int hour);

}  // namespace lantian::aq
