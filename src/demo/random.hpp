// A small deterministic random generator (SplitMix64 seeding a xoshiro256**
// state) so that a seed gives the same synthetic data on every machine and
// standard library; std::normal_distribution is implementation-defined.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace lantian::demo {

// A seed for the data of one thing (a city, an outlet, a meter): the demo's
// seed mixed with the thing's name (FNV-1a), so that each has its own stream.
uint64_t SeedFor(uint64_t seed, std::string_view name);

class Random {
 public:
  explicit Random(uint64_t seed);
  uint64_t Next();
  // Uniform in [0, 1).
  double Uniform();
  // Uniform in [lo, hi).
  double Uniform(double lo, double hi) { return lo + (hi - lo) * Uniform(); }
  // Standard normal (Box-Muller).
  double Normal();
  bool Chance(double p) { return Uniform() < p; }

 private:
  std::array<uint64_t, 4> s_;
};

}  // namespace lantian::demo
