#include "aq/daily_values.hpp"

#include "aq/iaqi.hpp"

namespace lantian::aq {
namespace {

struct ColumnInfo {
  std::string_view name;
  Pollutant pollutant;
  Metric metric;
};
constexpr std::array<ColumnInfo, kDailyColumnCount> kColumns = {{
    {"SO2", Pollutant::kSO2, Metric::kSO2_24h},
    {"NO2", Pollutant::kNO2, Metric::kNO2_24h},
    {"CO", Pollutant::kCO, Metric::kCO_24h},
    {"O3_1h", Pollutant::kO3, Metric::kO3_1h},
    {"O3_8h", Pollutant::kO3, Metric::kO3_8h},
    {"PM10", Pollutant::kPM10, Metric::kPM10_24h},
    {"PM2.5", Pollutant::kPM25, Metric::kPM25_24h},
}};

}  // namespace

std::string_view ColumnName(DailyColumn c) { return kColumns[static_cast<size_t>(c)].name; }
Pollutant PollutantOf(DailyColumn c) { return kColumns[static_cast<size_t>(c)].pollutant; }
Metric MetricOf(DailyColumn c) { return kColumns[static_cast<size_t>(c)].metric; }

bool DailyValues::AnyValid() const {
  for (const auto& v : values) {
    if (v) return true;
  }
  return false;
}

std::optional<AqiResult> DailyAqi(const BreakpointTable& table, const DailyValues& daily) {
  std::array<SubIndex, kDailyColumnCount> subs;
  size_t n = 0;
  for (DailyColumn c : kDailyColumns) {
    if (!daily[c]) continue;
    if (auto iaqi = Iaqi(table, MetricOf(c), *daily[c])) subs[n++] = SubIndex{MetricOf(c), *iaqi};
  }
  return CombineSubIndices(std::span<const SubIndex>(subs.data(), n));
}

}  // namespace lantian::aq
