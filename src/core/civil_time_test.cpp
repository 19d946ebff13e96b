#include "core/civil_time.hpp"

#include <gtest/gtest.h>

namespace lantian::core {
namespace {

TEST(CivilTimeTest, DatesRoundTrip) {
  Date d = Date::FromYmd(2020, 10, 1);
  EXPECT_EQ(d.year(), 2020);
  EXPECT_EQ(d.month(), 10);
  EXPECT_EQ(d.day(), 1);
  EXPECT_EQ(FormatIsoDate(d), "2020-10-01");
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).days, 0);
  EXPECT_EQ(FormatIsoDate(Date::FromYmd(2021, 1, 1) - 1), "2020-12-31");
  EXPECT_EQ(Date::FromYmd(2020, 2, 1).DaysInMonth(), 29);
  EXPECT_EQ(Date::FromYmd(2021, 2, 1).DaysInMonth(), 28);
}

TEST(CivilTimeTest, ParsesDates) {
  EXPECT_EQ(*ParseIsoDate("2019-12-31"), Date::FromYmd(2019, 12, 31));
  EXPECT_EQ(*ParseCompactDate("20190112"), Date::FromYmd(2019, 1, 12));
  EXPECT_FALSE(ParseIsoDate("2019-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2019-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("2019/01/01").has_value());
  EXPECT_FALSE(ParseCompactDate("2019011").has_value());
}

TEST(CivilTimeTest, HourStarts) {
  auto h = ParseHourStart("2020-10-01 05:00");
  ASSERT_TRUE(h.has_value());
  EXPECT_EQ(h->date(), Date::FromYmd(2020, 10, 1));
  EXPECT_EQ(h->hour(), 5);
  EXPECT_EQ(FormatHourStart(*h), "2020-10-01 05:00");
  EXPECT_EQ(*ParseHourStart("2020-10-01T05:00"), *h);
  EXPECT_EQ(*ParseHourStart("2020-10-01 05:00:00"), *h);
  EXPECT_EQ((*h - 6).date(), Date::FromYmd(2020, 9, 30));
  EXPECT_EQ((*h - 6).hour(), 23);
  auto off = ParseHourStart("2020-10-01 05:30");
  ASSERT_FALSE(off.has_value());
  EXPECT_NE(off.error().message().find("start of an hour"), std::string::npos);
  EXPECT_FALSE(ParseHourStart("2020-10-01 24:00").has_value());
  EXPECT_FALSE(ParseHourStart("2020-10-01").has_value());
  // Before 1970 the hour arithmetic still floors correctly.
  HourStart early = HourStart::Of(Date::FromYmd(1969, 12, 31), 23);
  EXPECT_EQ(early.date(), Date::FromYmd(1969, 12, 31));
  EXPECT_EQ(early.hour(), 23);
}

TEST(CivilTimeTest, Instants) {
  auto t = ParseInstant("2020-12-31 23:59:59");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(FormatInstant(*t), "2020-12-31 23:59:59");
  EXPECT_EQ(FormatInstant(*t + 1), "2021-01-01 00:00:00");
  EXPECT_EQ((*t + 1).date(), Date::FromYmd(2021, 1, 1));
  EXPECT_EQ(FormatInstant(Instant{-1}), "1969-12-31 23:59:59");
  EXPECT_FALSE(ParseInstant("2020-12-31 24:00:00").has_value());
  EXPECT_FALSE(ParseInstant("2020-12-31").has_value());
  EXPECT_EQ(ParseInstant("2020-12-31 08:30")->seconds,
            ParseInstant("2020-12-31 08:30:00")->seconds);
  EXPECT_FALSE(ParseInstant("2020-12-31 08:3").has_value());
  EXPECT_LT(FormatInstant(*t), FormatInstant(*t + 1));
}

TEST(CivilTimeTest, Periods) {
  auto q4 = ParsePeriod("2020Q4");
  ASSERT_TRUE(q4.has_value());
  EXPECT_EQ(q4->first, Date::FromYmd(2020, 10, 1));
  EXPECT_EQ(q4->last, Date::FromYmd(2020, 12, 31));
  EXPECT_EQ(q4->Days(), 92);
  auto q1 = ParsePeriod("2021Q1");
  EXPECT_EQ(q1->Days(), 90);
  EXPECT_EQ(ParsePeriod("2020Q1")->Days(), 91);
  EXPECT_EQ(ParsePeriod("2021-02")->Days(), 28);
  EXPECT_EQ(ParsePeriod("2020")->Days(), 366);
  auto range = ParsePeriod("2020-10-01..2021-03-31");
  EXPECT_EQ(range->Days(), 182);
  EXPECT_FALSE(ParsePeriod("2020Q5").has_value());
  EXPECT_FALSE(ParsePeriod("2020-12-31..2020-10-01").has_value());
  Period base = YearEarlier(*q4);
  EXPECT_EQ(base.first, Date::FromYmd(2019, 10, 1));
  EXPECT_EQ(base.last, Date::FromYmd(2019, 12, 31));
  Period leap = YearEarlier(Period{Date::FromYmd(2021, 1, 1), Date::FromYmd(2021, 2, 28)});
  EXPECT_EQ(leap.last, Date::FromYmd(2020, 2, 28));
}

}  // namespace
}  // namespace lantian::core
