// IAQI breakpoint tables. Each table is a named, immutable version of a standard:
// a later revision of HJ 633 must be added as a new table, never edited into this
// one. A table maps each AQI metric (a pollutant with its averaging time) to the
// concentrations at IAQI 0, 50, 100, 150, 200, 300, 400, 500, and says what the
// standard prescribes above its last breakpoint.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "aq/pollutant.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

// A pollutant with the averaging time its breakpoints are defined for.
enum class Metric : uint8_t {
  kSO2_24h,
  kSO2_1h,
  kNO2_24h,
  kNO2_1h,
  kCO_24h,
  kCO_1h,
  kO3_1h,
  kO3_8h,
  kPM10_24h,
  kPM25_24h,
};
inline constexpr size_t kMetricCount = 10;

Pollutant PollutantOf(Metric m);
std::string_view MetricName(Metric m);  // "SO2_24h", "O3_8h", …

// What the standard prescribes for a concentration above the last breakpoint.
enum class AboveTable : uint8_t {
  kIaqi500,     // the IAQI is 500 ("爆表" once the AQI reaches 500)
  kNoSubIndex,  // no IAQI from this metric; the standard uses another one
};

inline constexpr std::array<int, 8> kIaqiLevels = {0, 50, 100, 150, 200, 300, 400, 500};

struct MetricBreakpoints {
  // Concentration at kIaqiLevels[i], in the pollutant's unit; nullopt where the
  // table has no entry (SO2 1h and O3 8h stop early).
  std::array<std::optional<int>, 8> concentration;
  AboveTable above;
};

class BreakpointTable {
 public:
  constexpr BreakpointTable(std::string_view id,
                            std::array<MetricBreakpoints, kMetricCount> metrics)
      : id_(id), metrics_(metrics) {}
  std::string_view id() const { return id_; }
  const MetricBreakpoints& For(Metric m) const { return metrics_[static_cast<size_t>(m)]; }
  // The last breakpoint concentration of a metric.
  core::Decimal Top(Metric m) const;

 private:
  std::string_view id_;
  std::array<MetricBreakpoints, kMetricCount> metrics_;
};

// HJ 633-2012 Table 1 with its notes (1)-(3).
const BreakpointTable& Hj633_2012();

}  // namespace lantian::aq
