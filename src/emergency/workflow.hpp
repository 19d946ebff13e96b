// The review of a city's list (issue 6 §5): the city drafts a version and
// submits it; the province approves it or returns it with comments; an
// approved list is reported to the ministry. Every import makes a new version
// (a draft); versions are kept. Pure: the status and a step in, the new status
// or the reason the step is refused out.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace lantian::emergency {

enum class ListStatus { kDraft, kSubmitted, kReturned, kApproved, kReported };
std::string_view ListStatusName(ListStatus s);  // draft, submitted, returned, approved, reported
std::optional<ListStatus> ParseListStatus(std::string_view text);

enum class ListStep { kSubmit, kReturn, kApprove, kReport };
std::string_view ListStepName(ListStep s);  // submit, return, approve, report
std::optional<ListStep> ParseListStep(std::string_view text);

// Who takes the step: the city (submit) or the reviewing province (return,
// approve, report). Access decides who is which; this is the order of things.
bool IsReviewStep(ListStep s);

// submit: a draft; return (a comment is required) and approve: a submitted
// version; report: an approved one. Conflict otherwise, saying why.
core::Result<ListStatus> ApplyListStep(ListStatus current, ListStep step,
                                       const std::string& comment);

}  // namespace lantian::emergency
