// The API routes of the 散乱污 register (issue 8 §3): the register, one
// workshop with its history, registering a find, each step of its handling,
// the counts per district with dynamic zero, the grid company's power
// accounts and readings, the candidates from them, and the workbook.
// Handlers translate HTTP to app/workshop_register.hpp, which checks access.
#pragma once

#include <vector>

#include "server/routes.hpp"

namespace lantian::server {

void AddWorkshopRoutes(std::vector<Route>& routes);

}  // namespace lantian::server
