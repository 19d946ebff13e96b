#include "emergency/check.hpp"

#include <gtest/gtest.h>

#include "emergency/test_list.hpp"

namespace lantian::emergency {
namespace {

TEST(EmergencyCheckTest, ReductionsRatiosAndShortfalls) {
  // Society-wide: SO2 1 t, NOx 2 t, PM 1 t, VOCs 2 t a day.
  const Inventory inv{"130100", {1000, 2000, 1000, 2000}, "2019 inventory"};
  const ListCheck c = CheckList(testing::SmallList(), inv);
  // Yellow: the kiln limited 10 %: SO2 100 kg × 100 ‰ = 10 kg of 1000 → 1 %, short 90 kg;
  // NOx 40 of 2000 = 2 %; PM 20 of 1000; VOCs: the coating plant declares 0.
  const PollutantCheck& so2 = c.levels[0].pollutants[0];
  EXPECT_EQ(so2.reduction_units, 100 * 100);  // kg·‰: 100 kg × 100 ‰
  EXPECT_DOUBLE_EQ(*so2.Ratio(), 0.01);
  EXPECT_FALSE(so2.Met());
  EXPECT_DOUBLE_EQ(so2.ShortT(), 0.09);
  // Red: the kiln stops (SO2 100 kg = 10 % of 1 t, short of 30 %); coating 500 ‰ of 500 kg
  // VOCs = 250 kg of 2000 = 12.5 %.
  EXPECT_DOUBLE_EQ(*c.levels[2].pollutants[0].Ratio(), 0.1);
  EXPECT_DOUBLE_EQ(*c.levels[2].pollutants[3].Ratio(), 0.125);
  EXPECT_DOUBLE_EQ(c.levels[2].pollutants[3].ReductionT(), 0.25);
  EXPECT_FALSE(c.levels[2].Met());
  EXPECT_EQ(c.by_industry.at("cement")[2][1], 400 * 1000);
  EXPECT_EQ(c.by_grade.at("A")[2][3], 500 * 500);
  EXPECT_EQ(c.by_district.at("130104")[1][3], 500 * 300);
}

TEST(EmergencyCheckTest, ExactlyTheRequiredShareIsMet) {
  EmergencyList l = testing::SmallList();
  // SO2 base 1000 kg; the kiln's 100 kg stopped at yellow is exactly 10 %.
  l.measures[0].kind = MeasureKind::kStop;
  l.measures[0].permille = {1000, 1000, 1000, 1000};
  const ListCheck c = CheckList(l, {"130100", {1000, 4000, 2000, 5000}, ""});
  EXPECT_TRUE(c.levels[0].pollutants[0].Met());
  EXPECT_DOUBLE_EQ(c.levels[0].pollutants[0].ShortT(), 0.0);
  EXPECT_TRUE(c.levels[0].pollutants[1].Met());   // 400 of 4000
  EXPECT_TRUE(c.levels[0].pollutants[2].Met());   // 200 of 2000
  EXPECT_FALSE(c.levels[0].pollutants[3].Met());  // VOCs 0 of 5000
  // No emissions of a pollutant at all: nothing to cut, met, no ratio.
  const ListCheck none = CheckList(l, {"130100", {0, 0, 0, 0}, ""});
  EXPECT_TRUE(none.levels[0].Met());
  EXPECT_FALSE(none.levels[0].pollutants[0].Ratio());
}

}  // namespace
}  // namespace lantian::emergency
