// An administrative area drawn on the map: a district or a township (乡镇)
// with its boundary, for assigning satellite fire points (issue 8 §4).
// Coordinates are WGS-84 degrees (lon, lat); a polygon is an outer ring and
// holes, an area one or more polygons (GeoJSON Polygon / MultiPolygon).
// Pure value types and geometry.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace lantian::ledger {

using Ring = std::vector<std::pair<double, double>>;  // (lon, lat), closed or not
using Polygon = std::vector<Ring>;                    // outer ring, then holes

struct Area {
  std::string code;  // GB/T 2260 for districts; 9 digits for townships
  std::string name;
  std::string level;        // district, township
  std::string parent;       // the district of a township, the city of a district
  std::string city_code;    // the plan unit it lies in
  std::string responsible;  // the grid's responsible person (网格员), when known
  std::vector<Polygon> polygons;
};

// Even–odd rule: inside the outer ring and outside every hole of one of the
// polygons. A point on an edge may fall either way (a fire point is never
// exactly on a boundary at the precision satellites give).
bool Contains(const Area& a, double lon, double lat);

// The area's bounding box, for a cheap test before Contains.
struct Box {
  double min_lon, min_lat, max_lon, max_lat;
  bool Holds(double lon, double lat) const {
    return lon >= min_lon && lon <= max_lon && lat >= min_lat && lat <= max_lat;
  }
};
Box BoundsOf(const Area& a);

// Great-circle distance in km (haversine, mean Earth radius 6371 km).
double DistanceKm(double lon1, double lat1, double lon2, double lat2);

}  // namespace lantian::ledger
