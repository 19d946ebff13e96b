// The API routes of the straw-burning watch (issue 8 §4): boundaries, fire
// points (upload, list, the grid's response) and their statistics. Handlers
// translate HTTP to app/straw_burning.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddFireRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
