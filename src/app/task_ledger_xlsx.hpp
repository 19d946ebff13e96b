// The key-task ledger as a workbook a bureau files (issue 8 §6): the ledger
// (every unit of every task `p` may read, within `focus` as on the board:
// target, deadline, responsible person, latest value, projection, status and
// why), the progress reports and the closures, in Chinese.
#pragma once

#include <string>

#include "app/task_ledger.hpp"

namespace lantian::app {

std::string_view TaskStatusZh(ledger::TaskStatus s);  // 按期推进, 进度滞后, 逾期, 已销号
std::string_view LevelZh(ledger::Level l);            // 区域, 省, 市, 区县, 部门

core::Status WriteTaskLedgerXlsx(storage::Store& store, const auth::Principal& p,
                                 const std::string& focus, core::Date today,
                                 const std::string& path);

}  // namespace lantian::app
