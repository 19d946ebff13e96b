#include "emergency/optimizer.hpp"

#include <gtest/gtest.h>

namespace lantian::emergency {
namespace {

constexpr auto Y = alert::Level::kYellow;

Enterprise E(const std::string& code, const std::string& industry, Grade grade) {
  Enterprise e;
  e.credit_code = code;
  e.industry = industry;
  e.grade = grade;
  return e;
}

Line L(const std::string& code, int64_t so2_kg, std::optional<int64_t> value_added) {
  Line l;
  l.enterprise = code;
  l.id = "1";
  l.baseline_kg = {so2_kg, 0, 0, 0};
  l.value_added = value_added;
  return l;
}

// SO2 only: 1,000 kg/day society-wide, so yellow needs 100 kg.
const Inventory kInventory{"c", {1000, 0, 0, 0}, ""};

TEST(OptimizerTest, TheCheapestLineFirst) {
  EmergencyList l;
  // 5 yuan per kg of SO2 against 20: half of the first line closes the gap.
  l.enterprises = {E("a", "cement", Grade::kB), E("b", "glass", Grade::kB)};
  l.lines = {L("a", 200, 1000), L("b", 100, 2000)};
  const Optimization o = Optimize(l, kInventory, Y);
  ASSERT_TRUE(o.needed);
  ASSERT_TRUE(o.feasible) << o.why;
  ASSERT_EQ(o.proposals.size(), 1u);
  EXPECT_EQ(o.proposals[0].enterprise, "a");
  EXPECT_EQ(o.proposals[0].to_permille[0], 500);
  EXPECT_EQ(o.proposals[0].added_kg[0], 100);
  EXPECT_NEAR(o.proposals[0].cost, 500, 1e-6);
  EXPECT_NEAR(o.proposals[0].CostPerTonne(), 5000, 1e-6);
  EXPECT_NEAR(*o.marginal_cost_per_t[0], 5000, 1e-6);
  EXPECT_TRUE(o.after.levels[0].pollutants[0].Met());
  EXPECT_FALSE(o.marginal_cost_per_t[1]);  // NOx was not short
}

TEST(OptimizerTest, GradeOrderWithinAnIndustry) {
  // A cheap B line and a dear C line of one industry, 50 kg to find: the C line may
  // not be limited less than the B line, so both take 25 % (cost 25 + 2,500), not the
  // B line alone (which would drag the C line to 50 %: 5,050) nor the C line alone (5,000).
  EmergencyList l;
  l.enterprises = {E("b", "cement", Grade::kB), E("c", "cement", Grade::kC)};
  l.lines = {L("b", 100, 100), L("c", 100, 10000)};
  const Inventory inv{"c", {500, 0, 0, 0}, ""};
  const Optimization o = Optimize(l, inv, Y);
  ASSERT_TRUE(o.feasible) << o.why;
  EXPECT_NEAR(o.total_cost, 2525, 1e-6);
  ASSERT_EQ(o.proposals.size(), 2u);
  for (const Proposal& p : o.proposals) EXPECT_EQ(p.to_permille[0], 250);
}

TEST(OptimizerTest, UntouchableEnterprisesAndInfeasibleGaps) {
  EmergencyList l;
  Enterprise protected_one = E("g", "cement", Grade::kB);
  protected_one.categories.guarantee = true;
  l.enterprises = {E("a", "cement", Grade::kA), protected_one, E("b", "glass", Grade::kC)};
  l.lines = {L("a", 500, 10), L("g", 500, 10), L("b", 60, 100)};
  const Optimization o = Optimize(l, kInventory, Y);
  EXPECT_TRUE(o.needed);
  EXPECT_FALSE(o.feasible);
  EXPECT_NE(o.why.find("SO2 short by 100 kg/day, eligible lines emit 60 kg/day"), std::string::npos)
      << o.why;
  // Enough with a bigger C line: only it is proposed; costed by emissions when no
  // value added is known (median value per kg of the others: 10 / 500).
  l.lines[2] = L("b", 400, std::nullopt);
  const Optimization p = Optimize(l, kInventory, Y);
  ASSERT_TRUE(p.feasible) << p.why;
  ASSERT_EQ(p.proposals.size(), 1u);
  EXPECT_EQ(p.proposals[0].enterprise, "b");
  EXPECT_TRUE(p.proposals[0].costed_by_emissions);
  EXPECT_EQ(p.proposals[0].to_permille[0], 250);
  EXPECT_NEAR(p.proposals[0].cost, 400 * 0.02 * 0.25, 1e-9);
}

TEST(OptimizerTest, NothingToDoWhenTheListMeetsItsShare) {
  EmergencyList l;
  l.enterprises = {E("a", "cement", Grade::kB)};
  l.lines = {L("a", 200, 1000)};
  l.measures = {{"a", "1", Y, MeasureKind::kLimit, {500, 500, 500, 500}, "", {}, 0}};
  const Optimization o = Optimize(l, kInventory, Y);
  EXPECT_FALSE(o.needed);
  EXPECT_TRUE(o.feasible);
  EXPECT_TRUE(o.proposals.empty());
}

}  // namespace
}  // namespace lantian::emergency
