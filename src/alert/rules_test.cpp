#include "alert/rules.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

TEST(AlertRulesTest, NationalDefaultIsValidAndStrictAsItself) {
  EXPECT_TRUE(CheckRules(NationalDefault()).ok());
  EXPECT_TRUE(IsAtLeastAsStrict(NationalDefault(), NationalDefault()).ok());
  EXPECT_EQ(LevelName(Level::kOrange), "orange");
  EXPECT_EQ(ParseLevel("red"), Level::kRed);
  EXPECT_FALSE(ParseLevel("purple"));
}

TEST(AlertRulesTest, MilderRulesAreRefusedWithTheConditionTheyMiss) {
  AlertRules milder = NationalDefault();
  milder.levels[2].any_of = {{3, 0, 0}};  // yellow only at 3 days
  auto s = IsAtLeastAsStrict(milder, NationalDefault());
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("yellow (≥ 2 days > 200)"), std::string::npos) << s.message();

  AlertRules no_500 = NationalDefault();
  no_500.levels[0].any_of = {{4, 2, 0}};  // red without the 500 clause
  EXPECT_FALSE(IsAtLeastAsStrict(no_500, NationalDefault()).ok());

  AlertRules shorter_gap = NationalDefault();
  shorter_gap.merge_gap_days = 0;
  EXPECT_EQ(IsAtLeastAsStrict(shorter_gap, NationalDefault()).field(), "merge_gap_days");

  // Orange at 2 days > 200 with one > 300 is stricter: accepted.
  AlertRules stricter = NationalDefault();
  stricter.levels[1].any_of = {{2, 1, 0}};
  EXPECT_TRUE(IsAtLeastAsStrict(stricter, NationalDefault()).ok());
}

TEST(AlertRulesTest, InconsistentRulesAreErrors) {
  AlertRules twice = NationalDefault();
  twice.levels.push_back({Level::kRed, true, {{5, 0, 0}}});
  EXPECT_FALSE(CheckRules(twice).ok());
  AlertRules empty_condition = NationalDefault();
  empty_condition.levels[2].any_of = {{0, 0, 0}};
  EXPECT_FALSE(CheckRules(empty_condition).ok());
  AlertRules enabled_without = NationalDefault();
  enabled_without.levels[3] = {Level::kBlue, true, {}};
  EXPECT_FALSE(CheckRules(enabled_without).ok());
}

}  // namespace
}  // namespace lantian::alert
