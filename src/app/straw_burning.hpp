// The straw-burning watch (issue 8 §4; plan （九）): district and township
// boundaries, satellite fire points assigned to the city, district and
// township holding them (point in polygon; when no boundary holds a point,
// the nearest plan city centre within 100 km, else outside the plan's
// area), dispatched to the grid's responsible person, the grid's response
// (confirmed burning, false alarm, handled) and its time, and the statistics
// per unit and per period of the day (ledger/fire_point.hpp).
//
// Who: loading boundaries and fire points — whoever may import, for the
// cities of their area (points of other cities in a file are left to those
// cities' bureaus and counted); responding — the officials of the point's
// city (a district its own district's points); reading — officials within
// their area (a district its own district's).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "io/file_report.hpp"
#include "ledger/area.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Loads a GeoJSON file of boundaries, replacing those of the cities it
// covers; the number of areas.
core::Result<int64_t> LoadBoundaries(storage::Store& store, const Actor& actor,
                                     const TableFile& file, core::Instant now);

// The stored boundaries, parsed.
core::Result<std::vector<ledger::Area>> StoredAreas(storage::Store& store);
// The boundaries of `city`, for an official who may read the city (NotFound
// outside the area, as for its points).
core::Result<std::vector<ledger::Area>> CityAreas(storage::Store& store, const auth::Principal& p,
                                                  const std::string& city);
// The same as a GeoJSON FeatureCollection, for the map.
core::Result<nlohmann::json> CityBoundariesJson(storage::Store& store, const auth::Principal& p,
                                                const std::string& city);

// Where a point falls: the township (or district) holding it, else the
// nearest plan city centre within 100 km.
struct FireAssignment {
  std::string city_code, district, township, method, grid;  // method: boundary, nearest, none
};
FireAssignment AssignFirePoint(double lon, double lat, const std::vector<ledger::Area>& areas,
                               const std::vector<campaign::Unit>& units);

struct FireImport {
  int64_t rows = 0;
  int64_t added = 0;
  int64_t already = 0;      // stored before
  int64_t by_boundary = 0;  // of the added, assigned by a boundary
  int64_t nearest = 0;      // to the nearest city centre
  int64_t outside = 0;      // outside the plan's cities
  int64_t not_yours = 0;    // in cities outside the importer's area: left out
};
core::Result<FireImport> ImportFirePoints(storage::Store& store, const Actor& actor,
                                          const TableFile& file, core::Instant now,
                                          std::vector<io::FileReport>& reports);

// Records the grid's response to a dispatched point, once.
core::Result<storage::FirePoint> RespondToFire(storage::Store& store, const Actor& actor,
                                               int64_t id, const std::string& response,
                                               const std::string& note, core::Instant now);

// The points `p` may read of `city` ("" = all) observed on days from..to.
core::Result<std::vector<storage::FirePoint>> VisibleFirePoints(storage::Store& store,
                                                                const auth::Principal& p,
                                                                const std::string& city,
                                                                core::Period period);

// Statistics of the visible points of `period`: per city and district — points,
// confirmed, false alarms, handled, awaiting a response, the median minutes to
// respond; per period of the day; before rain (`rain_days`, any city) and
// before sowing (the window [sowing.first, sowing.last]).
core::Result<nlohmann::json> FireStatsJson(storage::Store& store, const auth::Principal& p,
                                           core::Period period,
                                           const std::vector<core::Date>& rain_days,
                                           core::Period sowing);

// Rain days given as "YYYY-MM-DD,YYYY-MM-DD,…" ("" = none); errors name `field`.
core::Result<std::vector<core::Date>> ParseRainDays(const std::string& list,
                                                    const std::string& field);

nlohmann::json FirePointJson(const storage::FirePoint& f);

}  // namespace lantian::app
