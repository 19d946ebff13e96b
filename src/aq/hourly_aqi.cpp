#include "aq/hourly_aqi.hpp"

#include "aq/iaqi.hpp"

namespace lantian::aq {
namespace {

Metric HourlyMetric(Pollutant p) {
  switch (p) {
    case Pollutant::kSO2:
      return Metric::kSO2_1h;
    case Pollutant::kNO2:
      return Metric::kNO2_1h;
    case Pollutant::kCO:
      return Metric::kCO_1h;
    case Pollutant::kO3:
      return Metric::kO3_1h;
    case Pollutant::kPM10:
      return Metric::kPM10_24h;
    case Pollutant::kPM25:
      return Metric::kPM25_24h;
  }
  return Metric::kPM25_24h;
}

}  // namespace

std::optional<AqiResult> HourlyAqi(const BreakpointTable& table, const HourValues& values) {
  std::array<SubIndex, kPollutantCount> subs;
  size_t n = 0;
  for (Pollutant p : kPollutants) {
    const auto& v = values[Index(p)];
    if (!v) continue;
    const Metric m = HourlyMetric(p);
    std::optional<int> iaqi = Iaqi(table, m, *v);
    if (!iaqi && p == Pollutant::kSO2) iaqi = kSo2Above800HourlyIaqi;
    if (iaqi) subs[n++] = SubIndex{m, *iaqi};
  }
  return CombineSubIndices(std::span<const SubIndex>(subs.data(), n));
}

HourValues MeasuredHour(const SiteDay& day, int hour) {
  HourValues v;
  for (Pollutant p : kPollutants) v[Index(p)] = day.Measured(p).Get(hour);
  return v;
}

}  // namespace lantian::aq
