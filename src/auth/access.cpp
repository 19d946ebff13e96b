#include "auth/access.hpp"

namespace lantian::auth {
namespace {

bool Covers(const Principal& p, const Place& place) {
  switch (p.role) {
    case Role::kNational:
      return true;
    case Role::kRegion:
      return place.region && campaign::RegionCode(*place.region) == p.scope;
    case Role::kProvince:
      return place.province_zh == p.scope;
    case Role::kCity:
      return place.city_code == p.scope;
    case Role::kDistrict:
      return place.city_code == ParentCityOfDistrict(p.scope);
    case Role::kEnterprise:
    case Role::kPublic:
      return false;
  }
  return false;
}

}  // namespace

Place PlaceOf(const campaign::Unit& unit) {
  return Place{unit.code, unit.province_zh, unit.region};
}

Access CanReadAirQuality(const Principal& p, const Place& place) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role == Role::kEnterprise) return Access::kRoleForbidden;
  return Covers(p, place) ? Access::kAllowed : Access::kOutOfScope;
}

Access CanImport(const Principal& p) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role == Role::kDistrict || p.role == Role::kEnterprise) return Access::kRoleForbidden;
  return Access::kAllowed;
}

Access CanWriteAirQuality(const Principal& p, const Place& place) {
  const Access a = CanImport(p);
  if (a != Access::kAllowed) return a;
  return Covers(p, place) ? Access::kAllowed : Access::kOutOfScope;
}

Access CanReadAudit(const Principal& p) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  return p.role == Role::kNational || p.role == Role::kRegion ? Access::kAllowed
                                                              : Access::kRoleForbidden;
}

Access CanReadAssessment(const Principal& p, const Place& place) {
  return CanReadAirQuality(p, place);
}

Access CanReadRankings(const Principal&) { return Access::kAllowed; }

Access CanWriteDust(const Principal& p, const Place& place) { return CanWriteAirQuality(p, place); }

Access CanSetTargets(const Principal& p) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  return p.role == Role::kNational ? Access::kAllowed : Access::kRoleForbidden;
}

Access CanRecordFalsification(const Principal& p, const Place& place) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role != Role::kNational && p.role != Role::kRegion) return Access::kRoleForbidden;
  return Covers(p, place) ? Access::kAllowed : Access::kOutOfScope;
}

Access CanReadAlerts(const Principal& p, const Place& place) { return CanReadAirQuality(p, place); }

Access CanTakeAlertStep(const Principal& p, const Place& place) {
  return CanWriteAirQuality(p, place);
}

Access CanImportForecast(const Principal& p) { return CanImport(p); }

Access CanRaisePrompt(const Principal& p, campaign::Region region) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role == Role::kNational) return Access::kAllowed;
  if (p.role != Role::kRegion) return Access::kRoleForbidden;
  return p.scope == campaign::RegionCode(region) ? Access::kAllowed : Access::kOutOfScope;
}

Access CanDraftList(const Principal& p, const Place& place) { return CanWriteAirQuality(p, place); }

Access CanReviewList(const Principal& p, const Place& place) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role != Role::kNational && p.role != Role::kRegion && p.role != Role::kProvince) {
    return Access::kRoleForbidden;
  }
  return Covers(p, place) ? Access::kAllowed : Access::kOutOfScope;
}

Access CanReadList(const Principal& p, const Place& place) { return CanReadAirQuality(p, place); }

Access CanReadSheet(const Principal& p, const Place& city, std::string_view credit_code) {
  if (p.role == Role::kEnterprise) {
    return p.scope == credit_code ? Access::kAllowed : Access::kOutOfScope;
  }
  return CanReadList(p, city);
}

Access CanConfirmSheet(const Principal& p, std::string_view credit_code) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role != Role::kEnterprise) return Access::kRoleForbidden;
  return p.scope == credit_code ? Access::kAllowed : Access::kOutOfScope;
}

namespace {

// Officials only; the area as Covers, a district narrowed to its own district.
Access OfficialWithin(const Principal& p, const Place& place, std::string_view district) {
  if (!p.authenticated()) return Access::kNotLoggedIn;
  if (p.role == Role::kEnterprise || p.role == Role::kPublic) return Access::kRoleForbidden;
  if (!Covers(p, place)) return Access::kOutOfScope;
  if (p.role == Role::kDistrict && district != p.scope) return Access::kOutOfScope;
  return Access::kAllowed;
}

}  // namespace

Access CanFindProblem(const Principal& p, const Place& place, std::string_view district) {
  return OfficialWithin(p, place, district);
}

Access CanRectifyProblem(const Principal& p, const Place& place, std::string_view district) {
  return OfficialWithin(p, place, district);
}

Access CanSuperviseProblem(const Principal& p, const Place& place, std::string_view district) {
  const Access a = OfficialWithin(p, place, district);
  if (a != Access::kAllowed) return a;
  if (p.role == Role::kDistrict) return Access::kRoleForbidden;
  if (p.role == Role::kCity && district.empty()) return Access::kRoleForbidden;
  return Access::kAllowed;
}

Access CanReadProblem(const Principal& p, const Place& place, std::string_view district,
                      std::string_view credit_code) {
  if (p.role == Role::kEnterprise) {
    return !credit_code.empty() && credit_code == p.scope ? Access::kAllowed : Access::kOutOfScope;
  }
  return OfficialWithin(p, place, district);
}

}  // namespace lantian::auth
