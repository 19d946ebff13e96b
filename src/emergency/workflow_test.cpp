#include "emergency/workflow.hpp"

#include <gtest/gtest.h>

namespace lantian::emergency {
namespace {

TEST(ListWorkflowTest, DraftSubmitReviewReport) {
  EXPECT_EQ(*ApplyListStep(ListStatus::kDraft, ListStep::kSubmit, ""), ListStatus::kSubmitted);
  EXPECT_EQ(*ApplyListStep(ListStatus::kSubmitted, ListStep::kReturn, "缺少VOCs措施"),
            ListStatus::kReturned);
  EXPECT_EQ(*ApplyListStep(ListStatus::kSubmitted, ListStep::kApprove, ""), ListStatus::kApproved);
  EXPECT_EQ(*ApplyListStep(ListStatus::kApproved, ListStep::kReport, ""), ListStatus::kReported);
}

TEST(ListWorkflowTest, StepsOutOfOrderAreRefused) {
  auto r = ApplyListStep(ListStatus::kDraft, ListStep::kApprove, "");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(r.error().message(), "only a submitted version can be approved; this one is draft");
  EXPECT_FALSE(
      ApplyListStep(ListStatus::kReturned, ListStep::kSubmit, ""));  // import a new version
  EXPECT_FALSE(ApplyListStep(ListStatus::kSubmitted, ListStep::kReport, ""));
  auto no_comment = ApplyListStep(ListStatus::kSubmitted, ListStep::kReturn, "");
  ASSERT_FALSE(no_comment);
  EXPECT_EQ(no_comment.error().field(), "comment");
  EXPECT_EQ(ParseListStep("approve"), ListStep::kApprove);
  EXPECT_TRUE(IsReviewStep(ListStep::kReturn));
  EXPECT_FALSE(IsReviewStep(ListStep::kSubmit));
}

}  // namespace
}  // namespace lantian::emergency
