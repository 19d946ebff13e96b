#include "campaign/tier_rule.hpp"

#include <gtest/gtest.h>

namespace lantian::campaign {
namespace {

using core::Decimal;

Decimal D(const char* s) { return *Decimal::Parse(s); }

std::vector<Tier> SixTiers(const std::string& phase) {
  // PM2.5 bounds 90, 80, 70, 60, 50, 0 with 6 … 1 %; heavy-day bounds 20, 16, 12,
  // 8, 4, 0 with 10 … 0 days
  std::vector<Tier> t;
  const int from[] = {90, 80, 70, 60, 50, 0};
  const int heavy_from[] = {20, 16, 12, 8, 4, 0};
  for (int i = 0; i < 6; ++i) {
    t.push_back({phase, i + 1, Decimal::FromInt(from[i]), Decimal::FromInt(6 - i), heavy_from[i],
                 10 - 2 * i});
  }
  return t;
}

TEST(TierRuleTest, TierByBaselineAndOneRounding) {
  auto rule = SixTiers("2020Q4");
  auto tiers = TiersOf(rule, "2020Q4");
  ASSERT_TRUE(tiers) << tiers.status().message();
  // 95 → tier 1: 95 × 0.94 = 89.3 → 89; 12 heavy days → heavy tier 3: 12 − 6 = 6.
  CityTarget a = DeriveCityTarget(*tiers, "130100", "2020Q4", D("95"), 12, nullptr);
  EXPECT_EQ(a.derivation->tier, 1);
  EXPECT_EQ(a.derivation->heavy_tier, 3);
  EXPECT_EQ(a.pm25, D("89"));
  EXPECT_EQ(a.heavy_days, 6);
  // 25 heavy days → heavy tier 1: 25 − 10 = 15.
  EXPECT_EQ(DeriveCityTarget(*tiers, "1", "2020Q4", D("95"), 25, nullptr).heavy_days, 15);
  EXPECT_EQ(a.source, TargetSource::kTierRule);
  // 80 is the lower bound of tier 2 (inclusive): 80 × 0.95 = 76; 3 heavy days → tier 6: 3.
  CityTarget b = DeriveCityTarget(*tiers, "1", "2020Q4", D("80"), 3, nullptr);
  EXPECT_EQ(b.derivation->tier, 2);
  EXPECT_EQ(b.pm25, D("76"));
  EXPECT_EQ(b.heavy_days, 3);
  // 45 → tier 6: 45 × 0.99 = 44.55 → 45; 5 heavy days → heavy tier 5: 5 − 2 = 3.
  CityTarget c = DeriveCityTarget(*tiers, "1", "2020Q4", D("45"), 5, nullptr);
  EXPECT_EQ(c.derivation->tier, 6);
  EXPECT_EQ(c.derivation->heavy_tier, 5);
  EXPECT_EQ(c.pm25, D("45"));
  EXPECT_EQ(c.heavy_days, 3);
  // 1 heavy day → heavy tier 6, no reduction: a target is never below 0.
  EXPECT_EQ(DeriveCityTarget(*tiers, "1", "2020Q4", D("45"), 1, nullptr).heavy_days, 1);
  // 62.5 × 0.97 = 60.625 → 61; 50 × 0.98 = 49 exactly.
  EXPECT_EQ(DeriveCityTarget(*tiers, "1", "2020Q4", D("62.5"), 0, nullptr).pm25, D("61"));
  EXPECT_EQ(DeriveCityTarget(*tiers, "1", "2020Q4", D("50"), 0, nullptr).pm25, D("49"));
}

TEST(TierRuleTest, StricterTargetAddsToTheTier) {
  auto rule = SixTiers("2021Q1");
  auto tiers = TiersOf(rule, "2021Q1");
  std::vector<StricterTarget> stricter = {
      {"130100", "", D("1.5"), 2, "behind the 13th FYP trajectory"},
      {"130100", "2021Q1", D("2"), 1, "phase-specific"}};
  ASSERT_TRUE(CheckStricterTargets(stricter).ok());
  const StricterTarget* s = StricterFor(stricter, "130100", "2021Q1");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->reason, "phase-specific");
  EXPECT_EQ(StricterFor(stricter, "130100", "2020Q4")->reason, "behind the 13th FYP trajectory");
  EXPECT_EQ(StricterFor(stricter, "130200", "2020Q4"), nullptr);
  // tier 1 (6 %) + 2 = 8 %: 100 × 0.92 = 92; 20 heavy days, tier 1: 20 − (10 + 1) = 9.
  CityTarget t = DeriveCityTarget(*tiers, "130100", "2021Q1", D("100"), 20, s);
  EXPECT_EQ(t.derivation->pm25_reduction_percent, D("8"));
  EXPECT_EQ(t.derivation->heavy_days_reduction, 11);
  EXPECT_EQ(t.derivation->stricter_reason, "phase-specific");
  EXPECT_EQ(t.pm25, D("92"));
  EXPECT_EQ(t.heavy_days, 9);
}

TEST(TierRuleTest, RejectsInconsistentRules) {
  auto rule = SixTiers("2020Q4");
  auto q1 = SixTiers("2021Q1");
  rule.insert(rule.end(), q1.begin(), q1.end());
  EXPECT_TRUE(CheckTierRule(rule).ok());

  auto gap = rule;
  gap.erase(gap.begin() + 2);
  EXPECT_NE(CheckTierRule(gap).message().find("without gaps"), std::string::npos);

  auto not_falling = rule;
  not_falling[1].baseline_pm25_from = D("95");
  EXPECT_NE(CheckTierRule(not_falling).message().find("below the bound"), std::string::npos);
  auto heavy_not_falling = rule;
  heavy_not_falling[2].baseline_heavy_days_from = 16;
  EXPECT_NE(CheckTierRule(heavy_not_falling).message().find("below the bound"), std::string::npos);

  auto no_floor = rule;
  no_floor[5].baseline_pm25_from = D("40");
  EXPECT_NE(CheckTierRule(no_floor).message().find("start at 0"), std::string::npos);

  auto cleaner_cuts_more = rule;
  cleaner_cuts_more[3].pm25_reduction_percent = D("9");
  EXPECT_NE(CheckTierRule(cleaner_cuts_more).message().find("reduce more"), std::string::npos);

  auto precise = rule;
  precise[0].pm25_reduction_percent = D("6.25");
  EXPECT_NE(CheckTierRule(precise).message().find("one decimal place"), std::string::npos);

  auto one_phase = SixTiers("2020Q4");
  EXPECT_NE(CheckTierRule(one_phase).message().find("no tiers for 2021Q1"), std::string::npos);

  std::vector<StricterTarget> twice = {{"1", "", D("1"), 0, ""}, {"1", "", D("1"), 0, ""}};
  EXPECT_FALSE(CheckStricterTargets(twice).ok());
}

TEST(CityTargetTest, TableCheckNamesRowsAndMissingCities) {
  std::vector<Unit> units = {
      {.code = "130100",
       .name_zh = "石家庄市",
       .region = Region::kJJJ,
       .kind = "prefecture",
       .note = "2+26"},
      {.code = "610100",
       .name_zh = "西安市",
       .region = Region::kFW,
       .kind = "prefecture",
       .note = "Fenwei"},
      {.code = "133100", .name_zh = "雄安新区", .region = Region::kJJJ, .kind = "new_area"}};
  CityTarget ok{.city_code = "130100", .phase = "2020Q4", .pm25 = D("60"), .heavy_days = 4};
  CityTarget xian = ok;
  xian.city_code = "610100";
  EXPECT_TRUE(CheckTargetTable(std::vector{ok, xian}, units).empty());

  CityTarget dup = ok;
  CityTarget bad = ok;
  bad.city_code = "999999";
  bad.pm25 = D("0");
  bad.heavy_days = 93;
  auto problems = CheckTargetTable(std::vector{ok, dup, bad}, units);
  ASSERT_EQ(problems.size(), 5u);
  EXPECT_EQ(problems[0].row, 1);
  EXPECT_NE(problems[0].message.find("appears twice (first on row 1)"), std::string::npos);
  EXPECT_EQ(problems[1].field, "city");
  EXPECT_EQ(problems[2].field, "pm25_target");
  EXPECT_EQ(problems[3].field, "heavy_days_target");
  EXPECT_EQ(problems[4].row, -1);
  EXPECT_NE(problems[4].message.find("610100 西安市"), std::string::npos);
}

}  // namespace
}  // namespace lantian::campaign
