#include "verify/industrial_load.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

namespace lantian::verify {
namespace {

struct DaySums {
  int quarters = 0;
  double kw = 0, highest = 0;
  double working = 0, evening = 0, night = 0;
  int working_n = 0, evening_n = 0, night_n = 0;
};

double Mean(double sum, int n) { return n == 0 ? 0 : sum / n; }

std::string Fixed(double v, int places) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", places, v);
  return buf;
}

}  // namespace

std::string_view LoadPatternName(LoadPattern p) {
  switch (p) {
    case LoadPattern::kNone:
      return "none";
    case LoadPattern::kOneShift:
      return "one-shift";
    case LoadPattern::kRoundTheClock:
      return "round-the-clock";
  }
  return "";
}

IndustrialLoad ClassifyLoad(const LoadSeries& series, const IndustrialLoadOptions& o) {
  std::map<int32_t, DaySums> days;
  for (const auto& [end, kw] : series) {
    const core::Instant start = end - 900;
    const core::Date date = start.date();
    const int hour = static_cast<int>((start.seconds - int64_t{date.days} * 86400) / 3600);
    DaySums& d = days[date.days];
    ++d.quarters;
    d.kw += kw;
    d.highest = std::max(d.highest, kw);
    if (hour >= 8 && hour < 18) d.working += kw, ++d.working_n;
    if (hour >= 18 && hour < 22) d.evening += kw, ++d.evening_n;
    if (hour < 6) d.night += kw, ++d.night_n;
  }
  IndustrialLoad out;
  double kwh = 0, working = 0, evening = 0, night = 0;
  for (const auto& [day, d] : days) {
    if (d.quarters < o.day_coverage * 96) continue;
    ++out.days;
    const double energy = d.kw / 4;
    const double w = Mean(d.working, d.working_n);
    const double e = Mean(d.evening, d.evening_n);
    const double n = Mean(d.night, d.night_n);
    kwh += energy;
    working += w;
    evening += e;
    night += n;
    if (energy < o.operating_kwh) continue;
    ++out.operating_days;
    if (w >= o.shift_ratio * n && w >= o.evening_ratio * e) {
      ++out.one_shift_days;
    } else if (n >= o.steady_night * w && d.highest > 0 &&
               Mean(d.kw, d.quarters) >= o.steady_factor * d.highest) {
      ++out.round_the_clock_days;
    }
  }
  if (out.days > 0) {
    out.mean_kwh = kwh / out.days;
    out.working_kw = working / out.days;
    out.evening_kw = evening / out.days;
    out.night_kw = night / out.days;
  }
  const int patterned = out.one_shift_days + out.round_the_clock_days;
  if (patterned > 0) {
    out.pattern = out.one_shift_days >= out.round_the_clock_days ? LoadPattern::kOneShift
                                                                 : LoadPattern::kRoundTheClock;
  }
  if (out.days < o.min_days) {
    out.why = "有效天数 " + std::to_string(out.days) + " 天，不足 " + std::to_string(o.min_days) +
              " 天，未判断";
    return out;
  }
  out.industrial = out.operating_days >= o.operating_share * out.days &&
                   patterned >= o.pattern_share * out.operating_days && patterned > 0;
  out.why = std::to_string(out.days) + " 天中 " + std::to_string(out.operating_days) +
            " 天日用电 ≥ " + Fixed(o.operating_kwh, 0) + " kWh（日均 " + Fixed(out.mean_kwh, 0) +
            " kWh），其中白班生产型 " + std::to_string(out.one_shift_days) + " 天、连续生产型 " +
            std::to_string(out.round_the_clock_days) + " 天；白天 " + Fixed(out.working_kw, 1) +
            " kW，傍晚 " + Fixed(out.evening_kw, 1) + " kW，夜间 " + Fixed(out.night_kw, 1) + " kW";
  return out;
}

}  // namespace lantian::verify
