// Who is asking: a user with a role and the scope the role applies to, or the
// public. Roles (issue 3): national and regional offices see everything in their
// area, a province its cities, a city its own stations, a district its city's
// air quality, an enterprise only itself, the public only published air quality.
// Value types.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/unit.hpp"
#include "core/status.hpp"

namespace lantian::auth {

enum class Role { kNational, kRegion, kProvince, kCity, kDistrict, kEnterprise, kPublic };

std::string_view RoleName(Role r);  // "national", "region", …
std::optional<Role> ParseRole(std::string_view name);

struct Principal {
  int64_t user_id = 0;   // 0: not a stored user (the public, or the CLI operator)
  std::string username;  // "" for the public
  Role role = Role::kPublic;
  // The area or object the role applies to: "JJJ"/"FW" (region), a province name
  // ("河北省"), a city or district code (GB/T 2260), an enterprise id; "" for
  // national and public.
  std::string scope;

  static Principal Public() { return {}; }
  // The operator at the server's command line: national reach.
  static Principal Operator(std::string name) { return {0, std::move(name), Role::kNational, ""}; }
  bool authenticated() const { return role != Role::kPublic; }
  // "zhang (city 130100)"
  std::string Describe() const;
};

// The city a district code belongs to: the municipality (xx0000) for Beijing,
// Tianjin, Shanghai and Chongqing, else the prefecture (xxxx00).
std::string ParentCityOfDistrict(std::string_view district_code);

// Whether `scope` is a valid scope of `role`, given the plan's units.
core::Status ValidateScope(Role role, std::string_view scope,
                           const std::vector<campaign::Unit>& units);

}  // namespace lantian::auth
