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

}  // namespace
}  // namespace lantian::campaign
