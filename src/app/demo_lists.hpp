// The emergency-list part of the synthetic demo season: a list and an
// inventory for every plan city (demo/synthetic_list.hpp), taken through a
// review in the autumn of 2020 so that the alerts of the season have a list in
// force: most drawn up 2020-10-10, submitted 10-15, approved 10-25 and reported
// 10-30 by the province; one city in ten returned on 10-22 (lines without a red
// measure) and approved as version 2 on 11-12, with those lines stopped at
// red; one in ten still waiting for review. Every record is marked SYNTHETIC.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoListSummary {
  int64_t lists = 0;  // cities with a list
  int64_t versions = 0;
  int64_t enterprises = 0;
  int64_t lines = 0;
};

// Call inside the demo data's transaction.
core::Result<DemoListSummary> WriteDemoLists(storage::Store& store, uint64_t seed,
                                             const std::string& now);

}  // namespace lantian::app
