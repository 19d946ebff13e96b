// The dynamic register of "散乱污" workshops (plan （十）: 动态清零, 白名单,
// 发现一起、整治一起, 坚决遏制反弹). A workshop is found (by an inspection, a
// grid report, the grid company's electricity data, satellite or drone
// imagery, a hotline call); it is assessed to be closed down (关停取缔) or
// rectified (整改提升); a closure is accepted once power and water are cut and
// materials, products and equipment cleared (两断三清), a rectification once
// it holds its permits and meets the standards — then it goes on the white
// list (白名单). Found again where a closed-down or white-listed one was, it is
// a rebound (反弹) and counts against the district. A district is at "dynamic
// zero" when none of its workshops waits for assessment or handling.
// Pure rules over values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::ledger {

enum class WorkshopSource { kInspection, kGrid, kElectricity, kSatellite, kDrone, kHotline };
std::string_view WorkshopSourceName(WorkshopSource s);  // "inspection", "grid", "electricity", …
std::string_view WorkshopSourceZh(WorkshopSource s);  // 排查, 网格上报, 电力数据, 卫星遥感, …
std::optional<WorkshopSource> ParseWorkshopSource(std::string_view s);  // either form

enum class WorkshopStatus { kFound, kToClose, kToRectify, kClosedDown, kWhitelisted };
std::string_view WorkshopStatusName(WorkshopStatus s);  // "found", "to-close", "to-rectify",
                                                        // "closed-down", "whitelisted"
std::string_view WorkshopStatusZh(WorkshopStatus s);  // 待认定, 关停取缔中, 整改中, 已取缔, 白名单
std::optional<WorkshopStatus> ParseWorkshopStatus(std::string_view s);

enum class WorkshopAction { kAssessClose, kAssessRectify, kAcceptClosure, kAcceptRectification };
std::string_view WorkshopActionName(WorkshopAction a);  // "assess-close", "assess-rectify",
                                                        // "accept-closure", "accept-rectification"
std::optional<WorkshopAction> ParseWorkshopAction(std::string_view s);

// The status after `action`, or nullopt when it does not apply:
//   found                --assess-close-->          to-close
//   found                --assess-rectify-->        to-rectify
//   to-rectify           --assess-close-->          to-close   (cannot be brought up to standard)
//   to-close             --accept-closure-->        closed-down (两断三清 checked on site)
//   to-rectify           --accept-rectification-->  whitelisted
std::optional<WorkshopStatus> NextWorkshopStatus(WorkshopStatus s, WorkshopAction a);

// Acceptance is the supervising office's (the city's for a district's
// workshop); assessment the responsible unit's.
bool IsAcceptance(WorkshopAction a);

// Not yet handled: found, to close or to rectify.
bool WorkshopOpen(WorkshopStatus s);
// Open past its handling deadline (YYYY-MM-DD; "" = none).
bool WorkshopOverdue(WorkshopStatus s, const std::string& deadline, core::Date today);

// Where a workshop is, for the rebound rule.
struct WorkshopPlace {
  int64_t id = 0;
  std::string city_code;
  std::string address;
  std::optional<double> lat, lon;
  WorkshopStatus status = WorkshopStatus::kFound;
};
// Within this distance two workshops' coordinates are the same place.
inline constexpr double kSamePlaceKm = 0.1;
// The same place: the same city, and the same address (ignoring spaces and
// punctuation) or coordinates within kSamePlaceKm.
bool SameWorkshopPlace(const WorkshopPlace& a, const WorkshopPlace& b);
// The newest closed-down or white-listed workshop of `earlier` at the place
// of `fresh`: the one it rebounds from.
std::optional<int64_t> WorkshopReboundOf(const WorkshopPlace& fresh,
                                         const std::vector<WorkshopPlace>& earlier);
// The open workshop of `earlier` at the place of `fresh`, if any: the same
// workshop already on the register (a second find of it is refused).
std::optional<int64_t> OpenWorkshopAt(const WorkshopPlace& fresh,
                                      const std::vector<WorkshopPlace>& earlier);

// Per district: what the register holds and whether the district is at
// dynamic zero.
struct DistrictCount {
  int64_t found = 0;        // all ever found
  int64_t open = 0;         // found, to close or to rectify
  int64_t overdue = 0;      // open past the deadline
  int64_t closed_down = 0;  // 已取缔
  int64_t whitelisted = 0;  // 白名单
  int64_t rebounds = 0;     // found again where one was closed down or white-listed
  bool DynamicZero() const { return open == 0; }
};
void CountWorkshop(DistrictCount& c, WorkshopStatus s, const std::string& deadline, bool rebound,
                   core::Date today);

}  // namespace lantian::ledger
