// The problem board as a workbook a bureau files (issue 8 §6): 问题清单 (every
// problem `p` may read: where, what, source, finder, plan, deadline, status,
// overdue, rebound) and 整改记录 (each step of each problem), in Chinese.
#pragma once

#include <string>

#include "app/supervision_problems.hpp"

namespace lantian::app {

std::string_view ProblemStatusZh(const std::string& status);  // 已发现, 整改中, …

core::Status WriteProblemsXlsx(storage::Store& store, const auth::Principal& p,
                               const std::string& city, core::Date today, const std::string& path);

}  // namespace lantian::app
