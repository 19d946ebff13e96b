#include "aq/hourly_aqi.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

HourValues V(std::initializer_list<std::pair<Pollutant, const char*>> values) {
  HourValues h;
  for (auto [p, s] : values) h[Index(p)] = *Decimal::Parse(s);
  return h;
}

TEST(HourlyAqiTest, ParticlesUseThe24hBreakpoints) {
  // A published CNEMC hour: 1001A 2019-01-01 label 0: PM2.5 53, PM10 76, SO2 15,
  // NO2 75, CO 1.2, O3 missing; published AQI 73.
  auto r = HourlyAqi(Hj633_2012(), V({{Pollutant::kPM25, "53"},
                                      {Pollutant::kPM10, "76"},
                                      {Pollutant::kSO2, "15"},
                                      {Pollutant::kNO2, "75"},
                                      {Pollutant::kCO, "1.2"}}));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->aqi, 73);  // PM2.5: 50 + 1.25·18 = 72.5 → 73
  EXPECT_EQ(r->primary.Join(";"), "PM2.5");
}

TEST(HourlyAqiTest, GasesUseThe1hBreakpoints) {
  auto r = HourlyAqi(Hj633_2012(), V({{Pollutant::kNO2, "150"}}));  // 50 + 50·50/100 = 75
  EXPECT_EQ(r->aqi, 75);
  r = HourlyAqi(Hj633_2012(), V({{Pollutant::kO3, "210"}}));  // 100 + 50·10/100 = 105
  EXPECT_EQ(r->aqi, 105);
  r = HourlyAqi(Hj633_2012(), V({{Pollutant::kCO, "6"}}));  // 50 + 50·1/5 = 60
  EXPECT_EQ(r->aqi, 60);
}

TEST(HourlyAqiTest, So2Above800CountsAs200AsPublished) {
  // 2647A 2019-01-09 h13: SO2 915, published AQI 200.
  auto r = HourlyAqi(Hj633_2012(), V({{Pollutant::kSO2, "915"}, {Pollutant::kPM25, "40"}}));
  EXPECT_EQ(r->aqi, 200);
  EXPECT_EQ(r->primary.Join(";"), "SO2");
  r = HourlyAqi(Hj633_2012(), V({{Pollutant::kSO2, "915"}, {Pollutant::kPM25, "160"}}));
  EXPECT_EQ(r->aqi, 210);
  EXPECT_EQ(r->primary.Join(";"), "PM2.5");
}

TEST(HourlyAqiTest, MissingPollutantsAreLeftOut) {
  EXPECT_EQ(HourlyAqi(Hj633_2012(), HourValues{}), std::nullopt);
  auto r = HourlyAqi(Hj633_2012(), V({{Pollutant::kSO2, "10"}}));
  EXPECT_EQ(r->aqi, 4);  // 50·10/150 = 3.3 → 4
  EXPECT_TRUE(r->primary.empty());
}

}  // namespace
}  // namespace lantian::aq
