// The baseline period a campaign phase is compared with. Plan （二） and the MEE
// answers on the plan (../shared/realdata/facts.md §1.4): the 2020Q4 targets use
// 2019Q4 and the 2021Q1 targets use 2019Q1, not 2020Q1, which COVID-19 distorted.
// Any other period is compared with the same period one year earlier.
#pragma once

#include <string_view>

#include "core/civil_time.hpp"

namespace lantian::campaign {

core::Period BaselineOf(std::string_view period_name, core::Period period);

}  // namespace lantian::campaign
