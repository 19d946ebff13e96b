// A stack's hourly concentrations against its limits (issue 7 §2, domain.md
// §8). Concentrations of combustion sources are judged at a reference oxygen
// content: C_ref = C × (21 − O2_ref) / (21 − O2_measured), undefined when the
// measured O2 reaches 21 % (the flue carries air). An outlet has an ordinary
// limit and, for ultra-low-emission works, a stricter one. Only hours whose
// data flag is N (normal) are judged; stopped, maintenance, calibration,
// fault and other flags are counted apart (their overuse is itself a signal,
// for the detectors to come). Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_time.hpp"

namespace lantian::verify {

std::optional<double> O2Corrected(double concentration, double o2_measured, double o2_reference);

struct OutletLimit {
  std::string pollutant;  // HJ 212 code, e.g. a21026 (SO2)
  double ordinary = 0;    // mg/m³
  std::optional<double> ultra_low;
  std::optional<double> reference_o2;  // %; nullopt: judged as measured
};

// The ultra-low limit for certified works when the outlet has one, else the ordinary.
double ApplicableLimit(const OutletLimit& limit, bool ultra_low_certified);

struct HourValue {
  core::Instant hour;
  double value = 0;  // mg/m³ as measured
  std::optional<double> o2;
  char flag = 'N';
};

struct Exceedance {
  core::Instant hour;
  double value = 0;  // as judged (corrected when the outlet has a reference O2)
  double limit = 0;
};

struct ExceedanceResult {
  std::vector<Exceedance> exceedances;
  int judged = 0;
  int not_normal = 0;  // hours flagged other than N
  int no_o2 = 0;       // hours that needed an O2 reading and had none (or ≥ 21 %)
};

ExceedanceResult Exceedances(const std::vector<HourValue>& hours, const OutletLimit& limit,
                             bool ultra_low_certified);

}  // namespace lantian::verify
