#include "demo/synthetic_dustfall.hpp"

#include <algorithm>
#include <cmath>

#include "demo/random.hpp"

namespace lantian::demo {

core::Decimal SyntheticDustfall(uint64_t seed, std::string_view city_code, double lat, double lon,
                                int year, int month, int dust_days) {
  // One generator per city and month, so that each reading stands alone.
  uint64_t key = seed * 0x9E3779B97F4A7C15ULL + static_cast<uint64_t>(year * 12 + month);
  for (char c : city_code) key = key * 131 + static_cast<unsigned char>(c);
  Random rng(key);
  // West and north are drier: +0.35 t per degree west of 118°E, +0.2 per degree north of 34°N.
  const double level = 4.5 + 0.35 * std::max(0.0, 118.0 - lon) + 0.2 * std::max(0.0, lat - 34.0);
  static constexpr double kSeason[12] = {1.0,  1.05, 1.3, 1.35, 1.15, 0.85,
                                         0.75, 0.75, 0.8, 0.9,  0.95, 1.0};
  const double value = level * kSeason[month - 1] * (1.0 + 0.12 * rng.Normal()) + 1.5 * dust_days;
  const double clamped = std::clamp(value, 1.0, 60.0);
  return core::Decimal::FromScaled(std::llround(clamped * 10), 1);
}

}  // namespace lantian::demo
