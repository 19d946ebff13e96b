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
  CityHourAccumulator acc;
  for (const HourValues& s : stations) acc.Add(s);
  return acc.Values();
}

void CityHourAccumulator::Add(const HourValues& station) {
  for (size_t i = 0; i < kPollutantCount; ++i) {
    if (station[i]) {
      sums_[i] += *station[i];
      ++counts_[i];
    }
  }
}

HourValues CityHourAccumulator::Values() const {
  HourValues city;
  for (Pollutant p : kPollutants) {
    const size_t i = Index(p);
    if (counts_[i] > 0) city[i] = core::RoundedMean(sums_[i], counts_[i], ReportDigits(p));
  }
  return city;
}

}  // namespace lantian::aq
