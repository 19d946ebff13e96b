#include "app/demo_electricity.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "app/list_in_force.hpp"
#include "demo/synthetic_monitoring.hpp"
#include "verify/load.hpp"

namespace lantian::app {
namespace {

constexpr std::string_view kWho = "SYNTHETIC demo (lantian demo-data)";
constexpr std::string_view kRegisteredAt = "2020-11-01 09:00:00";
// From two weeks before December (the baselines look back 14 days) to the
// year's end.
constexpr std::string_view kFrom = "2020-11-17 00:00:00";
constexpr int kQuarters = 45 * 96;

}  // namespace

demo::PowerCheat DemoPowerCheat(uint64_t seed, const std::string& enterprise,
                                const std::vector<std::string>& mns) {
  for (const auto& mn : mns) {
    if (demo::CheatOf(seed, mn) == demo::Cheat::kDropAtAlert) return demo::PowerCheat::kNoCut;
  }
  return demo::PowerCheatOf(seed, enterprise);
}

core::Result<DemoElectricitySummary> WriteDemoElectricity(storage::Store& store, uint64_t seed) {
  DemoElectricitySummary summary;
  LANTIAN_ASSIGN_OR_RETURN(const core::Instant from, core::ParseInstant(kFrom));
  const core::Instant until = from + static_cast<int64_t>(kQuarters) * 900;
  const core::Period period{from.date(), (until - 1).date()};
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  std::map<std::string, std::set<std::string>> enterprises_of;  // city → credit codes
  std::map<std::string, std::vector<std::string>> mns_of;       // credit code → devices
  for (const auto& d : devices) {
    if (d.registered_by != kWho) continue;
    enterprises_of[d.city_code].insert(d.credit_code);
    mns_of[d.credit_code].push_back(d.mn);
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  for (const auto& u : units) {
    const auto enterprises = enterprises_of.find(u.code);
    if (enterprises == enterprises_of.end()) continue;
    for (const std::string& enterprise : enterprises->second) {
      LANTIAN_ASSIGN_OR_RETURN(CityInForce in_force, InForceOf(store, u, period, enterprise));
      // Each metered line, with the cut of every stretch of the period.
      std::map<std::string, std::pair<std::string, std::vector<demo::AlertCut>>> lines;
      for (const auto& s : in_force.spans) {
        for (const auto& d : s.duties) {
          if (!d.measure || d.measure->verify.meter.empty()) continue;
          auto& [meter, cuts] = lines[d.line];
          meter = d.measure->verify.meter;
          cuts.push_back({s.span.from, std::min(s.span.to.value_or(until), until),
                          verify::RequiredCut(*d.measure).value_or(0.0)});
        }
      }
      if (lines.empty()) continue;
      const demo::PowerCheat cheat = DemoPowerCheat(seed, enterprise, mns_of[enterprise]);
      summary.cheats += cheat != demo::PowerCheat::kNone;
      for (const auto& [line, metered] : lines) {
        const auto& [meter, cuts] = metered;
        const std::string facility_meter = meter + "-T";
        const std::vector<storage::ElectricityMeter> meters{
            {meter, enterprise, u.code, line, "production", "", std::string(kWho),
             std::string(kRegisteredAt)},
            {facility_meter, enterprise, u.code, line, "treatment", "脱硫除尘", std::string(kWho),
             std::string(kRegisteredAt)}};
        LANTIAN_RETURN_IF_ERROR(store.PutElectricityMeters(meters));
        const auto power = demo::SyntheticLineLoad(seed, meter, from, kQuarters, cuts, cheat);
        std::vector<storage::ElectricityReading> readings;
        readings.reserve(2 * kQuarters);
        for (const auto& [end, kw] : power.line)
          readings.push_back({meter, core::FormatInstant(end), kw});
        for (const auto& [end, kw] : power.treatment) {
          readings.push_back({facility_meter, core::FormatInstant(end), kw});
        }
        LANTIAN_RETURN_IF_ERROR(store.PutElectricityReadings(readings));
        summary.meters += 2;
        summary.readings += static_cast<int64_t>(readings.size());
      }
    }
  }
  return summary;
}

}  // namespace lantian::app
