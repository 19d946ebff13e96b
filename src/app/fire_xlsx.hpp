// The fire points as a workbook a bureau files (issue 8 §6): 火点清单 (every
// point `p` may read in the period: time, place, confidence, the unit and
// grid it went to, the period of the day, the answer and how long it took)
// and 分单位统计 (per city and district, with the periods of the day), in
// Chinese.
#pragma once

#include <string>

#include "app/straw_burning.hpp"

namespace lantian::app {

core::Status WriteFirePointsXlsx(storage::Store& store, const auth::Principal& p,
                                 const std::string& city, core::Period period,
                                 const std::string& path);

}  // namespace lantian::app
