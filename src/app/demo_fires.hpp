// The straw-burning part of the synthetic demo (issue 8 §4, §6): boundaries
// drawn for the demo — around each plan city's centre four districts
// (quadrants of a 0.4° square, codes <city>61–64, which no plan unit uses)
// of four townships each (<district>001–004), every township with a grid
// person — and satellite fire
// points from late September to early November 2020 in the farmland around
// a dozen cities, most in the evening and the first half of the night, some
// outside every boundary (assigned to the nearest city), with the grids'
// responses (most confirmed and handled within hours, some false alarms,
// some still awaiting). The boundaries are not real ones. Marked SYNTHETIC.
#pragma once

#include <cstdint>
#include <vector>

#include "campaign/unit.hpp"
#include "ledger/area.hpp"
#include "storage/store.hpp"

namespace lantian::app {

std::vector<ledger::Area> DemoBoundaries(const std::vector<campaign::Unit>& units);

struct DemoFireSummary {
  int64_t areas = 0;
  int64_t points = 0;
};
// Call inside the demo data's transaction.
core::Result<DemoFireSummary> WriteDemoFires(storage::Store& store, uint64_t seed,
                                             const std::string& now);

}  // namespace lantian::app
