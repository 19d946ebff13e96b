// Satellite fire points and the straw-burning watch (issue 8 §4; plan （九）:
// 紧盯极易焚烧秸秆的收工时、上半夜、下雨前和播种前 4 个时段). Pure rules: the
// period of the day a fire falls in, whether it was before rain or before
// sowing, the confidence class, the responses a grid may give.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::ledger {

// The plan's periods of the day, as read here (docs/standards.md §16), Beijing
// time: 收工时 (knocking off) 17:00–19:59, 上半夜 (first half of the night)
// 20:00–23:59; the rest of the day split into 下半夜 00:00–05:59 and 白天
// 06:00–16:59.
enum class DayPeriod { kAfterWork, kFirstHalfNight, kSecondHalfNight, kDaytime };
std::string_view DayPeriodName(DayPeriod p);  // "after-work", "first-half-night", …
std::string_view DayPeriodZh(DayPeriod p);    // 收工时, 上半夜, 下半夜, 白天
DayPeriod DayPeriodOf(int hour);

// Before rain: within the 48 hours before a rain day of the city begins.
bool BeforeRain(core::Instant t, const std::vector<core::Date>& rain_days);
// Before sowing: on a day of the sowing window [from, to] or in the 10 days
// before it (fields are cleared for the next crop).
bool BeforeSowing(core::Date d, core::Date sowing_from, core::Date sowing_to);

// Confidence classes: low, nominal, high — VIIRS gives them as l/n/h, MODIS
// and others as 0–100 (below 30 low, 80 and above high: the MODIS
// collection-6 guidance); "" when the text is neither.
std::string ConfidenceClass(std::string_view confidence);

// What the grid found on the spot.
enum class FireResponse { kConfirmed, kFalseAlarm, kHandled };
std::string_view FireResponseName(FireResponse r);  // "confirmed", "false-alarm", "handled"
std::optional<FireResponse> ParseFireResponse(std::string_view s);

}  // namespace lantian::ledger
