// Writes the synthetic demo season (demo/synthetic_season.hpp) for every
// registry station, with its dust days, monthly dust fall, and forecasts and
// alerts made from it (app/demo_alerts.hpp), emergency lists and inventories
// of every city (app/demo_lists.hpp), into a store,
// marked synthetic in its source, in one
// transaction. Refuses a store that already holds imported data, so that
// synthetic values never mix with measured ones.
#pragma once

#include <cstdint>
#include <string>

#include "app/actor.hpp"
#include "core/progress.hpp"
#include "demo/synthetic_season.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct DemoSummary {
  int64_t stations = 0;
  int64_t days = 0;
  int64_t values = 0;
  int64_t dust_days = 0;        // city-days flagged as sand and dust
  int64_t dustfall_months = 0;  // city-months of synthetic dust fall
  int64_t forecast_runs = 0;    // synthetic daily forecast runs (app/demo_alerts.hpp)
  int64_t alert_steps = 0;
  int64_t prompts = 0;
  int64_t lists = 0;  // cities with a synthetic emergency list (app/demo_lists.hpp)
  int64_t list_enterprises = 0;
  int64_t devices = 0;             // demo online-monitoring devices (app/demo_monitoring.hpp)
  int64_t monitoring_packets = 0;  // their hourly uploads
  int64_t meters = 0;              // demo electricity meters (app/demo_electricity.hpp)
  int64_t meter_readings = 0;      // their 15-minute readings
  int64_t task_units = 0;          // key-task units given demo shares (app/demo_ledgers.hpp)
  int64_t task_reports = 0;        // their progress reports
  int64_t task_closures = 0;
  int64_t problems = 0;     // supervision problems (app/demo_problems.hpp)
  int64_t fire_points = 0;  // satellite fire points (app/demo_fires.hpp)
  int64_t workshops = 0;    // the 散乱污 register (app/demo_workshops.hpp)
  int64_t power_accounts = 0;
  int64_t network_stations = 0;  // VOCs, traffic, dust-fall stations (app/demo_network.hpp)
};

core::Result<DemoSummary> WriteDemoData(storage::Store& store, const demo::SeasonOptions& options,
                                        const Actor& actor, const std::string& now,
                                        core::Progress& progress);

}  // namespace lantian::app
