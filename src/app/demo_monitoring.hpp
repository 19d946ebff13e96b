// The online-monitoring part of the synthetic demo season (issue 7 §6): for
// each plan city, the online outlets of the first two enterprises with one in
// its demo list (demo/synthetic_list.hpp) registered as devices (password
// 123456), their outlets' limits (steel works ultra-low, reference O2 16 %;
// cement 10 %; glass 8 %; others 9 %) and December 2020's hourly data
// (demo/synthetic_monitoring.hpp), cut during the city's demo alerts — and
// about one outlet in four cheating. Stored as a receiver would (frames and
// rows), marked SYNTHETIC. Call inside the demo data's transaction, after the
// alerts and lists.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoMonitoringSummary {
  int64_t devices = 0;
  int64_t packets = 0;
  int64_t cheats = 0;  // devices whose data cheat
};

core::Result<DemoMonitoringSummary> WriteDemoMonitoring(storage::Store& store, uint64_t seed);

}  // namespace lantian::app
