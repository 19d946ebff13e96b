#include "demo/synthetic_dustfall.hpp"

#include <gtest/gtest.h>

namespace lantian::demo {
namespace {

using core::Decimal;

TEST(SyntheticDustfallTest, DeterministicPlausibleAndDustDaysAdd) {
  const Decimal a = SyntheticDustfall(1, "610100", 34.27, 108.95, 2020, 12, 0);
  EXPECT_EQ(a, SyntheticDustfall(1, "610100", 34.27, 108.95, 2020, 12, 0));
  EXPECT_NE(a, SyntheticDustfall(2, "610100", 34.27, 108.95, 2020, 12, 0));
  EXPECT_GT(a, Decimal::FromInt(3));
  EXPECT_LT(a, Decimal::FromInt(15));
  // Each dust day adds 1.5 t exactly (before the 0.1 rounding, which both share).
  EXPECT_EQ(SyntheticDustfall(1, "610100", 34.27, 108.95, 2020, 12, 2) - a, *Decimal::Parse("3"));
  // Over the region and a year: the Fenwei basin has more than the coast of Shandong.
  Decimal xian, zibo;
  for (int m = 1; m <= 12; ++m) {
    xian += SyntheticDustfall(1, "610100", 34.27, 108.95, 2020, m, 0);
    zibo += SyntheticDustfall(1, "370300", 36.8, 118.05, 2020, m, 0);
  }
  EXPECT_GT(xian, zibo);
}

}  // namespace
}  // namespace lantian::demo
