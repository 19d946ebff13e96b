#include "aq/breakpoints.hpp"

namespace lantian::aq {
namespace {

constexpr std::optional<int> kNone = std::nullopt;

// HJ 633-2012 Table 1. Note (1): SO2, NO2 and CO 1h values serve the real-time
// report only; daily reports use 24h values. Note (2)/(3): SO2 1h above 800 and
// O3 8h above 800 get no sub-index of their own: the standard reports the SO2
// 24h and the O3 1h sub-index instead.
constexpr BreakpointTable kHj633_2012(
    "HJ 633-2012",
    {{
        /* SO2_24h  */ {{0, 50, 150, 475, 800, 1600, 2100, 2620}, AboveTable::kIaqi500},
        /* SO2_1h   */ {{0, 150, 500, 650, 800, kNone, kNone, kNone}, AboveTable::kNoSubIndex},
        /* NO2_24h  */ {{0, 40, 80, 180, 280, 565, 750, 940}, AboveTable::kIaqi500},
        /* NO2_1h   */ {{0, 100, 200, 700, 1200, 2340, 3090, 3840}, AboveTable::kIaqi500},
        /* CO_24h   */ {{0, 2, 4, 14, 24, 36, 48, 60}, AboveTable::kIaqi500},
        /* CO_1h    */ {{0, 5, 10, 35, 60, 90, 120, 150}, AboveTable::kIaqi500},
        /* O3_1h    */ {{0, 160, 200, 300, 400, 800, 1000, 1200}, AboveTable::kIaqi500},
        /* O3_8h    */ {{0, 100, 160, 215, 265, 800, kNone, kNone}, AboveTable::kNoSubIndex},
        /* PM10_24h */ {{0, 50, 150, 250, 350, 420, 500, 600}, AboveTable::kIaqi500},
        /* PM25_24h */ {{0, 35, 75, 115, 150, 250, 350, 500}, AboveTable::kIaqi500},
    }});

struct MetricInfo {
  Pollutant pollutant;
  std::string_view name;
};
constexpr std::array<MetricInfo, kMetricCount> kMetricInfo = {{
    {Pollutant::kSO2, "SO2_24h"},
    {Pollutant::kSO2, "SO2_1h"},
    {Pollutant::kNO2, "NO2_24h"},
    {Pollutant::kNO2, "NO2_1h"},
    {Pollutant::kCO, "CO_24h"},
    {Pollutant::kCO, "CO_1h"},
    {Pollutant::kO3, "O3_1h"},
    {Pollutant::kO3, "O3_8h"},
    {Pollutant::kPM10, "PM10_24h"},
    {Pollutant::kPM25, "PM2.5_24h"},
}};

}  // namespace

Pollutant PollutantOf(Metric m) { return kMetricInfo[static_cast<size_t>(m)].pollutant; }
std::string_view MetricName(Metric m) { return kMetricInfo[static_cast<size_t>(m)].name; }

core::Decimal BreakpointTable::Top(Metric m) const {
  const auto& c = For(m).concentration;
  int top = 0;
  for (const auto& v : c) {
    if (v) top = *v;
  }
  return core::Decimal::FromInt(top);
}

const BreakpointTable& Hj633_2012() { return kHj633_2012; }

}  // namespace lantian::aq
