#include "demo/synthetic_list.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "emergency/check.hpp"
#include "emergency/credit_code.hpp"

namespace lantian::demo {
namespace {

emergency::Templates DefaultTemplates() {
  using emergency::Grade;
  std::vector<emergency::Template> rows;
  const std::map<Grade, std::array<int, 3>> shares{
      {Grade::kB, {100, 200, 300}}, {Grade::kC, {200, 300, 500}}, {Grade::kD, {300, 500, 1000}}};
  for (const auto& [grade, s] : shares) {
    for (size_t k = 0; k < 3; ++k) rows.push_back({"*", grade, emergency::kListLevels[k], s[k]});
  }
  return emergency::Templates(rows);
}

TEST(SyntheticListTest, DeterministicValidAndPlausible) {
  const auto templates = DefaultTemplates();
  const auto a = SyntheticEmergencyList(7, "130100", 38.04, 114.5, templates);
  const auto b = SyntheticEmergencyList(7, "130100", 38.04, 114.5, templates);
  EXPECT_EQ(a.list.lines.size(), b.list.lines.size());
  EXPECT_EQ(a.inventory.kg, b.inventory.kg);
  EXPECT_NE(SyntheticEmergencyList(7, "140100", 37.9, 112.5, templates).inventory.kg,
            a.inventory.kg);

  ASSERT_EQ(a.list.enterprises.size(), 60u);
  std::set<std::string> codes;
  for (const auto& e : a.list.enterprises) {
    EXPECT_EQ(emergency::CheckCreditCode(e.credit_code), "") << e.credit_code;
    EXPECT_EQ(e.credit_code.substr(2, 6), "130100");
    EXPECT_NE(e.name.find("非真实企业"), std::string::npos);
    EXPECT_EQ(e.district.substr(0, 4), "1301");
    codes.insert(e.credit_code);
  }
  EXPECT_EQ(codes.size(), 60u);
  EXPECT_GE(a.list.lines.size(), 60u);
  // Most lines carry all three levels; a few defects are left for the rules to find.
  EXPECT_GT(a.list.measures.size(), a.list.lines.size() * 28 / 10);
  EXPECT_LE(a.list.measures.size(), a.list.lines.size() * 3);

  // The listed baseline is 45–80 % of society-wide: yellow is within reach.
  const auto check = emergency::CheckList(a.list, a.inventory);
  for (size_t q = 0; q < 4; ++q) {
    const auto& yellow = check.levels[0].pollutants[q];
    ASSERT_TRUE(yellow.Ratio());
    EXPECT_GT(*yellow.Ratio(), 0.05) << q;
    EXPECT_LT(*yellow.Ratio(), 0.6) << q;
  }
}

TEST(SyntheticListTest, MunicipalitiesGetTheirDistrictCodes) {
  const auto l =
      SyntheticEmergencyList(1, "110000", std::nullopt, std::nullopt, DefaultTemplates(), 10);
  for (const auto& e : l.list.enterprises) {
    EXPECT_EQ(e.district.substr(0, 4), "1101");
    EXPECT_FALSE(e.lat);
  }
}

}  // namespace
}  // namespace lantian::demo
