// Reading stored emergency lists, shared by the list desk, the alert link and
// the enterprise's own sheet: the city a list belongs to, a version of it, its
// content, the version in force at a moment, and the read right.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "auth/principal.hpp"
#include "campaign/unit.hpp"
#include "core/civil_time.hpp"
#include "emergency/list.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// Every plan unit by its code.
core::Result<std::map<std::string, campaign::Unit>> UnitsByCode(storage::Store& store);

// The plan unit named by a code or name; NotFound otherwise.
core::Result<campaign::Unit> ListCityUnit(storage::Store& store, const std::string& city);

// The version `number` (0: the latest) of a city's list.
core::Result<storage::ListVersion> ListVersionOf(storage::Store& store,
                                                 const std::string& city_code, int number);

core::Result<emergency::EmergencyList> ListContent(const storage::ListVersion& v);

core::Status CanReadListOf(const auth::Principal& p, const campaign::Unit& u);

// The list a city works by at `t`: the newest version approved (or reported) at
// or before `t`; failing that, the newest version created by then, marked not
// approved (a city acts on its draft rather than on nothing). nullopt when no
// version existed yet.
struct ListInForce {
  storage::ListVersion version;  // with its content
  bool approved = false;
  std::string approved_at;  // when approved or reported ("" when not)
};
core::Result<std::optional<ListInForce>> ListInForceAt(storage::Store& store,
                                                       const std::string& city_code,
                                                       core::Instant t);

}  // namespace lantian::app
