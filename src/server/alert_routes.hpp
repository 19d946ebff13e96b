// The API routes of heavy-pollution alerts (issue 5): forecast runs, the alert
// desk (statuses, steps, history), regional prompts, production-plan notices and
// forecast verification. Handlers only translate HTTP to the app layer.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddAlertRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
