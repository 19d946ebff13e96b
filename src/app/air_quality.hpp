// Air quality as the server shows it, scoped to who asks: the latest hour of
// every city (the published view everybody may see, and the detailed one for
// officials), and hourly and daily series of a city or a station with the
// provider's published values beside lantian's. Access follows auth/access.hpp:
// not logged in → Unauthorized, a role without air-quality access → Forbidden,
// a city or station outside the principal's area → NotFound.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aq/aqi.hpp"
#include "aq/coverage.hpp"
#include "aq/daily_values.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/site_day.hpp"
#include "auth/principal.hpp"
#include "campaign/unit.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct CityLatest {
  campaign::Unit unit;
  int stations = 0;                  // assessment stations in the registry
  aq::HourValues values;             // city hourly values at the latest hour
  std::optional<aq::AqiResult> aqi;  // hourly AQI of those values
  aq::Coverage pm25_coverage_24h;    // PM2.5 hours present / expected over the last 24 hours
};

struct Overview {
  std::optional<core::HourStart> latest;  // the latest hour with station data
  std::vector<CityLatest> cities;         // cities in scope (every unit for the public view)
  bool synthetic = false;
};

// The latest hour of every city the principal may see in detail; the public
// (and enterprises) get every city, for the published view.
core::Result<Overview> LatestOverview(storage::Store& store, const auth::Principal& principal);

struct HourRow {
  core::HourStart time;
  aq::HourValues values;
  std::optional<aq::AqiResult> aqi;
  int stations = 0;  // stations with a value this hour (cities)
  std::optional<core::Decimal> published_aqi;
};

struct DayRow {
  core::Date date;
  aq::DailyValues values;
  std::optional<aq::AqiResult> aqi;
  // The provider's daily values: X_24h and O3_8h_24h at the day's last hour.
  std::vector<std::pair<std::string, core::Decimal>> published;
};

struct Series {
  std::string id;    // city or station code
  std::string kind;  // "city" or "station"
  std::vector<HourRow> hours;
  std::vector<DayRow> days;
  bool synthetic = false;
};

// At most this many days per request.
inline constexpr int kMaxSeriesDays = 400;

core::Result<Series> CityHourly(storage::Store& store, const auth::Principal& principal,
                                const std::string& city, core::Period period);
core::Result<Series> CityDaily(storage::Store& store, const auth::Principal& principal,
                               const std::string& city, core::Period period);
core::Result<Series> StationHourly(storage::Store& store, const auth::Principal& principal,
                                   const std::string& station, core::Period period);
core::Result<Series> StationDaily(storage::Store& store, const auth::Principal& principal,
                                  const std::string& station, core::Period period);

}  // namespace lantian::app
