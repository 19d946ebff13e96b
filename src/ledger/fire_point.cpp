#include "ledger/fire_point.hpp"

#include <charconv>

namespace lantian::ledger {

std::string_view DayPeriodName(DayPeriod p) {
  switch (p) {
    case DayPeriod::kAfterWork:
      return "after-work";
    case DayPeriod::kFirstHalfNight:
      return "first-half-night";
    case DayPeriod::kSecondHalfNight:
      return "second-half-night";
    case DayPeriod::kDaytime:
      return "daytime";
  }
  return "";
}

std::string_view DayPeriodZh(DayPeriod p) {
  switch (p) {
    case DayPeriod::kAfterWork:
      return "收工时";
    case DayPeriod::kFirstHalfNight:
      return "上半夜";
    case DayPeriod::kSecondHalfNight:
      return "下半夜";
    case DayPeriod::kDaytime:
      return "白天";
  }
  return "";
}

DayPeriod DayPeriodOf(int hour) {
  if (hour >= 17 && hour < 20) return DayPeriod::kAfterWork;
  if (hour >= 20) return DayPeriod::kFirstHalfNight;
  if (hour < 6) return DayPeriod::kSecondHalfNight;
  return DayPeriod::kDaytime;
}

bool BeforeRain(core::Instant t, const std::vector<core::Date>& rain_days) {
  for (core::Date d : rain_days) {
    const core::Instant start{static_cast<int64_t>(d.days) * 86400};
    if (t < start && start.seconds - t.seconds <= 48 * 3600) return true;
  }
  return false;
}

bool BeforeSowing(core::Date d, core::Date sowing_from, core::Date sowing_to) {
  return d >= sowing_from - 10 && d <= sowing_to;
}

std::string ConfidenceClass(std::string_view c) {
  if (c == "l" || c == "low") return "low";
  if (c == "n" || c == "nominal") return "nominal";
  if (c == "h" || c == "high") return "high";
  int v = -1;
  auto [end, ec] = std::from_chars(c.data(), c.data() + c.size(), v);
  if (ec != std::errc() || end != c.data() + c.size() || v < 0 || v > 100) return "";
  return v < 30 ? "low" : v < 80 ? "nominal" : "high";
}

std::string_view FireResponseName(FireResponse r) {
  switch (r) {
    case FireResponse::kConfirmed:
      return "confirmed";
    case FireResponse::kFalseAlarm:
      return "false-alarm";
    case FireResponse::kHandled:
      return "handled";
  }
  return "";
}

std::optional<FireResponse> ParseFireResponse(std::string_view s) {
  for (auto r : {FireResponse::kConfirmed, FireResponse::kFalseAlarm, FireResponse::kHandled}) {
    if (FireResponseName(r) == s) return r;
  }
  return std::nullopt;
}

}  // namespace lantian::ledger
