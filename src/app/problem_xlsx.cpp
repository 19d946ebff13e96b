#include "app/problem_xlsx.hpp"

#include <map>

#include "app/list_store.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

io::XlsxCell Text(std::string s) { return io::XlsxCell::Text(std::move(s)); }

}  // namespace

std::string_view ProblemStatusZh(const std::string& status) {
  static const std::map<std::string, std::string_view> names{{"found", "已发现"},
                                                             {"planned", "整改中"},
                                                             {"rectified", "已整改待核查"},
                                                             {"verified", "已核查"},
                                                             {"closed", "已销号"}};
  auto it = names.find(status);
  return it == names.end() ? std::string_view(status) : it->second;
}

core::Status WriteProblemsXlsx(storage::Store& store, const auth::Principal& p,
                               const std::string& city, core::Date today, const std::string& path) {
  LANTIAN_ASSIGN_OR_RETURN(auto problems, VisibleProblems(store, p, city, "", today));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto events, store.ProblemEvents(0));
  const std::string as_of = "截至 " + core::FormatIsoDate(today) + "，制表：" + p.Describe();
  io::XlsxSheet list{
      "问题清单",
      {"督查发现问题清单（拉条挂账）", as_of},
      {"序号", "编号", "城市", "区县", "企业", "点位", "问题类型", "问题描述", "来源", "发现人",
       "发现时间", "整改措施", "整改时限", "状态", "逾期", "反弹自"},
      {},
      {6, 8, 10, 10, 22, 20, 10, 40, 12, 20, 20, 30, 12, 12, 6, 8},
      {"逾期：过整改时限仍未整改完成；反弹：已销号问题在同一企业或点位再次发现，"
       "计入所在单位。"},
      {}};
  io::XlsxSheet steps{"整改记录",
                      {"问题整改记录", as_of},
                      {"编号", "步骤", "操作人", "时间", "状态", "佐证材料", "说明"},
                      {},
                      {8, 12, 24, 20, 12, 30, 40},
                      {},
                      {}};
  static const std::map<std::string, std::string> step_names{
      {"found", "发现"},           {"plan", "制定整改方案"},      {"rectify", "完成整改"},
      {"verify-pass", "核查通过"}, {"verify-fail", "核查未通过"}, {"close", "销号"}};
  std::map<int64_t, bool> shown;
  int n = 0;
  for (const auto& x : problems) {
    shown[x.id] = true;
    auto u = units.find(x.city_code);
    const bool overdue = ProblemJson(x, today)["overdue"].get<bool>();
    list.rows.push_back(
        {{io::XlsxCell::Int(++n), io::XlsxCell::Int(x.id),
          Text(u == units.end() ? x.city_code : u->second.name_zh), Text(x.district),
          Text(x.credit_code), Text(x.site), Text(x.kind), Text(x.what), Text(x.source),
          Text(x.found_by), Text(x.found_at), Text(x.plan), Text(x.deadline),
          Text(std::string(ProblemStatusZh(x.status))), Text(overdue ? "是" : ""),
          x.rebound_of ? io::XlsxCell::Int(x.rebound_of) : Text("")},
         overdue || x.rebound_of != 0});
  }
  for (const auto& e : events) {
    if (!shown[e.problem_id]) continue;
    auto step = step_names.find(e.action);
    steps.rows.push_back(
        {{io::XlsxCell::Int(e.problem_id), Text(step == step_names.end() ? e.action : step->second),
          Text(e.actor), Text(e.at), Text(std::string(ProblemStatusZh(e.status))), Text(e.evidence),
          Text(e.note)},
         e.action == "verify-fail"});
  }
  return io::WriteXlsx(path, {list, steps}, {"督查发现问题清单", p.Describe(), ""});
}

}  // namespace lantian::app
