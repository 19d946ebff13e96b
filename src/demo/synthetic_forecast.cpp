#include "demo/synthetic_forecast.hpp"

#include <algorithm>
#include <cmath>

#include "demo/random.hpp"

namespace lantian::demo {

ForecastAqi SyntheticForecast(uint64_t seed, std::string_view city_code, core::Date issued,
                              int lead_days, int observed_aqi) {
  uint64_t key = seed * 0xD1B54A32D192ED03ULL + static_cast<uint64_t>(issued.days) * 31 +
                 static_cast<uint64_t>(lead_days);
  for (char c : city_code) key = key * 131 + static_cast<unsigned char>(c);
  Random rng(key);
  const double bias = observed_aqi > 200 ? -0.04 : 0.0;
  const double error = bias + 0.12 * lead_days * rng.Normal();
  const double value = std::clamp(observed_aqi * (1.0 + error), 10.0, 500.0);
  ForecastAqi f;
  f.aqi = static_cast<int>(std::lround(value));
  f.low = std::max(0, static_cast<int>(std::lround(value * 0.85)));
  f.high = std::min(500, static_cast<int>(std::lround(value * 1.15)));
  f.low = std::min(f.low, f.aqi);
  f.high = std::max(f.high, f.aqi);
  return f;
}

}  // namespace lantian::demo
