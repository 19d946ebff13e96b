#include "ledger/workshop.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

using S = WorkshopStatus;
using A = WorkshopAction;

core::Date Day(const char* s) { return *core::ParseIsoDate(s); }

TEST(WorkshopTest, AssessedThenClosedDownOrWhitelisted) {
  EXPECT_EQ(NextWorkshopStatus(S::kFound, A::kAssessClose), S::kToClose);
  EXPECT_EQ(NextWorkshopStatus(S::kFound, A::kAssessRectify), S::kToRectify);
  EXPECT_EQ(NextWorkshopStatus(S::kToRectify, A::kAssessClose), S::kToClose);
  EXPECT_EQ(NextWorkshopStatus(S::kToClose, A::kAcceptClosure), S::kClosedDown);
  EXPECT_EQ(NextWorkshopStatus(S::kToRectify, A::kAcceptRectification), S::kWhitelisted);
  // A workshop to be closed is not white-listed, nor one unassessed accepted.
  EXPECT_EQ(NextWorkshopStatus(S::kToClose, A::kAcceptRectification), std::nullopt);
  EXPECT_EQ(NextWorkshopStatus(S::kToClose, A::kAssessRectify), std::nullopt);
  EXPECT_EQ(NextWorkshopStatus(S::kFound, A::kAcceptClosure), std::nullopt);
  EXPECT_EQ(NextWorkshopStatus(S::kWhitelisted, A::kAssessClose), std::nullopt);
  EXPECT_EQ(NextWorkshopStatus(S::kClosedDown, A::kAssessRectify), std::nullopt);
  EXPECT_TRUE(IsAcceptance(A::kAcceptClosure));
  EXPECT_FALSE(IsAcceptance(A::kAssessClose));
  for (auto a : {A::kAssessClose, A::kAssessRectify, A::kAcceptClosure, A::kAcceptRectification}) {
    EXPECT_EQ(ParseWorkshopAction(WorkshopActionName(a)), a);
  }
  EXPECT_EQ(ParseWorkshopSource("电力数据"), WorkshopSource::kElectricity);
  EXPECT_EQ(ParseWorkshopSource("drone"), WorkshopSource::kDrone);
  EXPECT_EQ(ParseWorkshopSource("radio"), std::nullopt);
}

TEST(WorkshopTest, OverdueWhileOpenPastTheDeadline) {
  EXPECT_FALSE(WorkshopOverdue(S::kToClose, "2020-11-30", Day("2020-11-30")));
  EXPECT_TRUE(WorkshopOverdue(S::kToClose, "2020-11-30", Day("2020-12-01")));
  EXPECT_TRUE(WorkshopOverdue(S::kFound, "2020-11-30", Day("2020-12-01")));
  EXPECT_FALSE(WorkshopOverdue(S::kClosedDown, "2020-11-30", Day("2020-12-01")));
  EXPECT_FALSE(WorkshopOverdue(S::kFound, "", Day("2020-12-01")));
}

TEST(WorkshopTest, TheSamePlaceByAddressOrWithinAHundredMetres) {
  WorkshopPlace a{
      1, "130100", "藁城区 廉州镇 东关村 12号", std::nullopt, std::nullopt, S::kClosedDown};
  WorkshopPlace b{0, "130100", "藁城区廉州镇东关村12号", std::nullopt, std::nullopt, S::kFound};
  EXPECT_TRUE(SameWorkshopPlace(a, b));
  b.address = "藁城区廉州镇东关村（12号）";
  EXPECT_TRUE(SameWorkshopPlace(a, b));
  b.address = "藁城区廉州镇东关村13号";
  EXPECT_FALSE(SameWorkshopPlace(a, b));
  a.lat = 38.0;
  a.lon = 114.85;
  b.lat = 38.0005;  // about 56 m north
  b.lon = 114.85;
  EXPECT_TRUE(SameWorkshopPlace(a, b));
  b.lat = 38.002;  // about 220 m
  EXPECT_FALSE(SameWorkshopPlace(a, b));
  b.lat = 38.0;
  b.city_code = "130200";  // another city's register
  EXPECT_FALSE(SameWorkshopPlace(a, b));
}

TEST(WorkshopTest, FoundAgainWhereOneWasClosedDownOrWhitelistedIsARebound) {
  std::vector<WorkshopPlace> earlier{
      {3, "130100", "东关村12号", std::nullopt, std::nullopt, S::kClosedDown},
      {5, "130100", "东关村12号", std::nullopt, std::nullopt, S::kWhitelisted},
      {7, "130100", "西关村1号", std::nullopt, std::nullopt, S::kToClose},
  };
  WorkshopPlace fresh{0, "130100", "东关村 12号", std::nullopt, std::nullopt, S::kFound};
  EXPECT_EQ(WorkshopReboundOf(fresh, earlier), 5);  // the newest
  EXPECT_EQ(OpenWorkshopAt(fresh, earlier), std::nullopt);
  fresh.address = "西关村1号";
  EXPECT_EQ(WorkshopReboundOf(fresh, earlier), std::nullopt);  // still open: not a rebound
  EXPECT_EQ(OpenWorkshopAt(fresh, earlier), 7);                // but already registered
}

TEST(WorkshopTest, ADistrictIsAtDynamicZeroWhenNothingWaits) {
  DistrictCount c;
  CountWorkshop(c, S::kClosedDown, "2020-11-01", false, Day("2020-12-01"));
  CountWorkshop(c, S::kWhitelisted, "2020-11-01", true, Day("2020-12-01"));
  EXPECT_TRUE(c.DynamicZero());
  CountWorkshop(c, S::kToClose, "2020-11-15", false, Day("2020-12-01"));
  EXPECT_FALSE(c.DynamicZero());
  EXPECT_EQ(c.found, 3);
  EXPECT_EQ(c.open, 1);
  EXPECT_EQ(c.overdue, 1);
  EXPECT_EQ(c.closed_down, 1);
  EXPECT_EQ(c.whitelisted, 1);
  EXPECT_EQ(c.rebounds, 1);
}

}  // namespace
}  // namespace lantian::ledger
