#include "demo/synthetic_electricity.hpp"

#include <algorithm>
#include <cmath>

#include "demo/random.hpp"

namespace lantian::demo {
namespace {

constexpr int64_t kQuarter = 900;
constexpr double kStandbyKw = 0.4;        // a stopped line's lighting and controls
constexpr double kTreatmentShare = 0.12;  // fans and pumps of the facility, of the line's load

double Round(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

std::string_view PowerCheatName(PowerCheat c) {
  switch (c) {
    case PowerCheat::kNone:
      return "none";
    case PowerCheat::kNoCut:
      return "no-cut";
    case PowerCheat::kTreatmentOff:
      return "treatment-off";
  }
  return "";
}

PowerCheat PowerCheatOf(uint64_t seed, std::string_view enterprise) {
  Random r(SeedFor(seed + 2, enterprise));
  if (!r.Chance(0.25)) return PowerCheat::kNone;
  return r.Chance(0.5) ? PowerCheat::kNoCut : PowerCheat::kTreatmentOff;
}

SyntheticLinePower SyntheticLineLoad(uint64_t seed, std::string_view meter, core::Instant from,
                                     int quarters, const std::vector<AlertCut>& cuts,
                                     PowerCheat cheat) {
  Random r(SeedFor(seed + 3, meter));
  const double usual = r.Uniform(800, 6000);
  // An obeying works cuts a little more than it must (it cannot aim exactly).
  const double margin = r.Uniform(0.0, 0.06);
  SyntheticLinePower out;
  for (int i = 0; i < quarters; ++i) {
    const core::Instant start = from + static_cast<int64_t>(i) * kQuarter;
    const core::Instant end = start + kQuarter;
    const double hour = static_cast<double>(start.seconds % 86400) / 3600.0;  // Beijing civil time
    const double daily = 0.92 + 0.06 * std::sin((hour - 9.0) * 3.14159265 / 12.0);
    double kw = usual * daily * (1.0 + 0.03 * r.Normal());
    const auto cut = std::find_if(cuts.begin(), cuts.end(), [&](const AlertCut& c) {
      return c.from <= start && start < c.to;
    });
    const bool alert = cut != cuts.end();
    if (alert && cheat != PowerCheat::kNoCut && cut->cut > 0) {
      const double kept = 1.0 - std::min(1.0, cut->cut + margin);
      kw = kept < 0.01 ? kStandbyKw * r.Uniform(0.5, 1.5) : kw * kept;
    }
    const bool runs = kw > 10 * kStandbyKw;
    double facility = runs ? kw * kTreatmentShare * (1.0 + 0.05 * r.Normal()) : 0.1;
    const bool night = hour >= 21.0 || hour < 5.0;
    if (cheat == PowerCheat::kTreatmentOff && alert && night && runs) facility = 0.1;
    out.line.emplace(end, Round(std::max(0.0, kw)));
    out.treatment.emplace(end, Round(std::max(0.0, facility)));
  }
  return out;
}

}  // namespace lantian::demo
