// The API routes of the monitoring-network checks (issue 8 §5): the stations
// of the supplementary networks and the outlets' stack heights as uploads,
// and the four checks with their gaps. Handlers translate HTTP to
// app/monitoring_network.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddNetworkRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
