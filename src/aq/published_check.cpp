#include "aq/published_check.hpp"

#include <array>

#include "aq/hourly_aqi.hpp"
#include "aq/station_daily.hpp"

namespace lantian::aq {
namespace {

constexpr std::array<std::string_view, kCheckKindCount> kNames = {"hourly AQI",
                                                                  "daily SO2 vs SO2_24h",
                                                                  "daily NO2 vs NO2_24h",
                                                                  "daily CO vs CO_24h",
                                                                  "daily PM10 vs PM10_24h",
                                                                  "daily PM2.5 vs PM2.5_24h",
                                                                  "daily O3_8h vs O3_8h_24h"};

struct DailyCheck {
  CheckKind kind;
  Published published;
  DailyColumn column;
};
constexpr std::array<DailyCheck, 6> kDaily = {{
    {CheckKind::kDailySO2, Published::kSO2_24h, DailyColumn::kSO2},
    {CheckKind::kDailyNO2, Published::kNO2_24h, DailyColumn::kNO2},
    {CheckKind::kDailyCO, Published::kCO_24h, DailyColumn::kCO},
    {CheckKind::kDailyPM10, Published::kPM10_24h, DailyColumn::kPM10},
    {CheckKind::kDailyPM25, Published::kPM25_24h, DailyColumn::kPM25},
    {CheckKind::kDailyO3_8h, Published::kO3_8h_24h, DailyColumn::kO3_8h},
}};

}  // namespace

std::string_view CheckKindName(CheckKind k) { return kNames[static_cast<size_t>(k)]; }

std::vector<PublishedCheck> CheckPublished(const SiteDay& day) {
  std::vector<PublishedCheck> out;
  const HourlySeries& aqi = day.Of(Published::kAqi);
  for (int h = 0; h < HourlySeries::kHours; ++h) {
    if (!aqi.Has(h)) continue;
    auto computed = HourlyAqi(Hj633_2012(), MeasuredHour(day, h));
    out.push_back({CheckKind::kHourlyAqi, h, aqi.At(h),
                   computed ? std::optional(core::Decimal::FromInt(computed->aqi)) : std::nullopt});
  }
  constexpr int kLast = HourlySeries::kHours - 1;
  const DailyValues daily = StationDailyValues(day.measured);
  for (const DailyCheck& c : kDaily) {
    const HourlySeries& pub = day.Of(c.published);
    if (!pub.Has(kLast) || !daily[c.column]) continue;
    out.push_back({c.kind, kLast, pub.At(kLast), daily[c.column]});
  }
  return out;
}

}  // namespace lantian::aq
