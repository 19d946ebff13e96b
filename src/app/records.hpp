// JSON records of stored objects, shared by the audit trail and the API so that
// both show an object the same way.
#pragma once

#include <nlohmann/json.hpp>

#include "aq/station.hpp"

namespace lantian::app {

nlohmann::json StationRecord(const aq::Station& s);

}  // namespace lantian::app
