// The API routes of the key-task ledger (issue 8 §1): the board, one task's
// ledger, its workbook, and the changes — breakdown, progress report,
// closure (销号), reopening. Handlers translate HTTP to app/task_ledger*.hpp,
// which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddTaskRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
