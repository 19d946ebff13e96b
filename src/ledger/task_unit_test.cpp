#include "ledger/task_unit.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

core::Decimal D(std::string_view s) { return *core::Decimal::Parse(s); }

KeyTask Heating() {
  return {"T08-heating", "八",     "散煤替代",   "households_converted", "万户",
          "JJJ+FW",      D("709"), "2020-10-31", Comparison::kAtLeast};
}

TaskUnit Unit(std::string key, Level level, std::string target, std::string deadline) {
  TaskUnit u;
  u.task_id = "T08-heating";
  u.unit = key;
  u.level = level;
  u.name = key;
  u.target = D(target);
  u.deadline = std::move(deadline);
  u.responsible_name = "张三";
  u.responsible_office = "大气处";
  return u;
}

TEST(TaskUnitTest, TheShareOfAnAmountMustReachTheParentsTarget) {
  const auto root = Unit("JJJ+FW", Level::kRegion, "709", "2020-10-31");
  std::vector<TaskUnit> plan{Unit("河北省", Level::kProvince, "337", "2020-10-31"),
                             Unit("山西省", Level::kProvince, "96", "2020-10-31"),
                             Unit("山东省", Level::kProvince, "163", "2020-10-31"),
                             Unit("河南省", Level::kProvince, "40", "2020-10-31"),
                             Unit("陕西省", Level::kProvince, "73", "2020-10-31")};
  EXPECT_TRUE(ValidateBreakdown(Heating(), root, plan, false).ok());
  EXPECT_EQ(OverAllocation(Heating(), root, plan), std::nullopt);
  plan[0].target = D("336.5");
  auto s = ValidateBreakdown(Heating(), root, plan, false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "the shares add up to 708.5 万户, short of JJJ+FW's 709 万户");
  EXPECT_EQ(s.field(), "target");
  plan[0].target = D("340");
  EXPECT_TRUE(ValidateBreakdown(Heating(), root, plan, false).ok());
  EXPECT_EQ(OverAllocation(Heating(), root, plan), D("712"));
}

TEST(TaskUnitTest, ACapsSharesMayNotExceedIt) {
  KeyTask cap{"T14-steel-HE", "十四",     "钢铁产能控制", "steel_capacity",   "万吨",
              "河北省",       D("20000"), "2020-12-31",   Comparison::kAtMost};
  const auto root = Unit("河北省", Level::kProvince, "20000", "2020-12-31");
  std::vector<TaskUnit> cities{Unit("130200", Level::kCity, "10000", "2020-12-31"),
                               Unit("130400", Level::kCity, "10001", "2020-12-31")};
  auto s = ValidateBreakdown(cap, root, cities, false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "the shares add up to 20001 万吨, over 河北省's 20000 万吨");
  cities[1].target = D("9000");
  EXPECT_TRUE(ValidateBreakdown(cap, root, cities, false).ok());
}

TEST(TaskUnitTest, ARateOrAnEachRootHandsEveryChildAtLeastItsTarget) {
  KeyTask rate{"T13-im",    "十三",  "柴油货车检验合格率", "inspection_pass_rate", "%",
               "each city", D("90"), "2021-03-31",         Comparison::kAtLeast};
  const auto city = Unit("130100", Level::kCity, "90", "2021-03-31");
  std::vector<TaskUnit> districts{Unit("130102", Level::kDistrict, "92", "2021-03-31"),
                                  Unit("130104", Level::kDistrict, "89", "2021-03-31")};
  auto s = ValidateBreakdown(rate, city, districts, false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "130104: its target 89 % is less strict than 130100's >= 90");
  KeyTask boilers{"T15-boiler35", "十五", "燃煤锅炉淘汰", "remaining",        "台",
                  "each city",    D("0"), "2020-12-31",   Comparison::kAtMost};
  const auto root = Unit("JJJ+FW", Level::kRegion, "0", "2020-12-31");
  std::vector<TaskUnit> cities{Unit("130100", Level::kCity, "0", "2020-12-31"),
                               Unit("130200", Level::kCity, "0", "2020-12-31")};
  EXPECT_TRUE(ValidateBreakdown(boilers, root, cities, true).ok());
}

TEST(TaskUnitTest, EachChildNeedsALevelBelowADeadlineInTimeAndSomeoneResponsible) {
  const auto root = Unit("河北省", Level::kProvince, "337", "2020-10-31");
  auto child = Unit("130100", Level::kCity, "337", "2020-11-15");
  auto s = ValidateBreakdown(Heating(), root, {child}, false);
  EXPECT_EQ(s.field(), "deadline");
  EXPECT_EQ(s.message(),
            "130100: the deadline 2020-11-15; it must be on or before the parent's 2020-10-31");
  child.deadline = "2020-10-31";
  child.level = Level::kDistrict;
  EXPECT_EQ(ValidateBreakdown(Heating(), root, {child}, false).field(), "level");
  child.level = Level::kCity;
  child.responsible_office = " ";
  EXPECT_EQ(ValidateBreakdown(Heating(), root, {child}, false).field(), "responsible_office");
  child.responsible_office = "住建局";
  EXPECT_EQ(ValidateBreakdown(Heating(), root, {child, child}, false).message(),
            "130100: named twice");
  EXPECT_TRUE(ValidateBreakdown(Heating(), root, {child}, false).ok());
}

TEST(TaskUnitTest, AdditivityAndRootsFollowTheUnitAndScope) {
  EXPECT_TRUE(IsAdditive(Heating()));
  KeyTask dust{"T17-dustfall", "十七", "降尘",    "dust_fall",        "吨/月·平方公里",
               "each city",    D("9"), "monthly", Comparison::kAtMost};
  EXPECT_FALSE(IsAdditive(dust));
  EXPECT_TRUE(IsEach(dust));
  EXPECT_EQ(RootLevel(dust), Level::kRegion);
  KeyTask tj = Heating();
  tj.scope = "天津市";
  EXPECT_EQ(RootLevel(tj), Level::kProvince);
  tj.scope = "唐山市";
  EXPECT_EQ(RootLevel(tj), Level::kCity);
}

}  // namespace
}  // namespace lantian::ledger
