#include "auth/principal.hpp"

#include <array>

namespace lantian::auth {
namespace {

constexpr std::array<std::string_view, 7> kNames = {"national", "region",     "province", "city",
                                                    "district", "enterprise", "public"};

bool SixDigits(std::string_view s) {
  return s.size() == 6 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::string_view RoleName(Role r) { return kNames[static_cast<size_t>(r)]; }

std::optional<Role> ParseRole(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Role>(i);
  }
  return std::nullopt;
}

std::string Principal::Describe() const {
  if (role == Role::kPublic) return "public";
  std::string s = username + " (" + std::string(RoleName(role));
  if (!scope.empty()) s += " " + scope;
  return s + ")";
}

std::string ParentCityOfDistrict(std::string_view district) {
  const std::string_view province = district.substr(0, 2);
  if (province == "11" || province == "12" || province == "31" || province == "50") {
    return std::string(province) + "0000";
  }
  return std::string(district.substr(0, 4)) + "00";
}

core::Status ValidateScope(Role role, std::string_view scope,
                           const std::vector<campaign::Unit>& units) {
  auto unit = [&](std::string_view code) -> const campaign::Unit* {
    for (const auto& u : units) {
      if (u.code == code) return &u;
    }
    return nullptr;
  };
  switch (role) {
    case Role::kNational:
    case Role::kPublic:
      if (!scope.empty())
        return core::InvalidInput("role " + std::string(RoleName(role)) + " takes no scope",
                                  "scope");
      return core::Status::Ok();
    case Role::kRegion:
      if (!campaign::ParseRegion(scope))
        return core::InvalidInput("a region scope is JJJ or FW", "scope");
      return core::Status::Ok();
    case Role::kProvince:
      for (const auto& u : units) {
        if (u.province_zh == scope) return core::Status::Ok();
      }
      return core::InvalidInput(
          "'" + std::string(scope) + "' is not a province of the plan (e.g. 河北省)", "scope");
    case Role::kCity:
      if (!unit(scope)) {
        return core::InvalidInput(
            "'" + std::string(scope) + "' is not a unit code of the plan (e.g. 130100)", "scope");
      }
      return core::Status::Ok();
    case Role::kDistrict:
      if (!SixDigits(scope) || unit(scope) || !unit(ParentCityOfDistrict(scope))) {
        return core::InvalidInput(
            "'" + std::string(scope) +
                "' is not a district (GB/T 2260 code) of a plan city (e.g. 130102)",
            "scope");
      }
      return core::Status::Ok();
    case Role::kEnterprise:
      if (scope.empty())
        return core::InvalidInput("an enterprise scope is the enterprise's id", "scope");
      return core::Status::Ok();
  }
  return core::Internal("unknown role");
}

}  // namespace lantian::auth
