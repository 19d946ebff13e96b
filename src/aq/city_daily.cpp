#include "aq/city_daily.hpp"

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

}  // namespace lantian::aq
