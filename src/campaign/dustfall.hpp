// Dust fall (降尘, plan （十七）): each city's average monthly dust fall may not
// exceed 9 t/(month·km²). Value type and the check.
#pragma once

#include <string>

#include "core/civil_time.hpp"
#include "core/decimal.hpp"

namespace lantian::campaign {

inline constexpr int kDustfallLimit = 9;  // t/(month·km²)

struct DustfallReading {
  std::string city_code;
  core::Date month;     // the first day of the month
  core::Decimal value;  // t/(month·km²), the city average
  std::string note;
  friend bool operator==(const DustfallReading&, const DustfallReading&) = default;
};

inline bool DustfallExceedsLimit(core::Decimal value) {
  return value > core::Decimal::FromInt(kDustfallLimit);
}

}  // namespace lantian::campaign
