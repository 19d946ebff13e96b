#include "verify/station_tampering.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lantian::verify {
namespace {

double Median(std::vector<double> v) {
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
  if (v.size() % 2) return v[mid];
  const double upper = v[mid];
  const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
  return (lower + upper) / 2;
}

struct Day {
  core::Date date;
  double value, neighbours;
  int n;
};

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double a =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

std::vector<StationFinding> DetectLowStations(const std::vector<StationDays>& stations,
                                              const StationTamperingOptions& o) {
  std::vector<StationFinding> out;
  for (size_t i = 0; i < stations.size(); ++i) {
    const StationDays& s = stations[i];
    std::vector<const StationDays*> near;
    for (size_t j = 0; j < stations.size(); ++j) {
      if (j != i && DistanceKm(s.lat, s.lon, stations[j].lat, stations[j].lon) <= o.radius_km) {
        near.push_back(&stations[j]);
      }
    }
    if (static_cast<int>(near.size()) < o.min_neighbours) continue;
    std::vector<Day> days;
    for (const auto& [date, value] : s.pm25) {
      std::vector<double> others;
      for (const StationDays* n : near) {
        auto it = n->pm25.find(date);
        if (it != n->pm25.end()) others.push_back(it->second);
      }
      if (static_cast<int>(others.size()) < o.min_neighbours) continue;
      const double median = Median(others);
      if (median > 0) days.push_back({date, value, median, static_cast<int>(others.size())});
    }
    if (static_cast<int>(days.size()) < o.min_history) continue;
    std::vector<double> ratios;
    for (const auto& d : days) ratios.push_back(d.value / d.neighbours);
    const double usual = Median(ratios);
    auto suspicious = [&](const Day& d) {
      return d.neighbours >= o.polluted && d.value / d.neighbours < o.fraction * usual;
    };
    for (size_t k = 0; k < days.size();) {
      if (!suspicious(days[k])) {
        ++k;
        continue;
      }
      size_t end = k + 1;  // consecutive calendar days
      while (end < days.size() && suspicious(days[end]) &&
             days[end].date.days == days[end - 1].date.days + 1) {
        ++end;
      }
      const int n = static_cast<int>(end - k);
      if (n >= o.min_days) {
        double value = 0, neighbours = 0;
        int fewest = days[k].n;
        for (size_t x = k; x < end; ++x) {
          value += days[x].value;
          neighbours += days[x].neighbours;
          fewest = std::min(fewest, days[x].n);
        }
        char buf[200];
        std::snprintf(buf, sizeof buf,
                      "%d polluted days at %.0f µg/m³ against its neighbours' median %.0f "
                      "(ratio %.2f, usually %.2f; at least %d stations within %.0f km)",
                      n, value / n, neighbours / n, value / neighbours, usual, fewest, o.radius_km);
        out.push_back({s.code, days[k].date, days[end - 1].date, buf});
      }
      k = end;
    }
  }
  return out;
}

}  // namespace lantian::verify
