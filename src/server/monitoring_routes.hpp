// The API routes of source monitoring (issue 7 §2): the device registry with
// each device's status, a device's values, the receiver's rejections. Handlers
// translate HTTP to app/monitoring_devices.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddMonitoringRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
