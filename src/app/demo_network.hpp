// The monitoring network of the synthetic demo (issue 8 §5, §6): for every
// plan city a VOCs automatic station (a few cities without one, a few not yet
// connected), traffic stations at freight corridors built from October 2020
// to January 2021 (some late), port stations in three of the four port
// cities, county-town dust-fall sites in most Fenwei cities, and stack
// heights for the outlets of the demo's monitoring devices plus a few high
// stacks with no device. Marked SYNTHETIC. Call inside the demo data's
// transaction, after the lists and devices.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoNetworkSummary {
  int64_t stations = 0;
  int64_t outlets = 0;
};

core::Result<DemoNetworkSummary> WriteDemoNetwork(storage::Store& store, uint64_t seed,
                                                  const std::string& now);

}  // namespace lantian::app
