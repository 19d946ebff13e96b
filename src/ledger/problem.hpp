// A problem found by supervision, tracked to closure (plan （二十一）: 发现问题
// 拉条挂账、督促整改、逐一销号): found (where, which enterprise or site, what,
// by whom, photos, a deadline) → rectification plan → rectified (with
// evidence) → verified on site (passed; a failed check sends it back to the
// plan) → closed. Not rectified by its deadline it is overdue; a problem found
// again where a closed one was (same city, kind and enterprise — or site when
// no enterprise is named) is a rebound (反弹), counted against the unit.
// Pure rules over values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::ledger {

enum class ProblemStatus { kFound, kPlanned, kRectified, kVerified, kClosed };
std::string_view ProblemStatusName(ProblemStatus s);  // "found", "planned", …
std::optional<ProblemStatus> ParseProblemStatus(std::string_view s);

enum class ProblemAction { kPlan, kRectify, kVerifyPass, kVerifyFail, kClose };
std::string_view ProblemActionName(ProblemAction a);  // "plan", "rectify", "verify-pass", …
std::optional<ProblemAction> ParseProblemAction(std::string_view s);

// The status after `action`, or nullopt when the action does not apply:
//   found|planned  --plan-->        planned   (a plan, or a revised one)
//   planned        --rectify-->     rectified
//   rectified      --verify-pass--> verified
//   rectified      --verify-fail--> planned   (rectification not accepted)
//   verified       --close-->       closed
std::optional<ProblemStatus> NextStatus(ProblemStatus s, ProblemAction a);

// Whether the action is the supervising office's (verify, close) rather than
// the responsible unit's (plan, rectify).
bool IsSupervisorsAction(ProblemAction a);

// Not rectified (found or planned) after its deadline (YYYY-MM-DD).
bool ProblemOverdue(ProblemStatus s, const std::string& deadline, core::Date today);

// What identifies where a problem is, for the rebound rule.
struct ProblemPlace {
  int64_t id = 0;
  std::string city_code;
  std::string kind;
  std::string credit_code;  // "" when no enterprise is named
  std::string site;
  ProblemStatus status = ProblemStatus::kFound;
};
// The same place: same city and kind, and the same enterprise — or, when
// either names none, the same site (ignoring spaces).
bool SamePlace(const ProblemPlace& a, const ProblemPlace& b);
// The newest closed problem of `earlier` at the place of `fresh`: the one it
// rebounds from.
std::optional<int64_t> ReboundOf(const ProblemPlace& fresh,
                                 const std::vector<ProblemPlace>& earlier);

}  // namespace lantian::ledger
