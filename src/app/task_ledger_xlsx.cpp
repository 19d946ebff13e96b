#include "app/task_ledger_xlsx.hpp"

#include "app/list_store.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

using io::XlsxCell;

XlsxCell Text(std::string s) { return XlsxCell::Text(std::move(s)); }

std::string Joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "；") + p;
  return out;
}

bool InFocus(const UnitArea& a, const ledger::TaskUnit& u, const std::string& focus) {
  return focus.empty() || u.unit == focus || a.province == focus || a.city == focus;
}

}  // namespace

std::string_view TaskStatusZh(ledger::TaskStatus s) {
  switch (s) {
    case ledger::TaskStatus::kOnTrack:
      return "按期推进";
    case ledger::TaskStatus::kAtRisk:
      return "进度滞后";
    case ledger::TaskStatus::kOverdue:
      return "逾期";
    case ledger::TaskStatus::kDone:
      return "已销号";
  }
  return "";
}

std::string_view LevelZh(ledger::Level l) {
  switch (l) {
    case ledger::Level::kRegion:
      return "区域";
    case ledger::Level::kProvince:
      return "省";
    case ledger::Level::kCity:
      return "市";
    case ledger::Level::kDistrict:
      return "区县";
    case ledger::Level::kDepartment:
      return "部门";
  }
  return "";
}

core::Status WriteTaskLedgerXlsx(storage::Store& store, const auth::Principal& p,
                                 const std::string& focus, core::Date today,
                                 const std::string& path) {
  // The board's checks: officials only.
  LANTIAN_RETURN_IF_ERROR(LedgerBoardJson(store, p, focus, today).status());
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto ledgers, LoadAllTaskLedgers(store));
  for (auto& l : ledgers) l.TrimTo(today);
  const std::string as_of = "截至 " + core::FormatIsoDate(today) +
                            (focus.empty() ? "" : "，范围：" + focus) + "，制表：" + p.Describe();
  io::XlsxSheet ledger_sheet{
      "重点任务台账",
      {"京津冀及周边地区、汾渭平原 2020-2021 年秋冬季攻坚重点任务台账", as_of},
      {"序号", "任务编号", "章节", "任务", "单位", "层级", "上级单位", "目标", "计量单位",
       "完成时限", "责任人", "责任单位", "最新完成值", "截至", "预计到期完成", "状态", "迟报次数",
       "缺报次数", "说明"},
      {},
      {6, 16, 6, 36, 16, 6, 12, 10, 10, 12, 10, 16, 12, 12, 12, 10, 8, 8, 48},
      {"状态：逾期 = 过完成时限未销号；进度滞后 = 缺报，或按目前进度到期"
       "完不成；按期推进；已销号。预计值按起点到最近一次调度的进度线性"
       "外推至完成时限。"},
      {}};
  io::XlsxSheet report_sheet{
      "调度记录",
      {"重点任务调度记录", as_of},
      {"任务编号", "单位", "应报日期", "完成值", "佐证材料", "说明", "填报人", "填报时间", "迟报"},
      {},
      {16, 16, 12, 10, 30, 30, 24, 20, 6},
      {},
      {}};
  io::XlsxSheet event_sheet{"销号记录",
                            {"重点任务销号记录", as_of},
                            {"任务编号", "单位", "操作", "操作人", "时间", "佐证材料", "说明"},
                            {},
                            {16, 16, 10, 24, 20, 30, 30},
                            {},
                            {}};
  int n = 0;
  for (const auto& l : ledgers) {
    const auto progress = ProgressOf(l, today);
    std::map<std::string, bool> shown;
    for (const auto& u : l.units) {
      const UnitArea a = AreaOf(l, u, units);
      shown[u.unit] = RightOn(p, u, a, units) != TaskRight::kNone && InFocus(a, u, focus);
      if (!shown[u.unit]) continue;
      const auto& pr = progress.at(u.unit);
      const ledger::TaskUnit* parent = l.Find(u.parent);
      std::vector<std::string> notes = pr.reasons;
      if (u.responsible_name.empty() && u.level != ledger::Level::kRegion) {
        notes.push_back("未明确责任人");
      }
      ledger_sheet.rows.push_back(
          {{XlsxCell::Int(++n), Text(l.task.id), Text(l.task.section), Text(l.task.task_zh),
            Text(u.name), Text(std::string(LevelZh(u.level))), Text(parent ? parent->name : ""),
            Text(std::string(ledger::ComparisonSymbol(l.task.comparison)) + " " +
                 u.target.ToString()),
            Text(l.task.unit), Text(u.deadline == "monthly" ? "每月" : u.deadline),
            Text(u.responsible_name), Text(u.responsible_office), XlsxCell::Of(pr.latest, 2),
            Text(pr.latest_due ? core::FormatIsoDate(*pr.latest_due) : ""),
            XlsxCell::Of(pr.projected, 2), Text(std::string(TaskStatusZh(pr.status))),
            XlsxCell::Int(pr.late), XlsxCell::Int(static_cast<int64_t>(pr.missing.size())),
            Text(Joined(notes))},
           pr.status == ledger::TaskStatus::kOverdue || pr.status == ledger::TaskStatus::kAtRisk});
    }
    for (const auto& r : l.reports) {
      if (!shown[r.unit]) continue;
      const ledger::TaskUnit* u = l.Find(r.unit);
      const bool late = r.reported_at.substr(0, 10) > r.due;
      report_sheet.rows.push_back(
          {{Text(l.task.id), Text(u ? u->name : r.unit), Text(r.due), XlsxCell::Of(r.value, 2),
            Text(r.evidence), Text(r.note), Text(r.reported_by), Text(r.reported_at),
            Text(late ? "是" : "")},
           late});
    }
    for (const auto& e : l.events) {
      if (!shown[e.unit]) continue;
      const ledger::TaskUnit* u = l.Find(e.unit);
      event_sheet.rows.push_back({{Text(l.task.id), Text(u ? u->name : e.unit),
                                   Text(e.action == "close" ? "销号" : "重新打开"), Text(e.actor),
                                   Text(e.at), Text(e.evidence), Text(e.note)},
                                  e.action == "reopen"});
    }
  }
  return io::WriteXlsx(path, {ledger_sheet, report_sheet, event_sheet},
                       {"重点任务台账", p.Describe(), ""});
}

}  // namespace lantian::app
