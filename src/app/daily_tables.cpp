#include "app/daily_tables.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "aq/city_values.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/station_daily.hpp"
#include "io/long_csv.hpp"
#include "io/station_city_map.hpp"

namespace lantian::app {
namespace {

// Opens `path`, reads it with `read`, and fails when it has structural errors.
template <class Read>
auto ReadInput(const std::string& path, std::vector<io::FileReport>& reports, Read read)
    -> core::Result<decltype(read(std::declval<io::CsvReader&>(), reports.back()))> {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::CsvReader::Open(path));
  reports.emplace_back(path);
  auto value = read(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no table was written"));
  return value;
}

// Indices of `ids` in ascending id order.
std::vector<size_t> SortedOrder(const std::vector<std::string>& ids) {
  std::vector<size_t> order(ids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
  return order;
}

// City rows from station daily values grouped by (city, date).
std::vector<aq::DailyRow> CityRows(
    const std::map<std::string, std::map<int32_t, std::vector<aq::DailyValues>>>& grouped) {
  std::vector<aq::DailyRow> rows;
  for (const auto& [city, days] : grouped) {
    for (const auto& [date, stations] : days) {
      rows.push_back(aq::MakeDailyRow(city, core::Date{date}, aq::CityDailyValues(stations)));
    }
  }
  return rows;
}

}  // namespace

core::Result<DailyTable> DailyFromLongCsv(const CalculatorInput& input,
                                          std::vector<io::FileReport>& reports) {
  DailyTable table;
  LANTIAN_ASSIGN_OR_RETURN(io::LongObservations obs,
                           ReadInput(input.observations, reports, io::ReadLongCsv));
  if (!input.stations) {
    for (size_t i : SortedOrder(obs.ids)) {
      for (const auto& [date, day] : obs.days[i]) {
        table.rows.push_back(
            aq::MakeDailyRow(obs.ids[i], day.date, aq::StationDailyValues(day.measured)));
      }
    }
    return table;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto city_of,
                           ReadInput(*input.stations, reports, io::ReadStationCityMap));
  std::map<std::string, std::map<int32_t, std::vector<aq::DailyValues>>> grouped;
  std::vector<std::string> unmapped;
  for (size_t i = 0; i < obs.ids.size(); ++i) {
    auto it = city_of.find(obs.ids[i]);
    if (it == city_of.end()) {
      unmapped.push_back(obs.ids[i]);
      continue;
    }
    for (const auto& [date, day] : obs.days[i]) {
      grouped[it->second][date].push_back(aq::StationDailyValues(day.measured));
    }
  }
  if (!unmapped.empty()) {
    std::sort(unmapped.begin(), unmapped.end());
    std::string list;
    for (const auto& s : unmapped) list += (list.empty() ? "" : ", ") + s;
    table.notes.push_back(std::to_string(unmapped.size()) + " stations of " + input.observations +
                          " are not in " + *input.stations + " and count for no city: " + list);
  }
  table.rows = CityRows(grouped);
  return table;
}

core::Result<std::vector<aq::HourlyRow>> HourlyFromLongCsv(const std::string& observations,
                                                           std::vector<io::FileReport>& reports) {
  std::vector<aq::HourlyRow> rows;
  LANTIAN_ASSIGN_OR_RETURN(io::LongObservations obs,
                           ReadInput(observations, reports, io::ReadLongCsv));
  for (size_t i : SortedOrder(obs.ids)) {
    for (const auto& [date, day] : obs.days[i]) {
      aq::SiteDay site{day.date};
      site.measured = day.measured;
      for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
        const aq::HourValues v = aq::MeasuredHour(site, h);
        if (std::none_of(v.begin(), v.end(), [](const auto& x) { return x.has_value(); })) continue;
        rows.push_back({obs.ids[i], obs.TimeText(i, core::HourStart::Of(day.date, h)),
                        aq::HourlyAqi(aq::Hj633_2012(), v)});
      }
    }
  }
  return rows;
}

core::Result<DailyTable> DailyFromStore(storage::Store& store, const DailyQuery& query) {
  DailyTable table;
  LANTIAN_ASSIGN_OR_RETURN(std::vector<aq::Station> stations, store.Stations());
  std::map<std::string, const aq::Station*, std::less<>> by_code;
  std::vector<std::string> selected;
  for (const auto& s : stations) {
    by_code[s.code] = &s;
    if (query.city && s.city_code != *query.city) continue;
    if (query.by_city && s.background) continue;  // 对照点 are not assessment stations
    selected.push_back(s.code);
  }
  if (query.city && selected.empty()) {
    return core::NotFound("no stations of city " + *query.city + " in the registry", "--city");
  }
  LANTIAN_ASSIGN_OR_RETURN(table.synthetic,
                           store.HasSyntheticData(storage::SiteLevel::kStation, query.period));
  std::map<std::string, std::map<int32_t, std::vector<aq::DailyValues>>> grouped;
  LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
      storage::SiteLevel::kStation,
      query.city ? std::span<const std::string>(selected) : std::span<const std::string>(),
      query.period,
      [&](std::string_view code, const aq::SiteDay& day) -> core::Status {
        const aq::Station& s = *by_code.find(code)->second;
        const aq::DailyValues values = aq::StationDailyValues(day.measured);
        if (!query.by_city) {
          table.rows.push_back(aq::MakeDailyRow(s.code, day.date, values));
        } else if (!s.background) {
          grouped[s.city_code][day.date.days].push_back(values);
        }
        return core::Status::Ok();
      },
      /*measured_only=*/true));
  if (query.by_city) {
    table.rows = CityRows(grouped);
  } else {
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const aq::DailyRow& a, const aq::DailyRow& b) { return a.id < b.id; });
  }
  return table;
}

core::Result<CityDays> CityDailyFromStore(storage::Store& store, core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(std::vector<aq::Station> stations, store.Stations());
  std::map<std::string, const aq::Station*, std::less<>> assessment;
  std::map<std::string, int64_t> station_count;
  for (const auto& s : stations) {
    if (s.background) continue;  // 对照点 are not assessment stations
    assessment[s.code] = &s;
    ++station_count[s.city_code];
  }
  CityDays out;
  LANTIAN_ASSIGN_OR_RETURN(out.synthetic,
                           store.HasSyntheticData(storage::SiteLevel::kStation, period));
  for (const auto& [city, n] : station_count)
    out.pm25_coverage[city] = aq::Coverage::HourlyExpected(n, period);
  std::map<std::string, std::map<int32_t, std::vector<aq::DailyValues>>> grouped;
  LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
      storage::SiteLevel::kStation, {}, period,
      [&](std::string_view code, const aq::SiteDay& day) -> core::Status {
        auto it = assessment.find(code);
        if (it == assessment.end()) return core::Status::Ok();
        const std::string& city = it->second->city_code;
        grouped[city][day.date.days].push_back(aq::StationDailyValues(day.measured));
        out.pm25_coverage[city].present += day.Measured(aq::Pollutant::kPM25).Count();
        return core::Status::Ok();
      },
      /*measured_only=*/true));
  for (const auto& [city, days] : grouped) {
    for (const auto& [date, values] : days) out.values[city][date] = aq::CityDailyValues(values);
  }
  return out;
}

}  // namespace lantian::app
