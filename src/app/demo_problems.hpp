// The supervision part of the synthetic demo season (issue 8 §6): problems
// found by the provincial inspections in a dozen cities from October to
// December 2020 — dust at building sites, loose coal, works with fugitive
// emissions, diesel trucks — at every stage of their rectification (most
// closed after a check on site, some checks failed once, some overdue), and
// a few found again at a closed problem's site in January 2021 (rebounds).
// Marked SYNTHETIC. Call inside the demo data's transaction.
#pragma once

#include <cstdint>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoProblemSummary {
  int64_t problems = 0;
  int64_t rebounds = 0;
};

core::Result<DemoProblemSummary> WriteDemoProblems(storage::Store& store, uint64_t seed);

}  // namespace lantian::app
