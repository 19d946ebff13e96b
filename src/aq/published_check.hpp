// Checking a provider's published values against lantian's own computation for
// one site-day: the hourly AQI of every hour, and the daily values of the day
// against the provider's moving statistics at the day's last hour (with CNEMC's
// hour-ending labels, label 0 of the next date): each X_24h there is the 24h mean
// of the natural day, O3_8h_24h the day's max 8h mean (docs/standards.md).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "aq/site_day.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

enum class CheckKind : uint8_t {
  kHourlyAqi,
  kDailySO2,
  kDailyNO2,
  kDailyCO,
  kDailyPM10,
  kDailyPM25,
  kDailyO3_8h,
};
inline constexpr size_t kCheckKindCount = 7;
std::string_view CheckKindName(CheckKind k);  // "hourly AQI", "daily PM2.5 vs PM2.5_24h", …

struct PublishedCheck {
  CheckKind kind;
  int hour;  // hour of the day the published value belongs to
  core::Decimal published;
  std::optional<core::Decimal> computed;  // nullopt: lantian has no (valid) value
};

// Every published value of `day` that lantian also computes, with its computed
// counterpart. Daily checks compare only days whose computed value is valid.
std::vector<PublishedCheck> CheckPublished(const SiteDay& day);

}  // namespace lantian::aq
