#include "aq/iaqi.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

std::optional<int> I(Metric m, std::string_view c) {
  return Iaqi(Hj633_2012(), m, *Decimal::Parse(c));
}

TEST(IaqiTest, EveryBreakpointGivesItsIaqiExactly) {
  const auto& t = Hj633_2012();
  for (size_t m = 0; m < kMetricCount; ++m) {
    const auto metric = static_cast<Metric>(m);
    for (size_t i = 0; i < kIaqiLevels.size(); ++i) {
      const auto& c = t.For(metric).concentration[i];
      if (!c) continue;
      EXPECT_EQ(Iaqi(t, metric, Decimal::FromInt(*c)), kIaqiLevels[i])
          << MetricName(metric) << " at " << *c;
    }
  }
}

TEST(IaqiTest, HandWorkedSegments) {
  // PM2.5 35..75 → 50..100, slope 1.25: 43 → 60 exactly, 44 → 61.25 → 62.
  EXPECT_EQ(I(Metric::kPM25_24h, "43"), 60);
  EXPECT_EQ(I(Metric::kPM25_24h, "44"), 62);
  EXPECT_EQ(I(Metric::kPM25_24h, "36"), 52);
  EXPECT_EQ(I(Metric::kPM25_24h, "1"), 2);  // 50/35 = 1.43 → 2
  // NO2 24h 80..180 → 100..150, slope 0.5: 81 → 100.5 → 101.
  EXPECT_EQ(I(Metric::kNO2_24h, "81"), 101);
  EXPECT_EQ(I(Metric::kNO2_24h, "82"), 101);
  // O3 8h 160..215 → 100..150: 171 → 100 + 50·11/55 = 110 exactly. In doubles
  // 50.0/55.0*11 is 9.999999999999998 or 10.000000000000002; ceil would give 111.
  EXPECT_EQ(I(Metric::kO3_8h, "171"), 110);
  EXPECT_EQ(I(Metric::kO3_8h, "172"), 111);
  // PM10 24h 350..420 → 200..300: 357 → 200 + 100·7/70 = 210 exactly.
  EXPECT_EQ(I(Metric::kPM10_24h, "357"), 210);
  // CO 24h (mg/m³) 2..4 → 50..100: 2.1 → 52.5 → 53.
  EXPECT_EQ(I(Metric::kCO_24h, "2.1"), 53);
  EXPECT_EQ(I(Metric::kCO_1h, "5.1"), 51);
  // SO2 24h 150..475 → 100..150: 215 → 100 + 50·65/325 = 110 exactly.
  EXPECT_EQ(I(Metric::kSO2_24h, "215"), 110);
}

TEST(IaqiTest, ConcentrationIsRoundedHalfEvenFirst) {
  EXPECT_EQ(I(Metric::kPM25_24h, "34.5"), 49);     // → 34: 48.57 → 49
  EXPECT_EQ(I(Metric::kPM25_24h, "35.5"), 52);     // → 36
  EXPECT_EQ(I(Metric::kPM25_24h, "35.4999"), 50);  // → 35
  EXPECT_EQ(I(Metric::kPM25_24h, "74.5"), 99);     // → 74: 98.75 → 99
  EXPECT_EQ(I(Metric::kPM25_24h, "75.5"), 102);    // → 76: 100 + 1.25 → 102
  EXPECT_EQ(I(Metric::kCO_24h, "2.05"), 50);       // → 2.0
  EXPECT_EQ(I(Metric::kCO_24h, "2.15"), 55);       // → 2.2: 50 + 25·0.2 = 55
  EXPECT_EQ(I(Metric::kCO_24h, "2.25"), 55);       // → 2.2
}

TEST(IaqiTest, AboveTheTable) {
  EXPECT_EQ(I(Metric::kPM25_24h, "500"), 500);
  EXPECT_EQ(I(Metric::kPM25_24h, "500.5"), 500);  // → 500 (even)
  EXPECT_EQ(I(Metric::kPM25_24h, "501"), 500);
  EXPECT_EQ(I(Metric::kPM10_24h, "9999"), 500);
  EXPECT_EQ(I(Metric::kO3_1h, "1201"), 500);
  EXPECT_EQ(I(Metric::kCO_1h, "150.1"), 500);
  // No sub-index: SO2 1h above 800, O3 8h above 800 (HJ 633-2012 Table 1 notes).
  EXPECT_EQ(I(Metric::kSO2_1h, "800"), 200);
  EXPECT_EQ(I(Metric::kSO2_1h, "800.5"), 200);  // → 800
  EXPECT_EQ(I(Metric::kSO2_1h, "801"), std::nullopt);
  EXPECT_EQ(I(Metric::kO3_8h, "800"), 300);
  EXPECT_EQ(I(Metric::kO3_8h, "801"), std::nullopt);
  EXPECT_EQ(I(Metric::kSO2_24h, "2621"), 500);
}

TEST(IaqiTest, ZeroIsZero) {
  for (size_t m = 0; m < kMetricCount; ++m) {
    EXPECT_EQ(Iaqi(Hj633_2012(), static_cast<Metric>(m), Decimal()), 0);
  }
}

}  // namespace
}  // namespace lantian::aq
