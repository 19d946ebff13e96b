#include "aq/station_daily.hpp"

namespace lantian::aq {
namespace {

std::optional<core::Decimal> Mean24h(const HourlySeries& s, Pollutant p) {
  if (s.Count() < kMinHoursFor24hMean) return std::nullopt;
  core::Decimal sum;
  for (int h = 0; h < HourlySeries::kHours; ++h) {
    if (s.Has(h)) sum += s.At(h);
  }
  return core::RoundedMean(sum, s.Count(), ReportDigits(p));
}

std::optional<core::Decimal> O3Max1h(const HourlySeries& o3) {
  if (o3.empty()) return std::nullopt;
  core::Decimal max;
  for (int h = 0; h < HourlySeries::kHours; ++h) {
    if (o3.Has(h) && o3.At(h) > max) max = o3.At(h);
  }
  max = max.RoundHalfEven(ReportDigits(Pollutant::kO3));
  if (o3.Count() >= kMinHoursForO3Max1h) return max;
  if (max > core::Decimal::FromInt(kO3Max1hAlwaysValidAbove)) return max;
  return std::nullopt;
}

std::optional<core::Decimal> O3Max8h(const HourlySeries& o3) {
  std::optional<core::Decimal> max;
  int valid = 0;
  for (int end = kFirstO3WindowEnd; end <= HourlySeries::kHours; ++end) {
    auto mean = O3Mean8h(o3, end);
    if (!mean) continue;
    ++valid;
    if (!max || *mean > *max) max = mean;
  }
  if (!max) return std::nullopt;
  if (valid >= kMinWindowsForO3Max8h) return max;
  if (*max > core::Decimal::FromInt(kO3Max8hAlwaysValidAbove)) return max;
  return std::nullopt;
}

}  // namespace

std::optional<core::Decimal> O3Mean8h(const HourlySeries& o3, int end) {
  core::Decimal sum;
  int n = 0;
  for (int h = end - 8; h < end; ++h) {
    if (o3.Has(h)) {
      sum += o3.At(h);
      ++n;
    }
  }
  if (n < kMinHoursForO3Mean8h) return std::nullopt;
  return core::RoundedMean(sum, n, ReportDigits(Pollutant::kO3));
}

DailyValues StationDailyValues(const std::array<HourlySeries, kPollutantCount>& measured) {
  DailyValues d;
  d[DailyColumn::kSO2] = Mean24h(measured[Index(Pollutant::kSO2)], Pollutant::kSO2);
  d[DailyColumn::kNO2] = Mean24h(measured[Index(Pollutant::kNO2)], Pollutant::kNO2);
  d[DailyColumn::kCO] = Mean24h(measured[Index(Pollutant::kCO)], Pollutant::kCO);
  d[DailyColumn::kO3_1h] = O3Max1h(measured[Index(Pollutant::kO3)]);
  d[DailyColumn::kO3_8h] = O3Max8h(measured[Index(Pollutant::kO3)]);
  d[DailyColumn::kPM10] = Mean24h(measured[Index(Pollutant::kPM10)], Pollutant::kPM10);
  d[DailyColumn::kPM25] = Mean24h(measured[Index(Pollutant::kPM25)], Pollutant::kPM25);
  return d;
}

}  // namespace lantian::aq
