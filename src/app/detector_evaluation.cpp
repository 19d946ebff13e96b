#include "app/detector_evaluation.hpp"

#include <cstdio>
#include <map>
#include <set>

#include "demo/synthetic_monitoring.hpp"
#include "verify/detectors.hpp"

namespace lantian::app {

DetectorEvaluation EvaluateDetectors(uint64_t seed, int outlets, demo::Strength strength) {
  const core::Instant from = *core::ParseInstant("2020-12-01 00:00:00");
  const int hours = 31 * 24;
  auto at = [&](const char* text) { return *core::ParseInstant(text); };
  const verify::Spans alerts{{at("2020-12-10 00:00:00"), at("2020-12-12 12:00:00")},
                             {at("2020-12-20 06:00:00"), at("2020-12-22 00:00:00")},
                             {at("2020-12-27 00:00:00"), at("2020-12-28 00:00:00")}};
  const std::vector<std::pair<std::string, demo::Cheat>> meant{
      {"flat-line", demo::Cheat::kFlatLine},
      {"pinned", demo::Cheat::kPinnedUnderLimit},
      {"drop-at-alert", demo::Cheat::kDropAtAlert},
      {"gap", demo::Cheat::kGaps},
      {"flag-overuse", demo::Cheat::kFlagAbuse}};
  DetectorEvaluation out;
  out.outlets = outlets;
  std::map<std::string, DetectorScore> scores;
  for (const auto& [detector, cheat] : meant) {
    scores[detector] = {detector, std::string(demo::CheatName(cheat)), 0, 0, 0};
  }
  for (int i = 0; i < outlets; ++i) {
    char mn[16];
    std::snprintf(mn, sizeof mn, "EVAL%05d", i);
    // Half ultra-low steel outlets judged at 16 % O2, half ordinary at 9 %.
    const bool steel = i % 2 == 0;
    const demo::SyntheticOutlet o{mn, steel ? 35.0 : 100.0, steel ? 50.0 : 200.0,
                                  steel ? 10.0 : 20.0, steel ? 16.0 : 9.0};
    const demo::Cheat cheat = demo::CheatOf(seed, mn);
    const auto series = demo::SyntheticOutletSeries(seed, o, from, hours, alerts, cheat, strength);
    verify::OutletSeries so2{"a21026",
                             {},
                             {"a21026", steel ? 200.0 : 100.0,
                              steel ? std::optional(35.0) : std::nullopt, o.reference_o2}};
    for (const auto& h : series.hours) so2.hours.push_back({h.hour, h.so2, h.o2, h.flag});
    std::set<std::string> flagged;
    for (const auto& f : verify::DetectAll(so2, alerts, from, from + hours * 3600)) {
      flagged.insert(f.detector);
    }
    if (cheat == demo::Cheat::kNone) {
      ++out.honest;
      out.honest_flagged += !flagged.empty();
    }
    for (const auto& [detector, target] : meant) {
      DetectorScore& s = scores[detector];
      const bool is = cheat == target, hit = flagged.count(detector) > 0;
      s.cheating += is;
      s.flagged += hit;
      s.true_positives += is && hit;
    }
  }
  for (const auto& [detector, cheat] : meant) out.scores.push_back(scores[detector]);
  return out;
}

}  // namespace lantian::app
