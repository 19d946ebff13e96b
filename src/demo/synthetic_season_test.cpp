#include "demo/synthetic_season.hpp"

#include <gtest/gtest.h>

namespace lantian::demo {
namespace {

std::vector<DemoStation> Stations() {
  return {{"1001A", "110000", 39.88, 116.36},
          {"1028A", "130100", 38.05, 114.5},
          {"1462A", "610100", 34.27, 108.95}};
}

TEST(SyntheticSeasonTest, SameSeedSameValues) {
  SeasonOptions options{42, {core::Date::FromYmd(2020, 12, 1), core::Date::FromYmd(2020, 12, 10)}};
  SyntheticSeason a(Stations(), options), b(Stations(), options);
  SeasonDay da, db;
  int days = 0;
  while (a.Next(da)) {
    ASSERT_TRUE(b.Next(db));
    ASSERT_EQ(da.date, db.date);
    for (size_t i = 0; i < da.stations.size(); ++i) ASSERT_EQ(da.stations[i], db.stations[i]);
    ++days;
  }
  EXPECT_EQ(days, 10);
  EXPECT_FALSE(b.Next(db));
}

TEST(SyntheticSeasonTest, PlausibleWinterWithGaps) {
  SeasonOptions options{1, {core::Date::FromYmd(2019, 12, 1), core::Date::FromYmd(2020, 1, 31)}};
  SyntheticSeason season(Stations(), options);
  SeasonDay d;
  int64_t present = 0, slots = 0;
  double pm_sum = 0;
  int64_t pm_n = 0;
  while (season.Next(d)) {
    for (const auto& s : d.stations) {
      for (aq::Pollutant p : aq::kPollutants) {
        present += s.Measured(p).Count();
        slots += 24;
      }
      const auto& pm = s.Measured(aq::Pollutant::kPM25);
      for (int h = 0; h < 24; ++h) {
        if (!pm.Has(h)) continue;
        const auto v = pm.At(h);
        ASSERT_FALSE(v.IsNegative());
        pm_sum += static_cast<double>(v.ScaledHalfEven(0));
        ++pm_n;
      }
    }
  }
  const double missing = 1.0 - static_cast<double>(present) / static_cast<double>(slots);
  EXPECT_GT(missing, 0.01);
  EXPECT_LT(missing, 0.12);
  const double mean = pm_sum / static_cast<double>(pm_n);
  EXPECT_GT(mean, 40);
  EXPECT_LT(mean, 160);
}

}  // namespace
}  // namespace lantian::demo
