#include "aq/published_check.hpp"

#include <gtest/gtest.h>

namespace lantian::aq {
namespace {

using core::Decimal;

TEST(PublishedCheckTest, HourlyAndDailyChecks) {
  SiteDay day;
  for (int h = 0; h < 24; ++h) {
    day.Measured(Pollutant::kPM25).Set(h, Decimal::FromInt(h < 12 ? 74 : 75));
    day.Measured(Pollutant::kO3).Set(h, Decimal::FromInt(20));
  }
  day.Of(Published::kAqi).Set(3, Decimal::FromInt(99));        // PM2.5 74 → 98.75 → 99
  day.Of(Published::kAqi).Set(4, Decimal::FromInt(100));       // disagrees
  day.Of(Published::kPM25_24h).Set(23, Decimal::FromInt(74));  // 74.5 → 74
  day.Of(Published::kPM25_24h).Set(10, Decimal::FromInt(1));   // not the day's last hour
  day.Of(Published::kO3_8h_24h).Set(23, Decimal::FromInt(20));
  auto checks = CheckPublished(day);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0].kind, CheckKind::kHourlyAqi);
  EXPECT_EQ(checks[0].computed, Decimal::FromInt(99));
  EXPECT_EQ(checks[1].computed, Decimal::FromInt(99));
  EXPECT_NE(checks[1].published, *checks[1].computed);
  EXPECT_EQ(checks[2].kind, CheckKind::kDailyPM25);
  EXPECT_EQ(checks[2].computed, Decimal::FromInt(74));
  EXPECT_EQ(checks[3].kind, CheckKind::kDailyO3_8h);
}

}  // namespace
}  // namespace lantian::aq
