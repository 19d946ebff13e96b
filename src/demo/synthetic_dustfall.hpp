// Monthly dust fall (降尘) of a city in the synthetic season, t/(month·km²):
// a level that rises towards the dry north-west of the region and the loess of
// the Fenwei basin, a seasonal swing (spring highest, summer lowest), noise
// from the seed, and 1.5 t for every sand-and-dust day of the month; to 0.1.
// Typical values 4–10 around the plan's limit of 9. NOT measured data. Pure.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/decimal.hpp"

namespace lantian::demo {

core::Decimal SyntheticDustfall(uint64_t seed, std::string_view city_code, double lat, double lon,
                                int year, int month, int dust_days);

}  // namespace lantian::demo
