#include "campaign/verdict.hpp"

namespace lantian::campaign {

std::string_view OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kPending:
      return "pending";
    case Outcome::kPassed:
      return "passed";
    case Outcome::kFailed:
      return "failed";
    case Outcome::kFailedFalsified:
      return "failed-falsified";
    case Outcome::kNoTarget:
      return "no-target";
    case Outcome::kNoData:
      return "no-data";
  }
  return "?";
}

Verdict JudgePhase(const Progress& p, bool falsified) {
  Verdict v;
  v.final = p.final;
  v.falsified = falsified;
  if (p.target && p.pm25) v.pm25_met = *p.pm25 <= p.target->pm25;
  if (p.target && p.pm25_days > 0) v.heavy_met = p.heavy_days <= p.target->heavy_days;
  if (falsified) {
    // 发现篡改、伪造监测数据的，考核结果直接认定为不合格.
    v.outcome = Outcome::kFailedFalsified;
    v.interview = true;
    return v;
  }
  if (!p.target) {
    v.outcome = Outcome::kNoTarget;
  } else if (!v.pm25_met || !v.heavy_met) {
    v.outcome = Outcome::kNoData;
  } else if (!p.final) {
    v.outcome = Outcome::kPending;
  } else if (*v.pm25_met && *v.heavy_met) {
    v.outcome = Outcome::kPassed;
  } else {
    v.outcome = Outcome::kFailed;
    v.interview = true;
  }
  return v;
}

}  // namespace lantian::campaign
