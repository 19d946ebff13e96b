#include "alert/linkage.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

core::Date Day(int d) { return core::Date::FromYmd(2020, 12, d); }
core::Instant At(int day, int hour) {
  return core::Instant{(Day(day).days * int64_t{24} + hour) * 3600};
}

AlertStep Make(Step step, Level level, core::Instant at) {
  return {step, level, at, "city", "run-1", ""};
}

TEST(LinkageTest, RequiredCities) {
  EXPECT_EQ(RequiredCities({}, 11), 3);  // 20 % of 11 is 2.2 → 3; at least 3
  EXPECT_EQ(RequiredCities({}, 39), 8);  // 7.8 → 8
  EXPECT_EQ(RequiredCities({}, 10), 3);
  EXPECT_EQ(RequiredCities({2, 50}, 10), 5);
}

TEST(LinkageTest, TheStrictestLevelEnoughCitiesReach) {
  const std::vector<CityCall> calls{{"A", Level::kRed, Day(10), Day(13)},
                                    {"B", Level::kOrange, Day(9), Day(12)},
                                    {"C", Level::kOrange, Day(11), Day(14)},
                                    {"D", Level::kYellow, Day(10), Day(11)},
                                    {"E", Level::kNone, Day(10), Day(10)}};
  auto p = ProposePrompt(calls, 11, {});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->level, Level::kOrange);  // red: 1 city; orange or above: 3
  EXPECT_EQ(p->cities, (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(p->start, Day(9));
  EXPECT_EQ(p->end, Day(14));
  // Two cities are not a regional episode.
  EXPECT_FALSE(ProposePrompt(std::span(calls).first(2), 11, {}));
}

TEST(LinkageTest, DefaultDeadline) {
  // A day before the episode starts…
  EXPECT_EQ(DefaultDeadline(At(7, 10), Day(10)), At(9, 0));
  // …but at least 12 hours after the prompt.
  EXPECT_EQ(DefaultDeadline(At(9, 6), Day(10)), At(9, 18));
}

TEST(LinkageTest, Responses) {
  const core::Instant raised = At(8, 10), deadline = At(9, 0);
  // On time.
  std::vector<AlertStep> s{Make(Step::kIssue, Level::kOrange, At(8, 20))};
  auto j = JudgeResponse(s, Level::kOrange, raised, deadline, At(12, 0));
  EXPECT_EQ(j.response, Response::kOnTime);
  EXPECT_EQ(j.at, At(8, 20));
  // A red alert already in force answers an orange prompt.
  s = {Make(Step::kIssue, Level::kRed, At(7, 20))};
  EXPECT_EQ(JudgeResponse(s, Level::kOrange, raised, deadline, At(12, 0)).response,
            Response::kOnTime);
  // Yellow first, orange after the deadline: late.
  s = {Make(Step::kIssue, Level::kYellow, At(8, 20)),
       Make(Step::kUpgrade, Level::kOrange, At(9, 6))};
  j = JudgeResponse(s, Level::kOrange, raised, deadline, At(12, 0));
  EXPECT_EQ(j.response, Response::kLate);
  EXPECT_EQ(j.at, At(9, 6));
  // Only yellow: lower level once the deadline has passed, pending before.
  s = {Make(Step::kIssue, Level::kYellow, At(8, 20))};
  j = JudgeResponse(s, Level::kOrange, raised, deadline, At(12, 0));
  EXPECT_EQ(j.response, Response::kLowerLevel);
  EXPECT_EQ(j.level, Level::kYellow);
  EXPECT_EQ(JudgeResponse(s, Level::kOrange, raised, deadline, At(8, 22)).response,
            Response::kPending);
  // Nothing: missing after the deadline; a step after `now` is not seen yet.
  s = {Make(Step::kIssue, Level::kOrange, At(10, 0))};
  EXPECT_EQ(JudgeResponse(s, Level::kOrange, raised, deadline, At(9, 12)).response,
            Response::kMissing);
  EXPECT_EQ(JudgeResponse({}, Level::kOrange, raised, deadline, At(9, 12)).response,
            Response::kMissing);
}

TEST(LinkageTest, FrequentOrangeAhead) {
  const std::vector<Level> two{Level::kOrange, Level::kYellow, Level::kRed};
  const std::vector<Level> one{Level::kOrange, Level::kYellow};
  EXPECT_TRUE(FrequentOrangeAhead(two));
  EXPECT_FALSE(FrequentOrangeAhead(one));
}

}  // namespace
}  // namespace lantian::alert
