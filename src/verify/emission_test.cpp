#include "verify/emission.hpp"

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

TEST(EmissionTest, OxygenCorrection) {
  // 100 mg/m³ measured at 12 % O2, judged at 6 %: 100 × 15 / 9.
  EXPECT_NEAR(*O2Corrected(100, 12, 6), 166.6666667, 1e-6);
  EXPECT_DOUBLE_EQ(*O2Corrected(100, 6, 6), 100);
  EXPECT_FALSE(O2Corrected(100, 21, 6));  // air
  EXPECT_FALSE(O2Corrected(100, -1, 6));
}

TEST(EmissionTest, ExceedancesAtTheApplicableLimit) {
  // SO2 of a coal boiler: ordinary 50, ultra-low 35 mg/m³, at 6 % O2.
  const OutletLimit so2{"a21026", 50, 35, 6};
  EXPECT_EQ(ApplicableLimit(so2, false), 50);
  EXPECT_EQ(ApplicableLimit(so2, true), 35);
  const core::Instant t0{0};
  const std::vector<HourValue> hours{
      {t0 + 3600, 30, 12.0, 'N'},           // 30 × 15/9 = 50: not above 50, above 35
      {t0 + 7200, 31, 12.0, 'N'},           // 51.7: above both
      {t0 + 10800, 90, 12.0, 'M'},          // maintenance: not judged
      {t0 + 14400, 40, std::nullopt, 'N'},  // no O2: not judged
      {t0 + 18000, 20, 6.0, 'N'},           // 20: within both
  };
  const auto ordinary = Exceedances(hours, so2, false);
  ASSERT_EQ(ordinary.exceedances.size(), 1u);
  EXPECT_EQ(ordinary.exceedances[0].hour, t0 + 7200);
  EXPECT_NEAR(ordinary.exceedances[0].value, 31 * 15.0 / 9, 1e-9);
  EXPECT_EQ(ordinary.judged, 3);
  EXPECT_EQ(ordinary.not_normal, 1);
  EXPECT_EQ(ordinary.no_o2, 1);
  EXPECT_EQ(Exceedances(hours, so2, true).exceedances.size(), 2u);
  // Without a reference O2 the value is judged as measured.
  const OutletLimit voc{"a24088", 60, std::nullopt, std::nullopt};
  const auto v = Exceedances({{t0, 61, std::nullopt, 'N'}}, voc, true);
  ASSERT_EQ(v.exceedances.size(), 1u);
  EXPECT_EQ(v.exceedances[0].limit, 60);
}

}  // namespace
}  // namespace lantian::verify
