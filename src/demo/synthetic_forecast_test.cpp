#include "demo/synthetic_forecast.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace lantian::demo {
namespace {

TEST(SyntheticForecastTest, DeterministicBandedAndWorseWithLead) {
  const core::Date day = core::Date::FromYmd(2020, 12, 1);
  const ForecastAqi a = SyntheticForecast(7, "130100", day, 1, 180);
  const ForecastAqi b = SyntheticForecast(7, "130100", day, 1, 180);
  EXPECT_EQ(a.aqi, b.aqi);
  double error1 = 0, error3 = 0;
  for (int d = 0; d < 400; ++d) {
    for (int lead : {1, 3}) {
      const ForecastAqi f = SyntheticForecast(7, "130100", day + d, lead, 180);
      EXPECT_LE(f.low, f.aqi);
      EXPECT_GE(f.high, f.aqi);
      EXPECT_GE(f.low, 0);
      EXPECT_LE(f.high, 500);
      (lead == 1 ? error1 : error3) += std::abs(f.aqi - 180);
    }
  }
  EXPECT_LT(error1 * 2, error3);  // three days ahead is much worse than one
}

}  // namespace
}  // namespace lantian::demo
