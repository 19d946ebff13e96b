#include "aq/aqi.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

TEST(AqiTest, LevelsAtTheirEdges) {
  EXPECT_EQ(AqiLevel(0), 1);
  EXPECT_EQ(AqiLevel(50), 1);
  EXPECT_EQ(AqiLevel(51), 2);
  EXPECT_EQ(AqiLevel(100), 2);
  EXPECT_EQ(AqiLevel(101), 3);
  EXPECT_EQ(AqiLevel(150), 3);
  EXPECT_EQ(AqiLevel(151), 4);
  EXPECT_EQ(AqiLevel(200), 4);
  EXPECT_EQ(AqiLevel(201), 5);
  EXPECT_EQ(AqiLevel(300), 5);
  EXPECT_EQ(AqiLevel(301), 6);
  EXPECT_EQ(AqiLevel(500), 6);
  EXPECT_EQ(LevelNameZh(5), "重度污染");
  EXPECT_FALSE(IsHeavyPollution(200));
  EXPECT_TRUE(IsHeavyPollution(201));
}

TEST(AqiTest, PrimaryOnlyAbove50AndTiesKeepAll) {
  std::vector<SubIndex> clean = {{Metric::kPM25_24h, 50}, {Metric::kPM10_24h, 50}};
  auto r = CombineSubIndices(clean);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->aqi, 50);
  EXPECT_TRUE(r->primary.empty());

  std::vector<SubIndex> tie = {
      {Metric::kPM25_24h, 120}, {Metric::kPM10_24h, 120}, {Metric::kNO2_24h, 80}};
  r = CombineSubIndices(tie);
  EXPECT_EQ(r->aqi, 120);
  EXPECT_EQ(r->level, 3);
  EXPECT_EQ(r->primary.Join(";"), "PM10;PM2.5");
  EXPECT_EQ(r->exceeding.Join(";"), "PM10;PM2.5");

  // O3 through both its 1h and 8h sub-indices is one pollutant.
  std::vector<SubIndex> ozone = {{Metric::kO3_1h, 90}, {Metric::kO3_8h, 90}, {Metric::kSO2_24h, 5}};
  r = CombineSubIndices(ozone);
  EXPECT_EQ(r->primary.Join(";"), "O3");
  EXPECT_TRUE(r->exceeding.empty());

  std::vector<SubIndex> edge = {{Metric::kCO_24h, 101}, {Metric::kSO2_24h, 100}};
  r = CombineSubIndices(edge);
  EXPECT_EQ(r->exceeding.Join(";"), "CO");
  EXPECT_EQ(CombineSubIndices({}), std::nullopt);
}

}  // namespace
}  // namespace lantian::aq
