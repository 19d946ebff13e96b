#include "server/server.hpp"

namespace lantian::server {

core::Status Serve(const ServerOptions&) { return core::Unavailable("not yet"); }

}  // namespace lantian::server
