#include "app/actor.hpp"

#include <unistd.h>

#include <cstdlib>

namespace lantian::app {

Actor Actor::Cli(std::string command_line) {
  const char* user = std::getenv("USER");
  std::string name = "cli:" + std::string(user && *user ? user : std::to_string(geteuid()));
  return Actor{auth::Principal::Operator(name), name, std::move(command_line), ""};
}

Actor Actor::Of(const auth::Principal& principal, std::string action, std::string address) {
  return Actor{principal, principal.Describe(), std::move(action), std::move(address)};
}

}  // namespace lantian::app
