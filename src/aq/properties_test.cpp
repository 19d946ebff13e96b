// Property tests on random data: the rules hold for every input, not only for
// the hand-worked cases.
#include <gtest/gtest.h>

#include <random>

#include "aq/city_values.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/iaqi.hpp"
#include "aq/station_daily.hpp"

namespace lantian::aq {
namespace {

using core::Decimal;

Decimal RandomConcentration(std::mt19937_64& rng, Pollutant p) {
  // Tenths for CO, halves for the rest: many exact .5 and breakpoint values.
  const int64_t top = p == Pollutant::kCO ? 1700 : 2 * 4200;
  const int64_t v = static_cast<int64_t>(rng() % static_cast<uint64_t>(top));
  return p == Pollutant::kCO ? Decimal::FromScaled(v, 1) : Decimal::FromScaled(v * 5, 1);
}

TEST(PropertiesTest, IaqiIsMonotoneAndBounded) {
  for (size_t m = 0; m < kMetricCount; ++m) {
    const auto metric = static_cast<Metric>(m);
    int last = -1;
    const int digits = ReportDigits(PollutantOf(metric));
    const int64_t top = Hj633_2012().Top(metric).ScaledHalfEven(0) + 20;
    for (int64_t tenths = 0; tenths <= top * 10; ++tenths) {
      auto v = Iaqi(Hj633_2012(), metric, Decimal::FromScaled(tenths, 1));
      if (!v) {  // no sub-index above the table: only SO2 1h and O3 8h, only above 800
        EXPECT_TRUE(metric == Metric::kSO2_1h || metric == Metric::kO3_8h);
        EXPECT_GT(Decimal::FromScaled(tenths, 1).RoundHalfEven(digits), Decimal::FromInt(800));
        break;
      }
      ASSERT_GE(*v, last) << MetricName(metric) << " at " << tenths << "/10";
      ASSERT_GE(*v, 0);
      ASSERT_LE(*v, 500);
      last = *v;
    }
  }
}

TEST(PropertiesTest, HourlyAqiNeverFallsWhenAConcentrationRises) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 20000; ++trial) {
    HourValues v;
    for (Pollutant p : kPollutants) {
      if (rng() % 4) v[Index(p)] = RandomConcentration(rng, p);
    }
    auto before = HourlyAqi(Hj633_2012(), v);
    const Pollutant p = kPollutants[rng() % kPollutantCount];
    HourValues w = v;
    w[Index(p)] = (v[Index(p)] ? *v[Index(p)] : Decimal()) + RandomConcentration(rng, p);
    auto after = HourlyAqi(Hj633_2012(), w);
    ASSERT_TRUE(after.has_value());
    if (before) {
      // SO2 1h above 800 drops to the published 200; every other rise is monotone.
      if (p == Pollutant::kSO2 && *w[Index(p)] > Decimal::FromInt(800)) continue;
      ASSERT_GE(after->aqi, before->aqi);
    }
  }
}

TEST(PropertiesTest, DailyAqiNeverFallsWhenAConcentrationRises) {
  std::mt19937_64 rng(12);
  for (int trial = 0; trial < 20000; ++trial) {
    DailyValues d;
    for (DailyColumn c : kDailyColumns) {
      if (rng() % 4) d[c] = RandomConcentration(rng, PollutantOf(c));
    }
    auto before = DailyAqi(Hj633_2012(), d);
    const DailyColumn c = kDailyColumns[rng() % kDailyColumnCount];
    if (c == DailyColumn::kO3_8h) continue;  // above 800 it hands over to O3 1h by rule
    DailyValues e = d;
    e[c] = (d[c] ? *d[c] : Decimal()) + RandomConcentration(rng, PollutantOf(c));
    auto after = DailyAqi(Hj633_2012(), e);
    ASSERT_TRUE(after.has_value());
    if (before) {
      ASSERT_GE(after->aqi, before->aqi);
    }
  }
}

TEST(PropertiesTest, CityValueLiesBetweenItsStations) {
  std::mt19937_64 rng(13);
  for (int trial = 0; trial < 5000; ++trial) {
    std::vector<DailyValues> stations(1 + rng() % 12);
    for (auto& s : stations) {
      for (DailyColumn c : kDailyColumns) {
        if (rng() % 3)
          s[c] =
              RandomConcentration(rng, PollutantOf(c)).RoundHalfEven(ReportDigits(PollutantOf(c)));
      }
    }
    const DailyValues city = CityDailyValues(stations);
    for (DailyColumn c : kDailyColumns) {
      std::optional<Decimal> lo, hi;
      for (const auto& s : stations) {
        if (!s[c]) continue;
        lo = lo ? std::min(*lo, *s[c]) : *s[c];
        hi = hi ? std::max(*hi, *s[c]) : *s[c];
      }
      ASSERT_EQ(city[c].has_value(), lo.has_value());
      if (lo) {
        ASSERT_GE(*city[c], *lo);
        ASSERT_LE(*city[c], *hi);
      }
    }
  }
}

TEST(PropertiesTest, StationDailyValuesLieWithinTheHours) {
  std::mt19937_64 rng(14);
  for (int trial = 0; trial < 3000; ++trial) {
    std::array<HourlySeries, kPollutantCount> m;
    for (Pollutant p : kPollutants) {
      for (int h = 0; h < 24; ++h) {
        if (rng() % 10) m[Index(p)].Set(h, RandomConcentration(rng, p));
      }
    }
    const DailyValues d = StationDailyValues(m);
    for (DailyColumn c : kDailyColumns) {
      if (!d[c]) continue;
      const HourlySeries& s = m[Index(PollutantOf(c))];
      Decimal lo = Decimal::FromInt(1'000'000), hi;
      for (int h = 0; h < 24; ++h) {
        if (!s.Has(h)) continue;
        lo = std::min(lo, s.At(h));
        hi = std::max(hi, s.At(h));
      }
      const int digits = ReportDigits(PollutantOf(c));
      ASSERT_GE(*d[c], lo.RoundHalfEven(digits));
      ASSERT_LE(*d[c], hi.RoundHalfEven(digits));
    }
  }
}

}  // namespace
}  // namespace lantian::aq
