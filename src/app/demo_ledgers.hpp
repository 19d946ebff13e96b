// The key-task part of the synthetic demo season (issue 8 §6): ledgers with
// realistic progress over the 2020–2021 season — 河北省's loose-coal share
// broken down to its cities (one falls short and stays open), the provinces'
// steel retrofits reported monthly (陕西 slow, 天津 late), every city's small
// coal boilers counted down (about one in five too slowly; 石家庄 broken down
// to four districts), the regional diesel-truck total, every city's monthly
// dust fall, its VOCs station; most closed by the office above with
// evidence, some reports late. Marked SYNTHETIC in every note. Call inside
// the demo data's transaction, after init seeded the ledgers.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoLedgerSummary {
  int64_t units = 0;    // units given a share by the demo breakdowns
  int64_t reports = 0;  // progress reports filed
  int64_t closures = 0;
};

core::Result<DemoLedgerSummary> WriteDemoLedgers(storage::Store& store, uint64_t seed);

}  // namespace lantian::app
