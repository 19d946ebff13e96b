// The Status of an access decision (auth/access.hpp), one mapping for every
// caller: not logged in → Unauthorized, a role that may never → Forbidden with
// `forbidden`, an object outside the area → NotFound ("no " + what), exactly as
// for an id that does not exist.
#pragma once

#include <string_view>

#include "auth/access.hpp"
#include "core/status.hpp"

namespace lantian::app {

core::Status AccessStatus(auth::Access access, std::string_view what, std::string_view forbidden);

}  // namespace lantian::app
