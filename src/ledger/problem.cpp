#include "ledger/problem.hpp"

#include <array>

namespace lantian::ledger {
namespace {

constexpr std::array kStatuses{ProblemStatus::kFound, ProblemStatus::kPlanned,
                               ProblemStatus::kRectified, ProblemStatus::kVerified,
                               ProblemStatus::kClosed};
constexpr std::array kActions{ProblemAction::kPlan, ProblemAction::kRectify,
                              ProblemAction::kVerifyPass, ProblemAction::kVerifyFail,
                              ProblemAction::kClose};

std::string WithoutSpaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

}  // namespace

std::string_view ProblemStatusName(ProblemStatus s) {
  switch (s) {
    case ProblemStatus::kFound:
      return "found";
    case ProblemStatus::kPlanned:
      return "planned";
    case ProblemStatus::kRectified:
      return "rectified";
    case ProblemStatus::kVerified:
      return "verified";
    case ProblemStatus::kClosed:
      return "closed";
  }
  return "";
}

std::optional<ProblemStatus> ParseProblemStatus(std::string_view s) {
  for (auto x : kStatuses) {
    if (ProblemStatusName(x) == s) return x;
  }
  return std::nullopt;
}

std::string_view ProblemActionName(ProblemAction a) {
  switch (a) {
    case ProblemAction::kPlan:
      return "plan";
    case ProblemAction::kRectify:
      return "rectify";
    case ProblemAction::kVerifyPass:
      return "verify-pass";
    case ProblemAction::kVerifyFail:
      return "verify-fail";
    case ProblemAction::kClose:
      return "close";
  }
  return "";
}

std::optional<ProblemAction> ParseProblemAction(std::string_view s) {
  for (auto x : kActions) {
    if (ProblemActionName(x) == s) return x;
  }
  return std::nullopt;
}

std::optional<ProblemStatus> NextStatus(ProblemStatus s, ProblemAction a) {
  switch (a) {
    case ProblemAction::kPlan:
      if (s == ProblemStatus::kFound || s == ProblemStatus::kPlanned)
        return ProblemStatus::kPlanned;
      break;
    case ProblemAction::kRectify:
      if (s == ProblemStatus::kPlanned) return ProblemStatus::kRectified;
      break;
    case ProblemAction::kVerifyPass:
      if (s == ProblemStatus::kRectified) return ProblemStatus::kVerified;
      break;
    case ProblemAction::kVerifyFail:
      if (s == ProblemStatus::kRectified) return ProblemStatus::kPlanned;
      break;
    case ProblemAction::kClose:
      if (s == ProblemStatus::kVerified) return ProblemStatus::kClosed;
      break;
  }
  return std::nullopt;
}

bool IsSupervisorsAction(ProblemAction a) {
  return a == ProblemAction::kVerifyPass || a == ProblemAction::kVerifyFail ||
         a == ProblemAction::kClose;
}

bool ProblemOverdue(ProblemStatus s, const std::string& deadline, core::Date today) {
  if (s != ProblemStatus::kFound && s != ProblemStatus::kPlanned) return false;
  auto d = core::ParseIsoDate(deadline);
  return d && today > *d;
}

bool SamePlace(const ProblemPlace& a, const ProblemPlace& b) {
  if (a.city_code != b.city_code || a.kind != b.kind) return false;
  if (!a.credit_code.empty() && !b.credit_code.empty()) return a.credit_code == b.credit_code;
  const std::string sa = WithoutSpaces(a.site), sb = WithoutSpaces(b.site);
  return !sa.empty() && sa == sb;
}

std::optional<int64_t> ReboundOf(const ProblemPlace& fresh,
                                 const std::vector<ProblemPlace>& earlier) {
  std::optional<int64_t> out;
  for (const auto& e : earlier) {
    if (e.status == ProblemStatus::kClosed && e.id != fresh.id && SamePlace(fresh, e) &&
        (!out || e.id > *out)) {
      out = e.id;
    }
  }
  return out;
}

}  // namespace lantian::ledger
