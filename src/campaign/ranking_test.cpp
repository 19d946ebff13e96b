#include "campaign/ranking.hpp"

#include <gtest/gtest.h>

namespace lantian::campaign {
namespace {

using core::Decimal;

std::optional<Decimal> D(const char* s) { return *Decimal::Parse(s); }

TEST(RankingTest, TiesShareARankAndTheNextSkips) {
  std::vector<std::optional<Decimal>> keys = {D("5.10"), D("4.20"), std::nullopt, D("4.20"),
                                              D("6.00")};
  auto ranks = CompetitionRanks(keys);
  EXPECT_EQ(ranks[1], 1);
  EXPECT_EQ(ranks[3], 1);
  EXPECT_EQ(ranks[0], 3);
  EXPECT_EQ(ranks[4], 4);
  EXPECT_EQ(ranks[2], std::nullopt);
  auto desc = CompetitionRanks(keys, false);
  EXPECT_EQ(desc[4], 1);
  EXPECT_EQ(desc[0], 2);
  EXPECT_EQ(desc[1], 3);
  EXPECT_EQ(desc[3], 3);
}

TEST(RankingTest, BestAndWorstKeepTiesAtTheBoundary) {
  std::vector<std::optional<Decimal>> keys = {D("3"), D("1"), D("2"), D("2"), D("9"), std::nullopt};
  EXPECT_EQ(BestN(keys, 2), (std::vector<size_t>{1, 2, 3}));  // 1, then 2 and 2 tied second
  EXPECT_EQ(BestN(keys, 1), (std::vector<size_t>{1}));
  EXPECT_EQ(WorstN(keys, 2), (std::vector<size_t>{4, 0}));
  EXPECT_EQ(WorstN(keys, 3), (std::vector<size_t>{4, 0, 2, 3}));
  EXPECT_TRUE(BestN(std::vector<std::optional<Decimal>>{std::nullopt}, 10).empty());
}

}  // namespace
}  // namespace lantian::campaign
