// The API routes of the supervision problems (issue 8 §2): the board, one
// problem with its history, finding, each step of the rectification, the
// links from enforcement tasks and station findings, the counts per city,
// the positive list and the workbook. Handlers translate HTTP to
// app/supervision_problems.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddProblemRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
