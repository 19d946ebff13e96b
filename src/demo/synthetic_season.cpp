#include "demo/synthetic_season.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "demo/random.hpp"

namespace lantian::demo {
namespace {

constexpr double kPi = 3.141592653589793;

struct Point {
  double lat;
  double lon;
};

// Squared distance in degrees, longitude shortened by the cosine of latitude.
double Distance2(Point a, Point b) {
  const double dlat = a.lat - b.lat;
  const double dlon = (a.lon - b.lon) * std::cos((a.lat + b.lat) * kPi / 360.0);
  return dlat * dlat + dlon * dlon;
}

double Bump(Point p, Point centre, double radius) {
  return std::exp(-Distance2(p, centre) / (2 * radius * radius));
}

// A pollution episode: builds for `build_hours` while its centre drifts, then a
// cold front sweeps it away from the north-west.
struct Episode {
  double start;        // hour index from the start of the period
  double build_hours;  //
  Point centre;        // at the start
  double drift_lat;    // degrees per hour
  double drift_lon;
  double peak;    // added PM2.5 (µg/m³) at the centre when fully built
  double radius;  // degrees
};

// A spring sand-and-dust event: coarse dust sweeping south-east.
struct DustEvent {
  double start;
  double hours;
  Point centre;
  double peak_pm10;
};

double DayOfYear(core::Date d) { return d - core::Date::FromYmd(d.year(), 1, 1); }

// 1.55 in mid-January, 0.45 in mid-July.
double WinterFactor(double doy) { return 1.0 + 0.55 * std::cos(2 * kPi * (doy - 15) / 365.0); }

// Position along the north-west → south-east axis (degrees).
double AlongFront(Point p) { return (p.lon - p.lat) / std::sqrt(2.0); }

}  // namespace

struct SyntheticSeason::State {
  explicit State(uint64_t seed) : rng(seed) {}
  Random rng;
  std::vector<Episode> episodes;
  std::vector<DustEvent> dust;
  std::vector<Random> station_rng;
  std::vector<double> noise;  // AR(1) state in log space
  std::vector<int> outage;    // hours of outage left
  std::vector<double> base;   // regional base PM2.5
  std::map<std::string, Point> city_centres;
  core::Date next;
};

SyntheticSeason::SyntheticSeason(std::vector<DemoStation> stations, SeasonOptions options)
    : stations_(std::move(stations)),
      options_(options),
      state_(std::make_unique<State>(options.seed)) {
  State& s = *state_;
  s.next = options_.period.first;
  const double total_hours = options_.period.Days() * 24.0;
  // Episodes in the heating season, every 4-12 days.
  for (double t = s.rng.Uniform(0, 96); t < total_hours;) {
    const core::Date d = options_.period.first + static_cast<int>(t / 24);
    const double winter = WinterFactor(DayOfYear(d));
    if (winter > 1.15) {
      const bool fenwei = s.rng.Chance(0.3);
      Episode e;
      e.start = t;
      e.build_hours = s.rng.Uniform(36, 120);
      e.centre = fenwei ? Point{s.rng.Uniform(34.3, 35.6), s.rng.Uniform(109.0, 111.8)}
                        : Point{s.rng.Uniform(35.3, 36.8), s.rng.Uniform(113.2, 115.5)};
      e.drift_lat = s.rng.Uniform(0.006, 0.02);
      e.drift_lon = s.rng.Uniform(0.004, 0.016);
      e.peak = s.rng.Uniform(80, 230) * winter;
      e.radius = s.rng.Uniform(2.2, 3.8);
      s.episodes.push_back(e);
      t += e.build_hours + s.rng.Uniform(48, 200);
    } else {
      t += 24;
    }
  }
  // Sand and dust, one or two events each spring, the first in March (inside
  // the campaign season, as in March 2021), the second up to early May.
  for (int year = options_.period.first.year(); year <= options_.period.last.year(); ++year) {
    const int events = 1 + static_cast<int>(s.rng.Uniform() * 2);
    for (int i = 0; i < events; ++i) {
      const core::Date d =
          core::Date::FromYmd(year, 3, 1) + static_cast<int>(s.rng.Uniform(0, i == 0 ? 28 : 70));
      DustEvent e;
      e.start = (d - options_.period.first) * 24.0 + s.rng.Uniform(0, 12);
      e.hours = s.rng.Uniform(14, 30);
      e.centre = {s.rng.Uniform(39.0, 41.0), s.rng.Uniform(110.5, 113.5)};
      e.peak_pm10 = s.rng.Uniform(500, 1400);
      s.dust.push_back(e);
    }
  }
  std::map<std::string, std::pair<Point, int>> sums;
  for (size_t i = 0; i < stations_.size(); ++i) {
    const DemoStation& st = stations_[i];
    const Point p{st.lat, st.lon};
    s.station_rng.emplace_back(options_.seed * 1000003 + i * 7919 + 17);
    s.noise.push_back(0);
    s.outage.push_back(0);
    s.base.push_back(20 + 36 * Bump(p, {37.2, 114.6}, 1.8) + 32 * Bump(p, {35.2, 110.6}, 1.5) +
                     14 * Bump(p, {39.4, 117.8}, 1.0) + 10 * Bump(p, {36.7, 117.6}, 1.2));
    auto& [sum, n] = sums[st.city_code];
    sum.lat += st.lat;
    sum.lon += st.lon;
    ++n;
  }
  for (const auto& [city, acc] : sums) {
    s.city_centres[city] = {acc.first.lat / acc.second, acc.first.lon / acc.second};
  }
}

SyntheticSeason::~SyntheticSeason() = default;

bool SyntheticSeason::Next(SeasonDay& day) {
  State& s = *state_;
  if (s.next > options_.period.last) return false;
  const core::Date date = s.next;
  s.next = s.next + 1;
  day.date = date;
  day.stations.assign(stations_.size(), aq::SiteDay{});
  day.dust_cities.clear();

  const double doy = DayOfYear(date);
  const double winter = WinterFactor(doy);
  const double summer = (1 - std::cos(2 * kPi * (doy - 15) / 365.0)) / 2;  // 0 in Jan, 1 in Jul
  const double years = (date - core::Date::FromYmd(2019, 1, 1)) / 365.25;
  const double trend = std::max(0.6, 1.0 - 0.09 * years);
  const double spring = (date.month() >= 3 && date.month() <= 5) ? 1.0 : 0.0;
  const double day_start = (date - options_.period.first) * 24.0;

  auto dust_pm10 = [&](Point p, double t) {
    double v = 0;
    for (const DustEvent& e : s.dust) {
      if (t < e.start || t > e.start + e.hours + 24) continue;
      const double age = t - e.start;
      const Point c{e.centre.lat - 0.05 * age, e.centre.lon + 0.07 * age};
      const double shape = age < e.hours ? std::sin(kPi * age / e.hours) : 0.0;
      v += e.peak_pm10 * shape * Bump(p, c, 3.0);
    }
    return v;
  };

  for (const auto& [city, centre] : s.city_centres) {
    double sum = 0;
    for (int h = 0; h < 24; ++h) sum += dust_pm10(centre, day_start + h);
    if (sum / 24 > 100) day.dust_cities.push_back(city);
  }

  // Episodes that touch this day (each lasts at most build + 60 hours).
  std::vector<const Episode*> active;
  for (const Episode& e : s.episodes) {
    if (e.start <= day_start + 24 && e.start + e.build_hours + 60 >= day_start)
      active.push_back(&e);
  }

  for (size_t i = 0; i < stations_.size(); ++i) {
    const DemoStation& st = stations_[i];
    const Point p{st.lat, st.lon};
    Random& r = s.station_rng[i];
    aq::SiteDay& out = day.stations[i];
    out.date = date;
    for (int h = 0; h < 24; ++h) {
      const double t = day_start + h;
      double episode = 0;
      for (const Episode* ep : active) {
        const Episode& e = *ep;
        if (t < e.start || t > e.start + e.build_hours + 60) continue;
        const double age = t - e.start;
        const double built = std::min(1.0, age / e.build_hours);
        const Point c{e.centre.lat + e.drift_lat * std::min(age, e.build_hours),
                      e.centre.lon + e.drift_lon * std::min(age, e.build_hours)};
        // The front reaches north-western sites first, 0.35 degrees per hour.
        const double front = e.start + e.build_hours + (AlongFront(p) - AlongFront(c)) / 0.35;
        const double cleared = t > front ? std::exp(-(t - front) / 3.0) : 1.0;
        episode += e.peak * std::pow(built, 1.3) * cleared * Bump(p, c, e.radius);
      }
      s.noise[i] = 0.92 * s.noise[i] + 0.08 * r.Normal();
      const double diurnal = 1 + 0.18 * std::cos(2 * kPi * (h - 23) / 24.0);
      const double dust = dust_pm10(p, t);
      const double pm25 = std::max(
          3.0, (s.base[i] * winter * trend + episode * trend) * diurnal * std::exp(s.noise[i]) +
                   0.18 * dust);
      const double pm10 = pm25 * (1.45 + 0.1 * r.Normal()) + 12 + 15 * spring + dust;
      const double so2 =
          std::max(2.0, (4 + 0.1 * pm25) * (0.6 + 0.5 * winter) * trend + 2 * r.Normal());
      const double rush =
          std::exp(-std::pow(h - 8, 2) / 4.0) + std::exp(-std::pow(h - 19, 2) / 5.0);
      const double no2 =
          std::max(3.0, 14 + 2.2 * std::pow(pm25, 0.75) + 14 * rush + 4 * r.Normal());
      const double co = std::max(0.1, 0.3 + 0.012 * pm25 + 0.05 * r.Normal());
      const double sun = h >= 8 && h <= 19 ? std::sin(kPi * (h - 8) / 11.0) : 0.0;
      const double o3 = std::max(
          2.0, 10 + 40 * summer + (20 + 150 * summer) * sun - 0.1 * episode + 6 * r.Normal());

      if (s.outage[i] > 0) {
        --s.outage[i];
        continue;
      }
      if (r.Chance(0.0015)) {
        s.outage[i] = static_cast<int>(r.Uniform(3, 36));
        continue;
      }
      const double values[aq::kPollutantCount] = {so2, no2, co, o3, pm10, pm25};
      for (aq::Pollutant pol : aq::kPollutants) {
        if (r.Chance(0.02)) continue;
        const double v = values[aq::Index(pol)];
        const int digits = aq::ReportDigits(pol);
        const auto scaled = static_cast<int64_t>(std::nearbyint(v * (digits ? 10.0 : 1.0)));
        out.Measured(pol).Set(h, core::Decimal::FromScaled(scaled, digits));
      }
    }
  }
  return true;
}

}  // namespace lantian::demo
