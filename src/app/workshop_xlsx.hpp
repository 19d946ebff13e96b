// The 散乱污 register as a workbook a bureau files (issue 8 §6): 散乱污台账
// (every workshop `p` may read), 白名单 (those rectified and white-listed),
// 动态清零 (per district: found, open, overdue, closed down, white-listed,
// rebounds, at zero or not) and 处置记录 (each step), in Chinese.
#pragma once

#include <string>

#include "app/workshop_register.hpp"

namespace lantian::app {

core::Status WriteWorkshopsXlsx(storage::Store& store, const auth::Principal& p,
                                const std::string& city, core::Date today, const std::string& path);

}  // namespace lantian::app
