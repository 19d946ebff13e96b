// An emergency list as JSON: how a version is kept in the store (whole, so
// that any two versions can be compared) and shown by the API.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.hpp"
#include "emergency/list.hpp"

namespace lantian::app {

// One measure as the list keeps it (credit_code, line, level, measure, permille…).
nlohmann::json MeasureToJson(const emergency::Measure& m);
nlohmann::json ListToJson(const emergency::EmergencyList& list);
core::Result<emergency::EmergencyList> ListFromJson(const nlohmann::json& j);

}  // namespace lantian::app
