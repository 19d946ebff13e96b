#include "verify/emission.hpp"

namespace lantian::verify {

std::optional<double> O2Corrected(double concentration, double o2_measured, double o2_reference) {
  if (o2_measured >= 21.0 || o2_measured < 0 || o2_reference < 0 || o2_reference >= 21.0) {
    return std::nullopt;
  }
  return concentration * (21.0 - o2_reference) / (21.0 - o2_measured);
}

double ApplicableLimit(const OutletLimit& limit, bool ultra_low_certified) {
  return ultra_low_certified && limit.ultra_low ? *limit.ultra_low : limit.ordinary;
}

ExceedanceResult Exceedances(const std::vector<HourValue>& hours, const OutletLimit& limit,
                             bool ultra_low_certified) {
  ExceedanceResult r;
  const double applicable = ApplicableLimit(limit, ultra_low_certified);
  for (const HourValue& h : hours) {
    if (h.flag != 'N') {
      ++r.not_normal;
      continue;
    }
    double value = h.value;
    if (limit.reference_o2) {
      const auto corrected = h.o2 ? O2Corrected(h.value, *h.o2, *limit.reference_o2) : std::nullopt;
      if (!corrected) {
        ++r.no_o2;
        continue;
      }
      value = *corrected;
    }
    ++r.judged;
    if (value > applicable) r.exceedances.push_back({h.hour, value, applicable});
  }
  return r;
}

}  // namespace lantian::verify
