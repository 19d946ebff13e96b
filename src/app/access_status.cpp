#include "app/access_status.hpp"

#include <string>

namespace lantian::app {

core::Status AccessStatus(auth::Access access, std::string_view what, std::string_view forbidden) {
  switch (access) {
    case auth::Access::kAllowed:
      return core::Status::Ok();
    case auth::Access::kNotLoggedIn:
      return core::Status(core::ErrorCode::kUnauthorized,
                          what.empty() ? "log in first" : "log in to see " + std::string(what));
    case auth::Access::kRoleForbidden:
      return core::Status(core::ErrorCode::kForbidden, std::string(forbidden));
    case auth::Access::kOutOfScope:
      break;
  }
  return core::NotFound("no " + std::string(what));
}

}  // namespace lantian::app
