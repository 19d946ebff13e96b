// The campaign's routes (issue 4): assessment, rankings, warning letters, the
// monthly bulletin (JSON and XLSX), city targets, dust days, dust fall and
// falsification findings. Reads are cut to the reader's area by
// app/campaign_reads.hpp; writes are checked and audited by the app layer.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddCampaignRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
