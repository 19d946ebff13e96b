#include "app/detector_evaluation.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <set>

#include "app/station_findings.hpp"
#include "aq/station_daily.hpp"
#include "demo/random.hpp"
#include "demo/synthetic_monitoring.hpp"
#include "demo/synthetic_season.hpp"
#include "verify/detectors.hpp"
#include "verify/station_tampering.hpp"

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
  scores["load-inverse"] = {"load-inverse", "hidden-busy-days", 0, 0, 0};
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
    // The load from the works' meters: each day's load against its usual; an
    // outlet without another cheat has three busy days outside the alerts
    // (30-50 % more), and one in ten of them hides those: its concentrations
    // are typed in at 40-60 % (subtle: 65-80 %); an honest one shows 0-15 %
    // more. (The other cheats keep a steady load, so as to be scored alone.)
    demo::Random r(demo::SeedFor(seed + 9, mn));
    const bool hides_load = cheat == demo::Cheat::kNone && r.Chance(0.1);
    std::vector<std::pair<core::Instant, double>> daily;
    std::set<int> busy;
    constexpr std::array<int, 17> kQuiet{2,  3,  4,  5,  6,  7,  8,  14, 15,
                                         16, 17, 18, 19, 23, 24, 25, 29};
    while (cheat == demo::Cheat::kNone && busy.size() < 3) {
      busy.insert(kQuiet[r.Next() % kQuiet.size()]);
    }
    std::map<int, double> scale;
    for (int day = 0; day < 31; ++day) {
      const bool is_busy = busy.count(day) > 0;
      daily.emplace_back(from + day * 86400,
                         is_busy ? r.Uniform(1.3, 1.5) : 1.0 + 0.05 * (r.Uniform() - 0.5));
      if (is_busy) {
        scale[day] = hides_load ? (strength == demo::Strength::kSubtle ? r.Uniform(0.65, 0.8)
                                                                       : r.Uniform(0.4, 0.6))
                                : r.Uniform(1.0, 1.15);
      }
    }
    for (auto& h : so2.hours) {
      const auto it = scale.find(static_cast<int>((h.hour.seconds - from.seconds) / 86400));
      if (it != scale.end()) h.value *= it->second;
    }
    const verify::LoadEvidence load{{}, daily};
    std::set<std::string> flagged;
    for (const auto& f : verify::DetectAll(so2, alerts, from, from + hours * 3600, &load)) {
      flagged.insert(f.detector);
    }
    if (cheat == demo::Cheat::kNone && !hides_load) {
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
    DetectorScore& li = scores["load-inverse"];
    const bool hit = flagged.count("load-inverse") > 0;
    li.cheating += hides_load;
    li.flagged += hit;
    li.true_positives += hides_load && hit;
  }
  for (const auto& [detector, cheat] : meant) out.scores.push_back(scores[detector]);
  out.scores.push_back(scores["load-inverse"]);
  return out;
}

core::Result<StationDetectorEvaluation> EvaluateStationDetector(storage::Store& store,
                                                                uint64_t seed,
                                                                demo::Strength strength) {
  LANTIAN_ASSIGN_OR_RETURN(auto places, StationPlaces(store));
  std::vector<demo::DemoStation> where;
  for (const auto& p : places) where.push_back({p.code, p.city_code, p.lat, p.lon});
  std::vector<verify::StationDays> days;
  for (const auto& w : where) days.push_back({w.code, w.lat, w.lon, {}});
  demo::SyntheticSeason season(
      where, {seed, {core::Date::FromYmd(2020, 12, 1), core::Date::FromYmd(2021, 1, 31)}});
  demo::SeasonDay day;
  while (season.Next(day)) {
    for (size_t i = 0; i < day.stations.size(); ++i) {
      const auto pm25 = aq::StationDailyValues(day.stations[i].measured)[aq::DailyColumn::kPM25];
      if (pm25) days[i].pm25[day.date] = static_cast<double>(pm25->ScaledHalfEven(1)) / 10.0;
    }
  }
  // Tampering, from a polluted day (at least 100 µg/m³ where it stands) on.
  const bool subtle = strength == demo::Strength::kSubtle;
  StationDetectorEvaluation out;
  out.stations = static_cast<int64_t>(days.size());
  std::set<std::string> tampered;
  for (auto& s : days) {
    demo::Random r(demo::SeedFor(seed + 5, s.code));
    if (!r.Chance(0.05)) continue;
    std::vector<core::Date> polluted;
    for (const auto& [date, v] : s.pm25) {
      if (v >= 100) polluted.push_back(date);
    }
    if (polluted.empty()) continue;  // nothing to hide
    const core::Date start = polluted[r.Next() % polluted.size()];
    const int length =
        subtle ? 2 + static_cast<int>(r.Next() % 2) : 2 + static_cast<int>(r.Next() % 4);
    for (int d = 0; d < length; ++d) {
      auto it = s.pm25.find(start + d);
      if (it != s.pm25.end()) it->second *= subtle ? r.Uniform(0.5, 0.65) : r.Uniform(0.25, 0.45);
    }
    tampered.insert(s.code);
  }
  std::set<std::string> flagged;
  for (const auto& f : verify::DetectLowStations(days)) flagged.insert(f.station);
  out.tampered = static_cast<int64_t>(tampered.size());
  out.flagged = static_cast<int64_t>(flagged.size());
  for (const auto& code : flagged) out.true_positives += tampered.count(code);
  return out;
}

}  // namespace lantian::app
