// The API routes of the station-tampering check (issue 7 §5): scan the
// stations' daily PM2.5 against their neighbours, the review queue, confirm
// or dismiss. Handlers translate HTTP to app/station_findings.hpp, which
// checks access (national and regional offices only).
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddStationCheckRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
