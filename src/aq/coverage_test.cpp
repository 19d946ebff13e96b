#include "aq/coverage.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

TEST(CoverageTest, CountsAgainstExpectedHours) {
  // 2 stations over 3 days expect 144 hourly values; one silent day is 48 missing.
  Coverage c = Coverage::HourlyExpected(
      2, {core::Date::FromYmd(2020, 12, 1), core::Date::FromYmd(2020, 12, 3)});
  EXPECT_EQ(c.expected, 144);
  c.present = 96;
  EXPECT_EQ(c.Percent(1), *core::Decimal::Parse("66.7"));
  c.present = 144;
  EXPECT_EQ(c.Percent(0), core::Decimal::FromInt(100));
  EXPECT_EQ(Coverage{}.Percent(1), std::nullopt);
}

}  // namespace
}  // namespace lantian::aq
