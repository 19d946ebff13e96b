// The API routes of the enforcement ledger (issue 7 §4): open the tasks the
// verification of a city's alerts calls for, list them, close one. Handlers
// translate HTTP to app/enforcement_tasks.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddEnforcementRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
