// The API routes of emergency lists (issue 6): versions, upload, review steps,
// the check, the optimizer, diffs and inventories. Handlers only translate
// HTTP to the app layer (app/list_desk.hpp), which checks access and audits.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddListRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
