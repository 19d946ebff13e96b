// The composite air-quality index of a city over a period (环境空气质量综合指数,
// 城市环境空气质量排名技术规定): the sum over six pollutants of the period
// statistic divided by its GB 3095-2012 grade II limit. SO2, NO2, PM10 and PM2.5
// use their period means against the annual limits (60, 40, 70, 35 µg/m³); CO
// uses the 95th percentile of its daily 24h means against 4 mg/m³, O3 the 90th
// percentile of its daily max 8h means against 160 µg/m³. Lower is better.
//
// Statistics are rounded as HJ 663-2013 reports them (integers, CO to 0.1);
// sub-indices are shown to two places and the index is the exact sum rounded
// once to two places. PM10 and PM2.5 leave out sand-and-dust days (CNEMC
// practice, ../shared/realdata/facts.md §3.3).
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "aq/daily_values.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

enum class IndexPollutant : uint8_t { kSO2, kNO2, kPM10, kPM25, kCO, kO3 };
inline constexpr size_t kIndexPollutantCount = 6;
inline constexpr std::array<IndexPollutant, kIndexPollutantCount> kIndexPollutants = {
    IndexPollutant::kSO2,  IndexPollutant::kNO2, IndexPollutant::kPM10,
    IndexPollutant::kPM25, IndexPollutant::kCO,  IndexPollutant::kO3};

// "SO2", "NO2", "PM10", "PM2.5", "CO", "O3"
std::string_view IndexPollutantName(IndexPollutant p);
// The statistic's name: "mean" or "P95"/"P90".
std::string_view IndexStatisticName(IndexPollutant p);
// The grade II limit the statistic is divided by.
core::Decimal IndexLimit(IndexPollutant p);

struct IndexComponent {
  core::Decimal statistic;  // period mean or percentile, rounded as reported
  core::Decimal sub_index;  // statistic / limit, two places
  int days = 0;             // daily values the statistic is computed from
};

struct CompositeIndex {
  std::array<std::optional<IndexComponent>, kIndexPollutantCount> components{};
  // Present when all six statistics are.
  std::optional<core::Decimal> index;
  // The pollutant with the largest sub-index (the first in kIndexPollutants order on a tie).
  std::optional<IndexPollutant> largest;
  const std::optional<IndexComponent>& operator[](IndexPollutant p) const {
    return components[static_cast<size_t>(p)];
  }
};

// `dust[i]` tells whether day i was sand-and-dust affected (PM left out); a
// shorter vector means no dust on the days it does not reach.
CompositeIndex ComputeCompositeIndex(std::span<const DailyValues> days,
                                     const std::vector<bool>& dust = {});

// The percentage change (now − before) / before × 100, rounded to one place;
// nullopt when either is absent or before is zero.
std::optional<core::Decimal> PercentChange(const std::optional<core::Decimal>& now,
                                           const std::optional<core::Decimal>& before);

}  // namespace lantian::aq
