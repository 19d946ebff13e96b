// The electricity part of the synthetic demo season (issue 7 §6): for the
// enterprises that have demo monitoring devices (app/demo_monitoring.hpp),
// each listed line whose measure names an electricity meter gets that
// production meter and a treatment meter (its id + "-T", "脱硫除尘"), with
// 15-minute readings from 17 November to 31 December 2020
// (demo/synthetic_electricity.hpp): cut during the city's alerts by the share
// the measure in force at each stretch's level takes away — or not, for
// about one enterprise in four that cheats (no cut, or the facility off at
// night; an enterprise whose device fakes a drop at the alerts runs on).
// Marked SYNTHETIC. Call inside the demo data's transaction, after
// the monitoring part.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/synthetic_electricity.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct DemoElectricitySummary {
  int64_t meters = 0;
  int64_t readings = 0;
  int64_t cheats = 0;  // enterprises whose electricity shows a cheat
};

// The electricity cheat of a demo enterprise: demo::PowerCheatOf, except that
// an enterprise whose device fakes a drop at the alerts (demo::CheatOf of any
// of `mns`) ran on through them (no cut) — the story that cheat tells.
demo::PowerCheat DemoPowerCheat(uint64_t seed, const std::string& enterprise,
                                const std::vector<std::string>& mns);

core::Result<DemoElectricitySummary> WriteDemoElectricity(storage::Store& store, uint64_t seed);

}  // namespace lantian::app
