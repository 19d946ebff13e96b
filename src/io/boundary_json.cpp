#include "io/boundary_json.hpp"

#include <nlohmann/json.hpp>

namespace lantian::io {
namespace {

core::Result<ledger::Ring> RingOf(const nlohmann::json& j, const std::string& where) {
  if (!j.is_array() || j.size() < 3) {
    return core::InvalidInput(where + ": a ring is a list of at least 3 [lon, lat] points");
  }
  ledger::Ring r;
  for (const auto& p : j) {
    if (!p.is_array() || p.size() < 2 || !p[0].is_number() || !p[1].is_number()) {
      return core::InvalidInput(where + ": a point is [lon, lat]");
    }
    const double lon = p[0].get<double>(), lat = p[1].get<double>();
    if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
      return core::InvalidInput(where + ": a point outside [-180, 180] × [-90, 90]");
    }
    r.emplace_back(lon, lat);
  }
  return r;
}

core::Result<ledger::Polygon> PolygonOf(const nlohmann::json& j, const std::string& where) {
  if (!j.is_array() || j.empty())
    return core::InvalidInput(where + ": a polygon is a list of rings");
  ledger::Polygon p;
  for (size_t i = 0; i < j.size(); ++i) {
    LANTIAN_ASSIGN_OR_RETURN(auto r, RingOf(j[i], where + " ring " + std::to_string(i)));
    p.push_back(std::move(r));
  }
  return p;
}

core::Result<std::vector<ledger::Polygon>> PolygonsOf(const nlohmann::json& geometry,
                                                      const std::string& where) {
  if (!geometry.is_object() || !geometry.contains("type") || !geometry.contains("coordinates")) {
    return core::InvalidInput(where + ": geometry needs type and coordinates");
  }
  const std::string type = geometry["type"].is_string() ? geometry["type"].get<std::string>() : "";
  std::vector<ledger::Polygon> out;
  if (type == "Polygon") {
    LANTIAN_ASSIGN_OR_RETURN(auto p, PolygonOf(geometry["coordinates"], where));
    out.push_back(std::move(p));
  } else if (type == "MultiPolygon" && geometry["coordinates"].is_array()) {
    for (size_t i = 0; i < geometry["coordinates"].size(); ++i) {
      LANTIAN_ASSIGN_OR_RETURN(
          auto p, PolygonOf(geometry["coordinates"][i], where + " polygon " + std::to_string(i)));
      out.push_back(std::move(p));
    }
  } else {
    return core::InvalidInput(where + ": geometry type is Polygon or MultiPolygon, not '" + type +
                              "'");
  }
  return out;
}

}  // namespace

core::Result<std::vector<ledger::Area>> ReadBoundaries(const std::string& text,
                                                       const std::string& file_name) {
  auto doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || doc.value("type", "") != "FeatureCollection" ||
      !doc.contains("features") || !doc["features"].is_array()) {
    return core::InvalidInput(file_name + ": not a GeoJSON FeatureCollection");
  }
  std::vector<ledger::Area> out;
  for (size_t i = 0; i < doc["features"].size(); ++i) {
    const auto& f = doc["features"][i];
    const std::string where = file_name + ": feature " + std::to_string(i);
    if (!f.is_object() || !f.contains("properties") || !f["properties"].is_object()) {
      return core::InvalidInput(where + ": no properties");
    }
    const auto& p = f["properties"];
    const auto text_of = [&](const char* name) -> std::string {
      return p.contains(name) && p[name].is_string() ? p[name].get<std::string>() : "";
    };
    ledger::Area a;
    a.code = text_of("code");
    a.name = text_of("name");
    a.level = text_of("level");
    a.parent = text_of("parent");
    a.city_code = text_of("city");
    a.responsible = text_of("responsible");
    for (const auto& [field, value] :
         {std::pair{"code", a.code}, std::pair{"name", a.name}, std::pair{"parent", a.parent},
          std::pair{"city", a.city_code}}) {
      if (value.empty())
        return core::InvalidInput(where + ": property " + field + " is missing", field);
    }
    if (a.level != "district" && a.level != "township") {
      return core::InvalidInput(where + ": level is district or township, not '" + a.level + "'",
                                "level");
    }
    if (!f.contains("geometry")) return core::InvalidInput(where + ": no geometry");
    LANTIAN_ASSIGN_OR_RETURN(a.polygons, PolygonsOf(f["geometry"], where));
    out.push_back(std::move(a));
  }
  return out;
}

std::string GeometryJson(const ledger::Area& a) {
  nlohmann::json polygons = nlohmann::json::array();
  for (const auto& polygon : a.polygons) {
    nlohmann::json rings = nlohmann::json::array();
    for (const auto& ring : polygon) {
      nlohmann::json points = nlohmann::json::array();
      for (const auto& [lon, lat] : ring) points.push_back({lon, lat});
      rings.push_back(points);
    }
    polygons.push_back(rings);
  }
  return nlohmann::json{{"type", "MultiPolygon"}, {"coordinates", polygons}}.dump();
}

std::string BoundariesJson(const std::vector<ledger::Area>& areas) {
  nlohmann::json features = nlohmann::json::array();
  for (const auto& a : areas) {
    nlohmann::json props{{"code", a.code},
                         {"name", a.name},
                         {"level", a.level},
                         {"parent", a.parent},
                         {"city", a.city_code}};
    if (!a.responsible.empty()) props["responsible"] = a.responsible;
    features.push_back({{"type", "Feature"},
                        {"properties", props},
                        {"geometry", nlohmann::json::parse(GeometryJson(a))}});
  }
  return nlohmann::json{{"type", "FeatureCollection"}, {"features", features}}.dump(1);
}

core::Result<std::vector<ledger::Polygon>> ParseGeometry(const std::string& json) {
  auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded()) return core::Internal("corrupt stored geometry");
  return PolygonsOf(doc, "stored geometry");
}

}  // namespace lantian::io
