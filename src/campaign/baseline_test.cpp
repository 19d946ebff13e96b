#include "campaign/baseline.hpp"

#include <gtest/gtest.h>

namespace lantian::campaign {
namespace {

TEST(BaselineTest, PlanPhasesUse2019) {
  auto q4 = *core::ParsePeriod("2020Q4");
  EXPECT_EQ(BaselineOf("2020Q4", q4).first, core::Date::FromYmd(2019, 10, 1));
  auto q1 = *core::ParsePeriod("2021Q1");
  auto base = BaselineOf("2021Q1", q1);
  EXPECT_EQ(base.first, core::Date::FromYmd(2019, 1, 1));
  EXPECT_EQ(base.last, core::Date::FromYmd(2019, 3, 31));
  auto month = *core::ParsePeriod("2020-12");
  EXPECT_EQ(BaselineOf("2020-12", month).first, core::Date::FromYmd(2019, 12, 1));
}

}  // namespace
}  // namespace lantian::campaign
