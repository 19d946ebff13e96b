#include "verify/treatment.hpp"

#include <algorithm>
#include <vector>

namespace lantian::verify {

double RunningThreshold(const LoadSeries& series) {
  if (series.empty()) return 1.0;
  std::vector<double> loads;
  loads.reserve(series.size());
  for (const auto& [t, kw] : series) loads.push_back(kw);
  const size_t k = std::min(loads.size() - 1, loads.size() * 95 / 100);
  std::nth_element(loads.begin(), loads.begin() + static_cast<std::ptrdiff_t>(k), loads.end());
  return std::max(1.0, 0.1 * loads[k]);
}

TreatmentCheck CheckTreatment(const LoadSeries& line, const LoadSeries& facility) {
  TreatmentCheck out;
  const double line_on = RunningThreshold(line);
  const double facility_on = RunningThreshold(facility);
  constexpr int64_t kQuarter = 900;
  for (const auto& [t, kw] : line) {
    if (kw < line_on) continue;
    ++out.line_ran;
    auto f = facility.find(t);
    if (f == facility.end()) continue;
    ++out.covered;
    if (f->second >= facility_on) continue;
    ++out.facility_off;
    if (!out.stretches.empty() && out.stretches.back().second.seconds == t.seconds - kQuarter) {
      out.stretches.back().second = t;
    } else {
      out.stretches.push_back({t - kQuarter, t});
    }
  }
  if (out.line_ran == 0) {
    out.verdict = LoadVerdict::kNotChecked;  // the line did not run: nothing to treat
  } else if (out.covered * 4 < out.line_ran * 3) {
    out.verdict = LoadVerdict::kNoData;
  } else {
    out.verdict = out.facility_off <= 1 ? LoadVerdict::kCompliant : LoadVerdict::kSuspected;
  }
  return out;
}

}  // namespace lantian::verify
