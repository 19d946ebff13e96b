// Who makes a change and through what: every write of the app layer takes an
// Actor and records it in the audit trail with the change, in one transaction.
#pragma once

#include <string>

#include "auth/principal.hpp"

namespace lantian::app {

struct Actor {
  auth::Principal principal;
  std::string name;     // as the audit trail shows it: "zhang (city 130100)", "cli:root"
  std::string action;   // the route or the command line
  std::string address;  // client address for the server, "" at the command line

  // The operator at the server's command line (national reach), named after the
  // system user.
  static Actor Cli(std::string command_line);
  // A principal acting through a route of the server.
  static Actor Of(const auth::Principal& principal, std::string action, std::string address);
};

}  // namespace lantian::app
