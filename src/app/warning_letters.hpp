// Quarterly warning-letter candidates （二十二）: for each plan city with a
// target, the reasons of campaign/warning.hpp over its quarter so far. Key-task
// progress is not assessed until the ledger of key tasks is in lantian; the
// note says so instead of counting it as fine.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/assessment.hpp"
#include "campaign/warning.hpp"

namespace lantian::app {

struct WarningCandidate {
  campaign::Unit unit;
  campaign::Progress progress;
  int aqi500_days = 0;
  std::vector<campaign::WarningReason> reasons;
};

struct WarningList {
  std::string quarter;  // "2020Q4" or "2021Q1"
  core::Date as_of;
  std::vector<WarningCandidate> candidates;  // cities with at least one reason
  int cities_assessed = 0;
  std::vector<std::string> notes;
  bool synthetic = false;
};

core::Result<InputsRequest> WarningRequest(const std::string& quarter);
core::Result<WarningList> WarningCandidates(const CampaignInputs& inputs,
                                            const std::string& quarter,
                                            std::optional<core::Date> as_of,
                                            const campaign::WarningRule& rule = {});

}  // namespace lantian::app
