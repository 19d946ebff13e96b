// The 散乱污 part of the synthetic demo (issue 8 §3, §6): in about a third of
// the plan cities a handful of workshops found from October to December 2020
// in the demo districts (<city>61–64, app/demo_fires.hpp) by inspections,
// grid reports, electricity data, satellite and drones — most closed down or
// white-listed, some still being handled and a few overdue — and in January
// 2021 a closed-down one found running again (a rebound). In 石家庄, 邯郸 and
// 西安 the grid company's dedicated-transformer accounts with two weeks of
// 15-minute readings: workshops' one-shift and round-the-clock loads at
// unregistered addresses (the leads), one at a listed enterprise, one at an
// open registered workshop, one at a closed-down workshop's place, and
// households and shops. Marked SYNTHETIC. Call inside the demo data's
// transaction.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoWorkshopSummary {
  int64_t workshops = 0;
  int64_t rebounds = 0;
  int64_t accounts = 0;
  int64_t readings = 0;
};

core::Result<DemoWorkshopSummary> WriteDemoWorkshops(storage::Store& store, uint64_t seed,
                                                     const std::string& now);

}  // namespace lantian::app
