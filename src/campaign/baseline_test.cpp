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
  auto january = *core::ParsePeriod("2021-01");
  EXPECT_EQ(BaselineOf("2021-01", january).first, core::Date::FromYmd(2019, 1, 1));
  auto april = *core::ParsePeriod("2021-04");
  EXPECT_EQ(BaselineOf("2021-04", april).first, core::Date::FromYmd(2020, 4, 1));
}

TEST(BaselineTest, AssessmentPeriods) {
  auto season = AssessmentPeriodOf("season");
  ASSERT_TRUE(season);
  EXPECT_EQ(season->period.Days(), 182);
  ASSERT_EQ(season->baseline.size(), 2u);
  EXPECT_EQ(season->baseline[0].first, core::Date::FromYmd(2019, 10, 1));
  EXPECT_EQ(season->baseline[1].last, core::Date::FromYmd(2019, 3, 31));
  auto q1 = AssessmentPeriodOf("2021Q1");
  EXPECT_TRUE(q1->is_phase);
  EXPECT_EQ(q1->baseline[0].first, core::Date::FromYmd(2019, 1, 1));
  auto month = AssessmentPeriodOf("2021-02");
  EXPECT_TRUE(month->is_month);
  EXPECT_EQ(month->baseline[0].last, core::Date::FromYmd(2019, 2, 28));
  EXPECT_FALSE(AssessmentPeriodOf("2020Q3"));
  EXPECT_FALSE(AssessmentPeriodOf("2020-13"));
  EXPECT_EQ(PhaseOf(core::Date::FromYmd(2020, 12, 31)), "2020Q4");
  EXPECT_EQ(PhaseOf(core::Date::FromYmd(2021, 1, 1)), "2021Q1");
  EXPECT_EQ(PhaseOf(core::Date::FromYmd(2021, 4, 1)), "");
}

}  // namespace
}  // namespace lantian::campaign

namespace lantian::campaign {
namespace {

TEST(SeasonOrPeriodTest, SeasonAndOtherPeriods) {
  auto season = ParseSeasonOrPeriod("season");
  ASSERT_TRUE(season);
  EXPECT_EQ(season->first, core::Date::FromYmd(2020, 10, 1));
  EXPECT_EQ(season->last, core::Date::FromYmd(2021, 3, 31));
  EXPECT_EQ(ParseSeasonOrPeriod("2020-12")->Days(), 31);
  EXPECT_FALSE(ParseSeasonOrPeriod("winter"));
}

}  // namespace
}  // namespace lantian::campaign
