#include "app/season_report.hpp"

#include <map>

#include "app/daily_tables.hpp"
#include "aq/aqi.hpp"
#include "aq/period_statistics.hpp"
#include "campaign/baseline.hpp"

namespace lantian::app {
namespace {

PeriodFigures Figures(const std::map<int32_t, aq::DailyValues>* days) {
  PeriodFigures f;
  if (!days) return f;
  std::vector<std::optional<core::Decimal>> pm;
  for (const auto& [date, values] : *days) {
    pm.push_back(values[aq::DailyColumn::kPM25]);
    if (values[aq::DailyColumn::kPM25]) ++f.days;
    auto aqi = aq::DailyAqi(aq::Hj633_2012(), values);
    if (aqi && aq::IsHeavyPollution(aqi->aqi)) ++f.heavy_days;
  }
  f.pm25 = aq::PeriodMean(pm, 0);
  return f;
}

}  // namespace

core::Result<SeasonReport> BuildSeasonReport(storage::Store& store,
                                             const std::string& period_name) {
  LANTIAN_ASSIGN_OR_RETURN(core::Period period, core::ParsePeriod(period_name));
  SeasonReport report;
  report.period_name = period_name;
  report.period = period;
  report.baseline = campaign::BaselineOf(period_name, period);
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto stations, store.Stations());
  LANTIAN_ASSIGN_OR_RETURN(auto targets, store.RegionalTargets());
  LANTIAN_ASSIGN_OR_RETURN(CityDays now, CityDailyFromStore(store, period));
  LANTIAN_ASSIGN_OR_RETURN(CityDays base, CityDailyFromStore(store, report.baseline));
  report.synthetic = now.synthetic || base.synthetic;

  std::map<std::string, int> station_count;
  for (const auto& s : stations) {
    if (!s.background) ++station_count[s.city_code];
  }
  auto find = [](const CityDays& d, const std::string& code) {
    auto it = d.values.find(code);
    return it == d.values.end() ? nullptr : &it->second;
  };
  for (const auto& u : units) {
    CitySeason c;
    c.unit = u;
    c.stations = station_count[u.code];
    c.now = Figures(find(now, u.code));
    c.baseline = Figures(find(base, u.code));
    c.now.pm25_coverage = aq::Coverage::HourlyExpected(c.stations, report.period);
    c.baseline.pm25_coverage = aq::Coverage::HourlyExpected(c.stations, report.baseline);
    if (auto it = now.pm25_coverage.find(u.code); it != now.pm25_coverage.end()) {
      c.now.pm25_coverage = it->second;
    }
    if (auto it = base.pm25_coverage.find(u.code); it != base.pm25_coverage.end()) {
      c.baseline.pm25_coverage = it->second;
    }
    if (c.now.pm25 && c.baseline.pm25 && !c.baseline.pm25->IsZero()) {
      c.pm25_change_percent =
          core::RoundedRatio((*c.now.pm25 - *c.baseline.pm25) * 100, *c.baseline.pm25, 1);
    }
    report.cities.push_back(std::move(c));
  }

  for (campaign::Region region : {campaign::Region::kJJJ, campaign::Region::kFW}) {
    RegionSeason r;
    r.region = region;
    for (const auto& t : targets) {
      if (t.region == region && t.period == period_name) r.target = t;
    }
    std::vector<std::optional<core::Decimal>> pm, base_pm;
    int heavy = 0, base_heavy = 0, base_cities = 0;
    for (const auto& c : report.cities) {
      if (c.unit.region != region) continue;
      if (c.now.pm25) {
        pm.push_back(c.now.pm25);
        heavy += c.now.heavy_days;
        ++r.cities;
      }
      if (c.baseline.pm25) {
        base_pm.push_back(c.baseline.pm25);
        base_heavy += c.baseline.heavy_days;
        ++base_cities;
      }
    }
    r.pm25 = aq::PeriodMean(pm, 0);
    r.baseline_pm25 = aq::PeriodMean(base_pm, 0);
    if (r.cities > 0) {
      r.heavy_days_per_city = core::RoundedMean(core::Decimal::FromInt(heavy), r.cities, 1);
    }
    if (base_cities > 0) {
      r.baseline_heavy_days_per_city =
          core::RoundedMean(core::Decimal::FromInt(base_heavy), base_cities, 1);
    }
    report.regions.push_back(std::move(r));
  }
  return report;
}

}  // namespace lantian::app
