#include "emergency/in_force.hpp"

#include <gtest/gtest.h>

#include "emergency/test_list.hpp"

namespace lantian::emergency {
namespace {

TEST(InForceTest, EachLineCarriesItsMeasureOfTheLevel) {
  const EmergencyList list = testing::SmallList();
  const auto orange = DutiesAt(list, alert::Level::kOrange);
  ASSERT_EQ(orange.size(), 2u);
  EXPECT_EQ(orange[0].enterprise_name, "水泥厂");
  ASSERT_TRUE(orange[0].measure);
  EXPECT_EQ(orange[0].measure->kind, MeasureKind::kLimit);
  // 20 % of 100 / 400 / 200 / 0 kg a day.
  EXPECT_EQ(orange[0].reduction_kg, (PerPollutant{20, 80, 40, 0}));
  EXPECT_EQ(orange[1].measure->kind, MeasureKind::kSelfDetermined);
  EXPECT_EQ(orange[1].reduction_kg, (PerPollutant{0, 0, 0, 150}));

  const auto red = DutiesAt(list, alert::Level::kRed);
  EXPECT_EQ(red[0].reduction_kg, (PerPollutant{100, 400, 200, 0}));
}

TEST(InForceTest, LinesWithoutAMeasureAndLevelsWithoutMeasures) {
  EmergencyList list = testing::SmallList();
  std::erase_if(list.measures,
                [](const Measure& m) { return m.line == "c" && m.level == alert::Level::kYellow; });
  const auto yellow = DutiesAt(list, alert::Level::kYellow);
  ASSERT_EQ(yellow.size(), 2u);
  EXPECT_FALSE(yellow[1].measure);
  EXPECT_EQ(yellow[1].reduction_kg, (PerPollutant{0, 0, 0, 0}));
  EXPECT_TRUE(DutiesAt(list, alert::Level::kBlue).empty());
  EXPECT_TRUE(DutiesAt(list, alert::Level::kNone).empty());
}

}  // namespace
}  // namespace lantian::emergency
