#include "app/load_verification.hpp"

#include <algorithm>
#include <set>

namespace lantian::app {

core::Result<std::vector<LineLoadVerdict>> VerifyLoads(storage::Store& store,
                                                       const auth::Principal& principal,
                                                       const std::string& city, core::Period period,
                                                       const io::MeterReadings& readings,
                                                       core::Instant now) {
  // Every stretch of the city, for the days under alert (kept out of baselines).
  const core::Period all{core::Date{period.first.days - 366}, core::Date{period.last.days + 366}};
  LANTIAN_ASSIGN_OR_RETURN(CityInForce every, MeasuresInForce(store, principal, city, all));
  std::set<core::Date> alert_days;
  for (const auto& s : every.spans) {
    const core::Instant end = std::min(s.span.to.value_or(now), now);
    for (core::Date d = s.span.from.date(); d <= (end - 1).date(); d = d + 1) alert_days.insert(d);
  }
  LANTIAN_ASSIGN_OR_RETURN(CityInForce in_period, MeasuresInForce(store, principal, city, period));
  std::vector<LineLoadVerdict> out;
  for (const auto& s : in_period.spans) {
    const core::Instant end = std::min(s.span.to.value_or(now), now);
    for (const auto& d : s.duties) {
      LineLoadVerdict v{s.span, d.enterprise, d.enterprise_name, d.line, "", d.measure, {}};
      if (d.measure) v.meter = d.measure->verify.meter;
      if (!d.measure || v.meter.empty()) {
        v.check.why = d.measure ? "the measure names no electricity meter"
                                : "the list names no measure for this line at this level";
        if (d.measure && verify::RequiredCut(*d.measure)) {
          v.check.required_cut = *verify::RequiredCut(*d.measure);
        }
      } else if (auto series = readings.find(v.meter); series == readings.end()) {
        v.check = verify::CheckLoad(d.measure, {}, s.span.from, end, alert_days);
        if (v.check.verdict == verify::LoadVerdict::kNoData) {
          v.check.why = "no readings of meter " + v.meter;
        }
      } else {
        v.check = verify::CheckLoad(d.measure, series->second, s.span.from, end, alert_days);
      }
      out.push_back(std::move(v));
    }
  }
  return out;
}

}  // namespace lantian::app
