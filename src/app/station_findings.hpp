// The station-tampering check of ambient stations (issue 7 §5): the
// detector (verify/station_tampering.hpp) over the stations' daily PM2.5 of a
// period, its findings queued for review (once per station and first day),
// confirmed or dismissed once. A confirmed finding records the city's
// falsified monitoring data for the phase of its first day (2020Q4, 2021Q1;
// campaign/verdict.hpp: the phase's assessment then fails outright).
// Scanning, reading and reviewing are for the national and regional offices
// only (auth::CanRecordFalsification): the city whose stations are suspected
// is the party that would have tampered with them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actor.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Where each station stands: its own coordinates, else its city's centre;
// background stations (对照点) and stations without either are left out.
struct StationPlace {
  std::string code;
  std::string city_code;
  double lat = 0, lon = 0;
};
core::Result<std::vector<StationPlace>> StationPlaces(storage::Store& store);

struct StationScan {
  int64_t stations = 0;  // compared
  int64_t found = 0;
  int64_t added = 0;  // new to the queue
};

// Runs the detector over `period` for the stations of the cities the actor
// may record falsified data of (their neighbours may be anywhere); audited.
core::Result<StationScan> ScanStations(storage::Store& store, const Actor& actor,
                                       core::Period period, const std::string& now);

// The findings the principal may review, with `status` ("" = any).
core::Result<std::vector<storage::StationFindingRow>> VisibleStationFindings(
    storage::Store& store, const auth::Principal& p, const std::string& status);

// Confirms or dismisses an open finding with a note; a confirmation records
// the falsification (the id of that record is returned beside it, 0 when the
// finding's first day is outside both phases).
struct StationReview {
  storage::StationFindingRow finding;
  int64_t falsification = 0;
};
core::Result<StationReview> ReviewStation(storage::Store& store, const Actor& actor, int64_t id,
                                          const std::string& decision, const std::string& note,
                                          const std::string& now);

nlohmann::json StationFindingJson(const storage::StationFindingRow& f);

}  // namespace lantian::app
