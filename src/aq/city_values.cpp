#include "aq/city_values.hpp"

namespace lantian::aq {

DailyValues CityDailyValues(std::span<const DailyValues> stations) {
  DailyValues city;
  for (DailyColumn c : kDailyColumns) {
    core::Decimal sum;
    int64_t n = 0;
    for (const DailyValues& s : stations) {
      if (s[c]) {
        sum += *s[c];
        ++n;
      }
    }
    if (n > 0) city[c] = core::RoundedMean(sum, n, ReportDigits(PollutantOf(c)));
  }
  return city;
}

HourValues CityHourValues(std::span<const HourValues> stations) {
  HourValues city;
  for (Pollutant p : kPollutants) {
    core::Decimal sum;
    int64_t n = 0;
    for (const HourValues& s : stations) {
      if (s[Index(p)]) {
        sum += *s[Index(p)];
        ++n;
      }
    }
    if (n > 0) city[Index(p)] = core::RoundedMean(sum, n, ReportDigits(p));
  }
  return city;
}

}  // namespace lantian::aq
