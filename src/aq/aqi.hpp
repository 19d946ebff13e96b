// Combining sub-indices into the AQI, its level, the primary pollutants and the
// exceeding pollutants (HJ 633-2012 §5.2, §6, Table 2).
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "aq/breakpoints.hpp"
#include "aq/pollutant.hpp"

namespace lantian::aq {

struct SubIndex {
  Metric metric;
  int iaqi;
};

struct AqiResult {
  int aqi = 0;
  int level = 1;           // 1..6 = I..VI of HJ 633-2012 Table 2
  PollutantSet primary;    // pollutants with the largest IAQI, only when AQI > 50
  PollutantSet exceeding;  // pollutants with IAQI > 100
};

// nullopt when there is no sub-index at all.
std::optional<AqiResult> CombineSubIndices(std::span<const SubIndex> sub_indices);

// HJ 633-2012 Table 2: 0-50 → 1 … >300 → 6.
int AqiLevel(int aqi);
// "优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"
std::string_view LevelNameZh(int level);
std::string_view LevelNameEn(int level);

// A heavy-pollution day (重度及以上污染天) has a daily AQI above 200.
inline bool IsHeavyPollution(int daily_aqi) { return daily_aqi > 200; }

}  // namespace lantian::aq
