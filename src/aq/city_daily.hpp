// A city's daily values from its stations' daily values (HJ 663-2013: a city's
// concentration is the arithmetic mean over its assessment stations). Each column
// is the mean of the stations that have a valid value in it, rounded half to even
// to the reporting precision; absent when no station has one. Background
// (对照点) stations are not assessment stations: callers leave them out. The rule
// lives here alone so that it can change if CNEMC city data show otherwise.
#pragma once

#include <span>

#include "aq/daily_values.hpp"

namespace lantian::aq {

DailyValues CityDailyValues(std::span<const DailyValues> stations);

}  // namespace lantian::aq
