#include "ledger/area.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lantian::ledger {
namespace {

bool InRing(const Ring& r, double x, double y) {
  bool inside = false;
  const size_t n = r.size();
  for (size_t i = 0, j = n - 1; i < n; j = i++) {
    const auto [xi, yi] = r[i];
    const auto [xj, yj] = r[j];
    if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

}  // namespace

bool Contains(const Area& a, double lon, double lat) {
  for (const auto& polygon : a.polygons) {
    if (polygon.empty() || !InRing(polygon[0], lon, lat)) continue;
    bool in_hole = false;
    for (size_t h = 1; h < polygon.size() && !in_hole; ++h) in_hole = InRing(polygon[h], lon, lat);
    if (!in_hole) return true;
  }
  return false;
}

Box BoundsOf(const Area& a) {
  constexpr double inf = std::numeric_limits<double>::infinity();
  Box b{inf, inf, -inf, -inf};
  for (const auto& polygon : a.polygons) {
    if (polygon.empty()) continue;
    for (const auto& [x, y] : polygon[0]) {
      b.min_lon = std::min(b.min_lon, x);
      b.max_lon = std::max(b.max_lon, x);
      b.min_lat = std::min(b.min_lat, y);
      b.max_lat = std::max(b.max_lat, y);
    }
  }
  return b;
}

double DistanceKm(double lon1, double lat1, double lon2, double lat2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h =
      std::sin(dlat / 2) * std::sin(dlat / 2) +
      std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace lantian::ledger
