// District and township boundaries as GeoJSON (issue 8 §4): a
// FeatureCollection of Polygon or MultiPolygon features whose properties
// give code, name, level (district or township), parent (a township's
// district, a district's city) and city (the plan unit), and optionally
// responsible (the grid's person). Errors name the file, the feature's index
// and the property or coordinate.
#pragma once

#include <string>
#include <vector>

#include "core/status.hpp"
#include "ledger/area.hpp"

namespace lantian::io {

core::Result<std::vector<ledger::Area>> ReadBoundaries(const std::string& text,
                                                       const std::string& file_name);
// Areas as a GeoJSON FeatureCollection, as ReadBoundaries reads it.
std::string BoundariesJson(const std::vector<ledger::Area>& areas);
// The geometry of one area back as GeoJSON text (for storage), and read again.
std::string GeometryJson(const ledger::Area& a);
core::Result<std::vector<ledger::Polygon>> ParseGeometry(const std::string& json);

}  // namespace lantian::io
