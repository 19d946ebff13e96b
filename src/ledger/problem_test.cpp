#include "ledger/problem.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

using S = ProblemStatus;
using A = ProblemAction;

TEST(ProblemTest, TheLifecycleGoesFoundPlannedRectifiedVerifiedClosed) {
  EXPECT_EQ(NextStatus(S::kFound, A::kPlan), S::kPlanned);
  EXPECT_EQ(NextStatus(S::kPlanned, A::kPlan), S::kPlanned);  // a revised plan
  EXPECT_EQ(NextStatus(S::kPlanned, A::kRectify), S::kRectified);
  EXPECT_EQ(NextStatus(S::kRectified, A::kVerifyPass), S::kVerified);
  EXPECT_EQ(NextStatus(S::kRectified, A::kVerifyFail), S::kPlanned);
  EXPECT_EQ(NextStatus(S::kVerified, A::kClose), S::kClosed);
  EXPECT_EQ(NextStatus(S::kFound, A::kRectify), std::nullopt);  // no plan yet
  EXPECT_EQ(NextStatus(S::kPlanned, A::kClose), std::nullopt);  // not verified
  EXPECT_EQ(NextStatus(S::kClosed, A::kPlan), std::nullopt);
  EXPECT_TRUE(IsSupervisorsAction(A::kClose));
  EXPECT_FALSE(IsSupervisorsAction(A::kRectify));
  for (auto a : {A::kPlan, A::kRectify, A::kVerifyPass, A::kVerifyFail, A::kClose}) {
    EXPECT_EQ(ParseProblemAction(ProblemActionName(a)), a);
  }
}

TEST(ProblemTest, OverdueUntilRectified) {
  const auto day = [](const char* s) { return *core::ParseIsoDate(s); };
  EXPECT_FALSE(ProblemOverdue(S::kPlanned, "2020-12-10", day("2020-12-10")));
  EXPECT_TRUE(ProblemOverdue(S::kPlanned, "2020-12-10", day("2020-12-11")));
  EXPECT_TRUE(ProblemOverdue(S::kFound, "2020-12-10", day("2020-12-11")));
  EXPECT_FALSE(ProblemOverdue(S::kRectified, "2020-12-10", day("2020-12-11")));
}

TEST(ProblemTest, AProblemFoundAgainWhereAClosedOneWasIsARebound) {
  ProblemPlace closed{3, "130100", "扬尘", "", "长安区 建华大街 某工地", S::kClosed};
  ProblemPlace open{5, "130100", "扬尘", "", "长安区建华大街某工地", S::kPlanned};
  ProblemPlace fresh{0, "130100", "扬尘", "", "长安区建华大街 某工地", S::kFound};
  EXPECT_EQ(ReboundOf(fresh, {closed, open}), 3);
  fresh.kind = "散煤";
  EXPECT_EQ(ReboundOf(fresh, {closed, open}), std::nullopt);
  ProblemPlace works{7, "130100", "工业企业", "91130100MA0CEMT01Q", "厂区东侧", S::kClosed};
  ProblemPlace again{0, "130100", "工业企业", "91130100MA0CEMT01Q", "料场", S::kFound};
  EXPECT_EQ(ReboundOf(again, {works}), 7);  // the enterprise decides, not the site
  again.credit_code = "91130100MA0CEMT02X";
  EXPECT_EQ(ReboundOf(again, {works}), std::nullopt);
}

}  // namespace
}  // namespace lantian::ledger
