#include "emergency/diff.hpp"

#include <gtest/gtest.h>

#include "emergency/test_list.hpp"

namespace lantian::emergency {
namespace {

std::vector<std::string> Lines(const std::vector<Change>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) {
    out.push_back(c.what + " " + c.kind + " " + c.enterprise.substr(0, 4) + "/" + c.line + "/" +
                  c.level + ": " + c.detail);
  }
  return out;
}

TEST(ListDiffTest, AddedRemovedChanged) {
  const EmergencyList a = testing::SmallList();
  EXPECT_TRUE(DiffLists(a, a).empty());
  EmergencyList b = a;
  b.enterprises[0].grade = Grade::kC;
  b.lines[0].baseline_kg[0] = 80;
  b.measures[0].permille = {150, 150, 150, 150};
  b.measures.erase(b.measures.begin() + 5);  // the coating plant's red measure
  b.lines.push_back({"9144030071526726XG", "2", "二线", "", {}, {10, 0, 0, 0}, true, 4});
  EXPECT_EQ(Lines(DiffLists(a, b)),
            (std::vector<std::string>{
                "changed enterprise 9144//: grade B → C",
                "changed line 9144/1/: SO2 0.1 → 0.08 t/day", "added line 9144/2/: 二线",
                "removed measure 9111/c/red: self (SO2 50 %, NOx 50 %, PM 50 %, VOCs 50 %)",
                "changed measure 9144/1/yellow: limit 10 % → limit 15 %"}));
}

}  // namespace
}  // namespace lantian::emergency
