#include "verify/detectors.hpp"

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

const core::Instant kFrom = *core::ParseInstant("2020-12-01 00:00:00");

OutletSeries Series(int hours, double value = 20, char flag = 'N') {
  OutletSeries s{"a21026", {}, {"a21026", 50, 35, std::nullopt}};
  for (int i = 0; i < hours; ++i) {
    // A small wobble so that only deliberate constants repeat.
    s.hours.push_back({kFrom + i * 3600, value + (i % 7) * 0.13, std::nullopt, flag});
  }
  return s;
}

TEST(DetectorsTest, FlatLineIsSixEqualNormalHoursInARow) {
  auto s = Series(48);
  EXPECT_TRUE(DetectFlatLine(s).empty());
  for (int i = 10; i < 15; ++i) s.hours[i].value = 12.0;
  EXPECT_TRUE(DetectFlatLine(s).empty());  // five
  s.hours[15].value = 12.0;
  auto f = DetectFlatLine(s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].from, kFrom + 10 * 3600);
  EXPECT_EQ(f[0].to, kFrom + 16 * 3600);
  EXPECT_EQ(f[0].evidence, "6 consecutive hours at exactly 12.00");
  s.hours[12].flag = 'M';  // broken by a flagged hour
  EXPECT_TRUE(DetectFlatLine(s).empty());
}

TEST(DetectorsTest, PinnedNeedsMostHoursJustUnderAndNoneOver) {
  auto s = Series(100, 32.0);  // 32.0–32.78 of 35: all within 90–100 %
  auto f = DetectPinnedUnderLimit(s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].evidence,
            "100 of 100 judged hours between 90 and 100 % of the limit 35.00, none above");
  s.hours[3].value = 36;  // one hour over: an honest works near its limit
  EXPECT_TRUE(DetectPinnedUnderLimit(s).empty());
  EXPECT_TRUE(DetectPinnedUnderLimit(Series(100, 15)).empty());
  EXPECT_TRUE(DetectPinnedUnderLimit(Series(60, 32)).empty());  // too few hours
}

TEST(DetectorsTest, DropAtAlertAgainstTheSameHoursBefore) {
  auto s = Series(10 * 24);
  const Spans alerts{{kFrom + 7 * 86400, kFrom + 8 * 86400}};
  EXPECT_TRUE(DetectDropAtAlert(s, alerts).empty());
  for (int i = 7 * 24; i < 8 * 24; ++i) s.hours[i].value *= 0.6;  // an honest 40 % cut
  EXPECT_TRUE(DetectDropAtAlert(s, alerts).empty());
  for (int i = 7 * 24; i < 8 * 24; ++i) s.hours[i].value *= 0.5;  // now 30 %
  auto f = DetectDropAtAlert(s, alerts);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_NE(f[0].evidence.find("load unknown"), std::string::npos);
  EXPECT_TRUE(DetectDropAtAlert(s, alerts, {0.6}).empty());  // the line did stop 60 %
  EXPECT_EQ(DetectDropAtAlert(s, alerts, {0.05}).size(), 1u);
}

TEST(DetectorsTest, GapsOfSixHoursOrMore) {
  auto s = Series(48);
  s.hours.erase(s.hours.begin() + 10, s.hours.begin() + 15);  // 5 hours
  EXPECT_TRUE(DetectGaps(s, kFrom, kFrom + 48 * 3600).empty());
  s.hours.erase(s.hours.begin() + 20, s.hours.begin() + 26);  // 6 hours
  auto f = DetectGaps(s, kFrom, kFrom + 48 * 3600);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].evidence, "6 hours without data");
  EXPECT_EQ(DetectGaps(s, kFrom, kFrom + 60 * 3600).size(), 2u);  // and the silent end
}

TEST(DetectorsTest, FlagsOverallOrUnderAlert) {
  auto s = Series(200);
  const Spans alerts{{kFrom + 100 * 3600, kFrom + 124 * 3600}};
  for (int i = 0; i < 10; ++i) s.hours[i * 20].flag = 'M';  // 5 %: fine
  EXPECT_TRUE(DetectFlagOveruse(s, alerts).empty());
  for (int i = 100; i < 105; ++i) s.hours[i].flag = 'C';  // with 100 and 120: 6 of 24 alert hours
  auto f = DetectFlagOveruse(s, alerts);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].evidence, "14 of 200 hours flagged other than N; 6 of 24 hours under alert");
}

TEST(DetectorsTest, LoadUpConcentrationDown) {
  auto s = Series(10 * 24);
  for (int i = 5 * 24; i < 6 * 24; ++i) s.hours[i].value = 8;
  EXPECT_TRUE(DetectLoadInverse(s, {{kFrom + 5 * 86400, 1.0}}).empty());
  auto f = DetectLoadInverse(s, {{kFrom + 5 * 86400, 1.3}, {kFrom + 6 * 86400, 1.3}});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].from, kFrom + 5 * 86400);
}

TEST(DetectorsTest, AllWithTheLoadWhenTheMetersAreLinked) {
  // A fall to 40 % on day 8 under an alert, and on day 5 with the load up.
  auto s = Series(10 * 24);
  for (int i = 5 * 24; i < 6 * 24; ++i) s.hours[i].value = 8 + (i % 5) * 0.11;
  for (int i = 8 * 24; i < 9 * 24; ++i) s.hours[i].value = 8 + (i % 5) * 0.11;
  const Spans alerts{{kFrom + 8 * 86400, kFrom + 9 * 86400}};
  auto names = [](const std::vector<Finding>& f) {
    std::vector<std::string> out;
    for (const auto& x : f) out.push_back(x.detector);
    return out;
  };
  const auto end = kFrom + 10 * 86400;
  EXPECT_EQ(names(DetectAll(s, alerts, kFrom, end)), std::vector<std::string>{"drop-at-alert"});
  // The works ran on (cut 5 %) and drew more on day 5: both implausible.
  const LoadEvidence ran_on{{0.05}, {{kFrom + 5 * 86400, 1.3}}};
  EXPECT_EQ(names(DetectAll(s, alerts, kFrom, end, &ran_on)),
            (std::vector<std::string>{"drop-at-alert", "load-inverse"}));
  // It cut 60 %: the fall at the alert is its cut.
  const LoadEvidence obeyed{{0.6}, {}};
  EXPECT_TRUE(DetectAll(s, alerts, kFrom, end, &obeyed).empty());
}

}  // namespace
}  // namespace lantian::verify
