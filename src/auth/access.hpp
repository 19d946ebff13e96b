// Access decisions: what a principal may read and write. Pure functions over the
// principal and where the object is. The server maps the answers to HTTP:
// kNotLoggedIn → 401, kRoleForbidden → 403, kOutOfScope → 404 (an object out of
// scope is reported as absent, so that ids do not reveal what exists).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "auth/principal.hpp"
#include "campaign/unit.hpp"

namespace lantian::auth {

enum class Access { kAllowed, kNotLoggedIn, kRoleForbidden, kOutOfScope };

// Where a station or city is.
struct Place {
  std::string city_code;
  std::string province_zh;
  std::optional<campaign::Region> region;  // nullopt outside the plan's regions
};
Place PlaceOf(const campaign::Unit& unit);

// Detailed air quality (station and city values, hourly and daily): every
// official role within its area; a district sees its own city; not enterprises;
// the public only through the published endpoints.
Access CanReadAirQuality(const Principal& p, const Place& place);
// Importing data of a place: national, region, province and city within their area.
Access CanWriteAirQuality(const Principal& p, const Place& place);
// Whether the principal may import at all (any place).
Access CanImport(const Principal& p);
// The audit trail and the import log: national and regional offices.
Access CanReadAudit(const Principal& p);

// Campaign assessment of a place (targets, progress, warnings, verdicts): every
// official role within its area (a district sees its city); not enterprises,
// not the public.
Access CanReadAssessment(const Principal& p, const Place& place);
// Rankings and dust-fall rankings are published (MEE monthly notices): anyone.
Access CanReadRankings(const Principal& p);
// Flagging sand-and-dust days and importing dust fall of a place: as air-quality writes.
Access CanWriteDust(const Principal& p, const Place& place);
// Official city targets and the tier rule: the ministry (national role) only.
Access CanSetTargets(const Principal& p);
// Recording a finding of falsified monitoring data: national and regional offices
// (within their region).
Access CanRecordFalsification(const Principal& p, const Place& place);

// Heavy-pollution alerts (plan （六）（七）). Reading a place's alerts, forecasts
// and prompts: as assessment. Recording an alert step for a place (the city
// government's decision, entered by its bureau, its province or the regional
// and national offices): as air-quality writes. Importing forecasts: whoever
// may import. Raising a regional prompt: the national office, or a regional
// office for its own region.
Access CanReadAlerts(const Principal& p, const Place& place);
Access CanTakeAlertStep(const Principal& p, const Place& place);
Access CanImportForecast(const Principal& p);
Access CanRaisePrompt(const Principal& p, campaign::Region region);

// Emergency lists (plan （四）（五）): a city's list is drafted, imported and
// submitted by the city (or its province, region or the ministry on its
// behalf) — as air-quality writes; reviewed (returned, approved) and reported
// by the province, the regional office or the ministry, within their area;
// read by every official of the area.
Access CanDraftList(const Principal& p, const Place& place);
Access CanReviewList(const Principal& p, const Place& place);
Access CanReadList(const Principal& p, const Place& place);
// One enterprise's measure sheet (一厂一策) in its city's list: the enterprise
// itself (scope = its credit code) and the officials who may read the list;
// another enterprise's sheet is out of scope. Confirming a sheet: only the
// enterprise itself — an official cannot confirm on its behalf.
Access CanReadSheet(const Principal& p, const Place& city, std::string_view credit_code);
Access CanConfirmSheet(const Principal& p, std::string_view credit_code);

// Supervision problems (plan （二十一）, issue 8 §2), of a place and, when the
// problem is in one, a district (GB/T 2260; "" for the city's own):
//   find       any official within the area; a district only in its own;
//   rectify    planning and reporting the rectification — the responsible
//              unit (the district when there is one, else the city) or an
//              office above it, within the area;
//   supervise  verifying on site and closing — strictly above the responsible
//              unit: the city for a district's problem, the province, the
//              regional office or the ministry for any;
//   read       officials within the area (a district its own district's), an
//              enterprise the problems naming it.
Access CanFindProblem(const Principal& p, const Place& place, std::string_view district);
Access CanRectifyProblem(const Principal& p, const Place& place, std::string_view district);
Access CanSuperviseProblem(const Principal& p, const Place& place, std::string_view district);
Access CanReadProblem(const Principal& p, const Place& place, std::string_view district,
                      std::string_view credit_code);

}  // namespace lantian::auth
