// A city's values from its stations' values (HJ 663-2013: a city's
// concentration is the arithmetic mean over its assessment stations). Each value
// is the mean of the stations that have one, rounded half to even to the
// reporting precision; absent when no station has one. Background (对照点)
// stations are not assessment stations: callers leave them out. The rule lives
// here alone so that it can change if CNEMC city data show otherwise.
#pragma once

#include <span>

#include "aq/daily_values.hpp"
#include "aq/hourly_aqi.hpp"

namespace lantian::aq {

// Daily values of a city from its stations' daily values.
DailyValues CityDailyValues(std::span<const DailyValues> stations);
// The hourly values of a city from its stations' hourly values.
HourValues CityHourValues(std::span<const HourValues> stations);

// The same rule one station at a time, for scans that cannot hold every
// station's values of an hour at once.
class CityHourAccumulator {
 public:
  void Add(const HourValues& station);
  HourValues Values() const;

 private:
  std::array<core::Decimal, kPollutantCount> sums_{};
  std::array<int32_t, kPollutantCount> counts_{};
};

}  // namespace lantian::aq
