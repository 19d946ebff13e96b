#include "emergency/workflow.hpp"

namespace lantian::emergency {

std::string_view ListStatusName(ListStatus s) {
  switch (s) {
    case ListStatus::kDraft:
      return "draft";
    case ListStatus::kSubmitted:
      return "submitted";
    case ListStatus::kReturned:
      return "returned";
    case ListStatus::kApproved:
      return "approved";
    case ListStatus::kReported:
      return "reported";
  }
  return "?";
}

std::optional<ListStatus> ParseListStatus(std::string_view t) {
  for (auto s : {ListStatus::kDraft, ListStatus::kSubmitted, ListStatus::kReturned,
                 ListStatus::kApproved, ListStatus::kReported}) {
    if (ListStatusName(s) == t) return s;
  }
  return std::nullopt;
}

std::string_view ListStepName(ListStep s) {
  switch (s) {
    case ListStep::kSubmit:
      return "submit";
    case ListStep::kReturn:
      return "return";
    case ListStep::kApprove:
      return "approve";
    case ListStep::kReport:
      return "report";
  }
  return "?";
}

std::optional<ListStep> ParseListStep(std::string_view t) {
  for (auto s : {ListStep::kSubmit, ListStep::kReturn, ListStep::kApprove, ListStep::kReport}) {
    if (ListStepName(s) == t) return s;
  }
  return std::nullopt;
}

bool IsReviewStep(ListStep s) { return s != ListStep::kSubmit; }

core::Result<ListStatus> ApplyListStep(ListStatus current, ListStep step,
                                       const std::string& comment) {
  auto refuse = [&](std::string_view needs) -> core::Result<ListStatus> {
    return core::Conflict("only " + std::string(needs) + " version can be " +
                              (step == ListStep::kSubmit    ? "submitted"
                               : step == ListStep::kReturn  ? "returned"
                               : step == ListStep::kApprove ? "approved"
                                                            : "reported") +
                              "; this one is " + std::string(ListStatusName(current)),
                          "step");
  };
  switch (step) {
    case ListStep::kSubmit:
      if (current != ListStatus::kDraft) return refuse("a draft");
      return ListStatus::kSubmitted;
    case ListStep::kReturn:
      if (current != ListStatus::kSubmitted) return refuse("a submitted");
      if (comment.empty()) {
        return core::InvalidInput("returning a list needs the comments that say why", "comment");
      }
      return ListStatus::kReturned;
    case ListStep::kApprove:
      if (current != ListStatus::kSubmitted) return refuse("a submitted");
      return ListStatus::kApproved;
    case ListStep::kReport:
      if (current != ListStatus::kApproved) return refuse("an approved");
      return ListStatus::kReported;
  }
  return core::Internal("unknown step");
}

}  // namespace lantian::emergency
