#include "app/air_quality.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "app/access_status.hpp"
#include "aq/city_values.hpp"
#include "aq/station_daily.hpp"
#include "auth/access.hpp"

namespace lantian::app {
namespace {

struct Registry {
  std::vector<campaign::Unit> units;
  std::vector<aq::Station> stations;
  const campaign::Unit* Unit(std::string_view code) const {
    for (const auto& u : units) {
      if (u.code == code) return &u;
    }
    return nullptr;
  }
  const aq::Station* Station(std::string_view code) const {
    for (const auto& s : stations) {
      if (s.code == code) return &s;
    }
    return nullptr;
  }
  // Codes of a city's assessment stations (background stations are left out).
  std::vector<std::string> AssessmentStations(std::string_view city) const {
    std::vector<std::string> out;
    for (const auto& s : stations) {
      if (s.city_code == city && !s.background) out.push_back(s.code);
    }
    return out;
  }
  auth::Place PlaceOfCity(std::string_view city) const {
    const campaign::Unit* u = Unit(city);
    return u ? auth::PlaceOf(*u) : auth::Place{std::string(city), "", std::nullopt};
  }
};

core::Result<Registry> LoadRegistry(storage::Store& store) {
  Registry r;
  LANTIAN_ASSIGN_OR_RETURN(r.units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(r.stations, store.Stations());
  return r;
}

// The status of a read of detailed air quality about `what` (e.g. "city 130100").
core::Status Check(auth::Access access, const std::string& what) {
  return AccessStatus(access, what, "this role may not see detailed air quality");
}

core::Status CheckPeriod(core::Period period) {
  if (period.Days() > kMaxSeriesDays) {
    return core::InvalidInput("at most " + std::to_string(kMaxSeriesDays) + " days per request",
                              "to");
  }
  return core::Status::Ok();
}

std::optional<core::Decimal> PublishedAqi(const aq::SiteDay& day, int hour) {
  return day.Of(aq::Published::kAqi).Get(hour);
}

std::vector<std::pair<std::string, core::Decimal>> PublishedDaily(const aq::SiteDay& day) {
  std::vector<std::pair<std::string, core::Decimal>> out;
  constexpr int kLast = aq::HourlySeries::kHours - 1;
  for (aq::Published p :
       {aq::Published::kSO2_24h, aq::Published::kNO2_24h, aq::Published::kCO_24h,
        aq::Published::kPM10_24h, aq::Published::kPM25_24h, aq::Published::kO3_8h_24h}) {
    if (auto v = day.Of(p).Get(kLast)) out.emplace_back(std::string(aq::PublishedName(p)), *v);
  }
  return out;
}

bool AnyValue(const aq::HourValues& v) {
  return std::any_of(v.begin(), v.end(), [](const auto& x) { return x.has_value(); });
}

// Published values of a city from its CNEMC city files, by date.
core::Result<std::map<int32_t, aq::SiteDay>> PublishedCityDays(storage::Store& store,
                                                               const std::string& city,
                                                               core::Period period) {
  std::map<int32_t, aq::SiteDay> out;
  const std::vector<std::string> ids = {city};
  LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(storage::SiteLevel::kCity, ids, period,
                                             [&](std::string_view, const aq::SiteDay& d) {
                                               out[d.date.days] = d;
                                               return core::Status::Ok();
                                             }));
  return out;
}

// A city series: the checks every city request makes, and the city's
// assessment stations.
struct CityRequest {
  Registry reg;
  std::vector<std::string> members;
  Series out;
};

core::Result<CityRequest> StartCity(storage::Store& store, const auth::Principal& principal,
                                    const std::string& city, core::Period period) {
  LANTIAN_RETURN_IF_ERROR(CheckPeriod(period));
  LANTIAN_ASSIGN_OR_RETURN(Registry reg, LoadRegistry(store));
  if (!reg.Unit(city)) return core::NotFound("no city " + city);
  LANTIAN_RETURN_IF_ERROR(
      Check(auth::CanReadAirQuality(principal, reg.PlaceOfCity(city)), "city " + city));
  CityRequest r{std::move(reg), {}, Series{city, "city", {}, {}, false}};
  LANTIAN_ASSIGN_OR_RETURN(r.out.synthetic,
                           store.HasSyntheticData(storage::SiteLevel::kStation, period));
  r.members = r.reg.AssessmentStations(city);
  return r;
}

}  // namespace

core::Result<Overview> LatestOverview(storage::Store& store, const auth::Principal& principal) {
  LANTIAN_ASSIGN_OR_RETURN(Registry reg, LoadRegistry(store));
  Overview out;
  // Officials see their area in detail; everybody else sees every city's published values.
  const bool detailed = principal.authenticated() && principal.role != auth::Role::kEnterprise;
  std::vector<const campaign::Unit*> cities;
  for (const auto& u : reg.units) {
    if (!detailed ||
        auth::CanReadAirQuality(principal, auth::PlaceOf(u)) == auth::Access::kAllowed) {
      cities.push_back(&u);
    }
  }
  LANTIAN_ASSIGN_OR_RETURN(std::optional<core::Date> last_day, store.LatestStationDay());
  std::map<std::string, std::vector<std::string>> members;  // city → assessment stations
  std::map<std::string, std::string> city_of;
  for (const auto* u : cities) {
    members[u->code] = reg.AssessmentStations(u->code);
    for (const auto& s : members[u->code]) city_of[s] = u->code;
  }
  // Hourly values of every assessment station over the last two days: city → hour → stations.
  std::map<std::string, std::map<int64_t, std::vector<aq::HourValues>>> hours;
  std::optional<core::HourStart> latest;
  if (last_day) {
    const core::Period window{*last_day - 1, *last_day};
    std::vector<std::string> ids;
    for (const auto& [s, c] : city_of) ids.push_back(s);
    if (!ids.empty()) {
      LANTIAN_ASSIGN_OR_RETURN(out.synthetic,
                               store.HasSyntheticData(storage::SiteLevel::kStation, window));
      LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
          storage::SiteLevel::kStation, ids, window,
          [&](std::string_view code, const aq::SiteDay& day) -> core::Status {
            const std::string& city = city_of.find(std::string(code))->second;
            for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
              const aq::HourValues v = aq::MeasuredHour(day, h);
              if (!AnyValue(v)) continue;
              const core::HourStart t = core::HourStart::Of(day.date, h);
              hours[city][t.hours].push_back(v);
              if (!latest || t > *latest) latest = t;
            }
            return core::Status::Ok();
          },
          /*measured_only=*/true));
    }
  }
  out.latest = latest;
  for (const auto* u : cities) {
    CityLatest c;
    c.unit = *u;
    c.stations = static_cast<int>(members[u->code].size());
    c.pm25_coverage_24h = aq::Coverage{int64_t{c.stations} * 24, 0};
    if (latest) {
      const auto& city_hours = hours[u->code];
      if (auto it = city_hours.find(latest->hours); it != city_hours.end()) {
        c.values = aq::CityHourValues(it->second);
        c.aqi = aq::HourlyAqi(aq::Hj633_2012(), c.values);
      }
      for (const auto& [t, values] : city_hours) {
        if (t <= latest->hours - 24) continue;
        for (const auto& v : values)
          c.pm25_coverage_24h.present += v[aq::Index(aq::Pollutant::kPM25)].has_value();
      }
    }
    out.cities.push_back(std::move(c));
  }
  return out;
}

core::Result<Series> CityHourly(storage::Store& store, const auth::Principal& principal,
                                const std::string& city, core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(CityRequest r, StartCity(store, principal, city, period));
  Series& out = r.out;
  const std::vector<std::string>& members = r.members;
  std::map<int64_t, std::vector<aq::HourValues>> hours;
  if (!members.empty()) {
    LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
        storage::SiteLevel::kStation, members, period,
        [&](std::string_view, const aq::SiteDay& day) -> core::Status {
          for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
            const aq::HourValues v = aq::MeasuredHour(day, h);
            if (AnyValue(v)) hours[core::HourStart::Of(day.date, h).hours].push_back(v);
          }
          return core::Status::Ok();
        },
        /*measured_only=*/true));
  }
  LANTIAN_ASSIGN_OR_RETURN(auto published, PublishedCityDays(store, city, period));
  for (const auto& [t, values] : hours) {
    HourRow row;
    row.time = core::HourStart{t};
    row.values = aq::CityHourValues(values);
    row.aqi = aq::HourlyAqi(aq::Hj633_2012(), row.values);
    row.stations = static_cast<int>(values.size());
    if (auto it = published.find(row.time.date().days); it != published.end()) {
      row.published_aqi = PublishedAqi(it->second, row.time.hour());
    }
    out.hours.push_back(std::move(row));
  }
  return out;
}

core::Result<Series> CityDaily(storage::Store& store, const auth::Principal& principal,
                               const std::string& city, core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(CityRequest r, StartCity(store, principal, city, period));
  Series& out = r.out;
  const std::vector<std::string>& members = r.members;
  std::map<int32_t, std::vector<aq::DailyValues>> days;
  if (!members.empty()) {
    LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(
        storage::SiteLevel::kStation, members, period,
        [&](std::string_view, const aq::SiteDay& day) {
          days[day.date.days].push_back(aq::StationDailyValues(day.measured));
          return core::Status::Ok();
        },
        /*measured_only=*/true));
  }
  LANTIAN_ASSIGN_OR_RETURN(auto published, PublishedCityDays(store, city, period));
  for (const auto& [d, values] : days) {
    DayRow row{core::Date{d}, aq::CityDailyValues(values), std::nullopt, {}};
    row.aqi = aq::DailyAqi(aq::Hj633_2012(), row.values);
    if (auto it = published.find(d); it != published.end())
      row.published = PublishedDaily(it->second);
    out.days.push_back(std::move(row));
  }
  return out;
}

namespace {

// A station's series: `fill` turns each stored day into rows.
core::Result<Series> StationSeries(storage::Store& store, const auth::Principal& principal,
                                   const std::string& station, core::Period period,
                                   const std::function<void(const aq::SiteDay&, Series&)>& fill) {
  LANTIAN_RETURN_IF_ERROR(CheckPeriod(period));
  LANTIAN_ASSIGN_OR_RETURN(Registry reg, LoadRegistry(store));
  const aq::Station* s = reg.Station(station);
  if (!s) return core::NotFound("no station " + station);
  LANTIAN_RETURN_IF_ERROR(Check(auth::CanReadAirQuality(principal, reg.PlaceOfCity(s->city_code)),
                                "station " + station));
  Series out{station, "station", {}, {}, false};
  LANTIAN_ASSIGN_OR_RETURN(out.synthetic,
                           store.HasSyntheticData(storage::SiteLevel::kStation, period));
  const std::vector<std::string> ids = {station};
  LANTIAN_RETURN_IF_ERROR(store.ScanSiteDays(storage::SiteLevel::kStation, ids, period,
                                             [&](std::string_view, const aq::SiteDay& day) {
                                               fill(day, out);
                                               return core::Status::Ok();
                                             }));
  return out;
}

}  // namespace

core::Result<Series> StationHourly(storage::Store& store, const auth::Principal& principal,
                                   const std::string& station, core::Period period) {
  return StationSeries(store, principal, station, period, [](const aq::SiteDay& day, Series& out) {
    for (int h = 0; h < aq::HourlySeries::kHours; ++h) {
      const aq::HourValues v = aq::MeasuredHour(day, h);
      const auto published = PublishedAqi(day, h);
      if (!AnyValue(v) && !published) continue;
      out.hours.push_back({core::HourStart::Of(day.date, h), v, aq::HourlyAqi(aq::Hj633_2012(), v),
                           AnyValue(v) ? 1 : 0, published});
    }
  });
}

core::Result<Series> StationDaily(storage::Store& store, const auth::Principal& principal,
                                  const std::string& station, core::Period period) {
  return StationSeries(store, principal, station, period, [](const aq::SiteDay& day, Series& out) {
    DayRow row{day.date, aq::StationDailyValues(day.measured), std::nullopt, PublishedDaily(day)};
    row.aqi = aq::DailyAqi(aq::Hj633_2012(), row.values);
    out.days.push_back(std::move(row));
  });
}

}  // namespace lantian::app
