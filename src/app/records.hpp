// JSON records of stored objects, shared by the audit trail and the API so that
// both show an object the same way.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>

#include "aq/station.hpp"
#include "campaign/city_target.hpp"
#include "campaign/dustfall.hpp"
#include "campaign/tier_rule.hpp"
#include "core/decimal.hpp"
#include "storage/store.hpp"

namespace lantian::app {

nlohmann::json StationRecord(const aq::Station& s);
nlohmann::json TargetRecord(const campaign::CityTarget& t);
nlohmann::json TierRecord(const campaign::Tier& t);
nlohmann::json StricterRecord(const campaign::StricterTarget& s);
nlohmann::json DustfallRecord(const campaign::DustfallReading& d);
nlohmann::json FindingRecord(const storage::FalsificationFinding& f);
// A decimal as a JSON number (integers exactly; reported values have few
// decimals, which a double prints exactly), null when absent.
nlohmann::json DecimalJson(const std::optional<core::Decimal>& v);

}  // namespace lantian::app
