#include "campaign/unit.hpp"

#include <gtest/gtest.h>

namespace lantian::campaign {
namespace {

TEST(UnitTest, ShortNamesMatchCnemcCityNames) {
  Unit sjz{.code = "130100", .name_zh = "石家庄市"};
  EXPECT_EQ(ShortNameZh(sjz), "石家庄");
  Unit xiongan{.code = "133100", .name_zh = "雄安新区"};
  EXPECT_EQ(ShortNameZh(xiongan), "雄安新区");
  Unit odd{.code = "1", .name_zh = "市"};
  EXPECT_EQ(ShortNameZh(odd), "市");
}

TEST(UnitTest, Regions) {
  EXPECT_EQ(ParseRegion("JJJ"), Region::kJJJ);
  EXPECT_EQ(ParseRegion("FW"), Region::kFW);
  EXPECT_EQ(ParseRegion("YRD"), std::nullopt);
  EXPECT_EQ(RegionNameZh(Region::kFW), "汾渭平原");
}

TEST(UnitTest, Groups) {
  Unit sjz{.code = "130100", .region = Region::kJJJ, .kind = "prefecture", .note = "2+26"};
  Unit xiongan{.code = "133100", .region = Region::kJJJ, .kind = "new_area"};
  Unit xian{.code = "610100", .region = Region::kFW, .kind = "prefecture", .note = "Fenwei"};
  Unit hancheng{.code = "610581", .region = Region::kFW, .kind = "county_city"};
  EXPECT_TRUE(InGroup(sjz, UnitGroup::kTwoPlus26));
  EXPECT_FALSE(InGroup(sjz, UnitGroup::kFenwei));
  EXPECT_FALSE(InGroup(xiongan, UnitGroup::kTwoPlus26));
  EXPECT_TRUE(InGroup(xiongan, UnitGroup::kAll));
  EXPECT_TRUE(InGroup(xian, UnitGroup::kFenwei));
  EXPECT_FALSE(InGroup(hancheng, UnitGroup::kFenwei));
  EXPECT_TRUE(NeedsCityTarget(sjz));
  EXPECT_TRUE(NeedsCityTarget(xian));
  EXPECT_FALSE(NeedsCityTarget(hancheng));
  EXPECT_EQ(ParseUnitGroup("2+26"), UnitGroup::kTwoPlus26);
  EXPECT_EQ(ParseUnitGroup("fenwei"), UnitGroup::kFenwei);
  EXPECT_EQ(ParseUnitGroup("all"), UnitGroup::kAll);
  EXPECT_EQ(ParseUnitGroup("yrd"), std::nullopt);
}

}  // namespace
}  // namespace lantian::campaign
