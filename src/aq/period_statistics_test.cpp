#include "aq/period_statistics.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

std::vector<Decimal> Ints(std::initializer_list<int> v) {
  std::vector<Decimal> out;
  for (int x : v) out.push_back(Decimal::FromInt(x));
  return out;
}

TEST(PeriodStatisticsTest, MeanOfPresentValues) {
  std::vector<std::optional<Decimal>> days = {Decimal::FromInt(60), std::nullopt,
                                              Decimal::FromInt(61)};
  EXPECT_EQ(PeriodMean(days, 0), Decimal::FromInt(60));  // 60.5 → 60
  days.push_back(Decimal::FromInt(62));
  EXPECT_EQ(PeriodMean(days, 0), Decimal::FromInt(61));
  EXPECT_EQ(PeriodMean(std::vector<std::optional<Decimal>>{std::nullopt}, 0), std::nullopt);
}

TEST(PeriodStatisticsTest, Hj663Percentile) {
  // n = 10, p = 0.95: k = 1 + 9·0.95 = 9.55, s = 9: X(9) + 0.55·(X(10) − X(9)).
  auto v = Ints({10, 1, 9, 2, 8, 3, 7, 4, 6, 5});
  EXPECT_EQ(Percentile(v, 95, 0), Decimal::FromInt(10));  // 9.55 → 10
  EXPECT_EQ(Percentile(v, 90, 0), Decimal::FromInt(9));   // k = 9.1 → 9.1 → 9
  EXPECT_EQ(Percentile(v, 50, 0), Decimal::FromInt(6));   // k = 5.5 → 5.5 → 6 (even)
  EXPECT_EQ(Percentile(Ints({1, 2, 3, 4}), 50, 0), Decimal::FromInt(2));  // k = 2.5 → 2.5 → 2
  EXPECT_EQ(Percentile(Ints({7}), 95, 0), Decimal::FromInt(7));
  EXPECT_EQ(Percentile(Ints({3, 1}), 100, 0), Decimal::FromInt(3));
  std::vector<Decimal> co = {*Decimal::Parse("1.1"), *Decimal::Parse("1.2")};
  EXPECT_EQ(Percentile(co, 95, 1), *Decimal::Parse("1.2"));  // 1.195 → 1.2
  EXPECT_EQ(Percentile({}, 95, 0), std::nullopt);
}

TEST(PeriodStatisticsTest, MonthlyValidity) {
  EXPECT_EQ(MinValidDaysInMonth(2), 25);
  EXPECT_EQ(MinValidDaysInMonth(1), 27);
  EXPECT_EQ(kMinDaysPerYear, 324);
}

}  // namespace
}  // namespace lantian::aq
