// JSON encodings of the API's answers and of errors
// ({"error":{"code","message","field"}}, core/error_code.cpp gives the status).
#pragma once

#include <nlohmann/json.hpp>

#include "app/air_quality.hpp"
#include "app/import.hpp"
#include "app/records.hpp"
#include "audit/chain.hpp"
#include "core/status.hpp"

namespace lantian::server {

using app::DecimalJson;

nlohmann::json ErrorJson(const core::Status& status);
nlohmann::json UnitJson(const campaign::Unit& u);
nlohmann::json StationJson(const aq::Station& s);
nlohmann::json AqiJson(const std::optional<aq::AqiResult>& aqi);
nlohmann::json HourValuesJson(const aq::HourValues& v);
nlohmann::json OverviewJson(const app::Overview& overview, bool detailed);
nlohmann::json SeriesJson(const app::Series& series);
nlohmann::json ImportJson(const app::ImportResult& result);
nlohmann::json AuditEntryJson(const audit::Entry& e);

}  // namespace lantian::server
