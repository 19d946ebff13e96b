// Daily statistics of a site: the seven values the daily AQI is computed from,
// as reported (rounded half to even to integers, CO to 0.1). A value is absent
// when the data do not meet the validity rules of GB 3095-2012 Table 4 and
// HJ 663-2013. Column order is that of the `lantian aq daily` table.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "aq/aqi.hpp"
#include "aq/breakpoints.hpp"
#include "aq/pollutant.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

enum class DailyColumn : uint8_t { kSO2, kNO2, kCO, kO3_1h, kO3_8h, kPM10, kPM25 };
inline constexpr std::array<DailyColumn, 7> kDailyColumns = {
    DailyColumn::kSO2,   DailyColumn::kNO2,  DailyColumn::kCO,  DailyColumn::kO3_1h,
    DailyColumn::kO3_8h, DailyColumn::kPM10, DailyColumn::kPM25};
inline constexpr size_t kDailyColumnCount = kDailyColumns.size();

// "SO2", "NO2", "CO", "O3_1h", "O3_8h", "PM10", "PM2.5"
std::string_view ColumnName(DailyColumn c);
Pollutant PollutantOf(DailyColumn c);
// The breakpoint metric of a daily column (SO2 → SO2_24h, O3_1h → O3_1h, …).
Metric MetricOf(DailyColumn c);

struct DailyValues {
  std::array<std::optional<core::Decimal>, kDailyColumnCount> values{};

  std::optional<core::Decimal>& operator[](DailyColumn c) { return values[static_cast<size_t>(c)]; }
  const std::optional<core::Decimal>& operator[](DailyColumn c) const {
    return values[static_cast<size_t>(c)];
  }
  bool AnyValid() const;
  friend bool operator==(const DailyValues&, const DailyValues&) = default;
};

// Daily AQI (日报) from daily values: HJ 633-2012 §5 with the 24h means of SO2,
// NO2, CO, PM10, PM2.5, the O3 daily max 1h and the O3 daily max 8h mean. An O3
// 8h value above 800 gives no sub-index (Table 1 note 3): the O3 1h sub-index,
// already present, stands for O3. nullopt when no column is valid.
std::optional<AqiResult> DailyAqi(const BreakpointTable& table, const DailyValues& daily);

}  // namespace lantian::aq
