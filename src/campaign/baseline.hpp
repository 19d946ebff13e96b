// The baseline period a campaign period is compared with. Plan （二） and the MEE
// answers on the plan (../shared/realdata/facts.md §1.4): the 2020Q4 targets use
// 2019Q4 and the 2021Q1 targets use 2019Q1, not 2020Q1, which COVID-19 distorted.
// The months of 2021Q1 look back to 2019 too, so that monthly and phase figures
// agree; any other period is compared with the same period one year earlier.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/civil_time.hpp"
#include "core/status.hpp"

namespace lantian::campaign {

core::Period BaselineOf(std::string_view period_name, core::Period period);

// A period the campaign is assessed or ranked over, with its baseline: a phase
// ("2020Q4", "2021Q1"), the whole season ("season": 2020-10-01 … 2021-03-31
// against 2019Q4 followed by 2019Q1), or a month ("2020-12"). The baseline
// periods, concatenated, align day by day with the period.
struct AssessmentPeriod {
  std::string name;
  core::Period period;
  std::vector<core::Period> baseline;
  bool is_phase = false;  // has city targets
  bool is_month = false;
};

core::Result<AssessmentPeriod> AssessmentPeriodOf(std::string_view name);

// "season" (2020-10-01 … 2021-03-31) or any period core::ParsePeriod reads.
core::Result<core::Period> ParseSeasonOrPeriod(std::string_view text);

// The plan phase a day belongs to ("2020Q4", "2021Q1"), or "".
std::string PhaseOf(core::Date day);

}  // namespace lantian::campaign
