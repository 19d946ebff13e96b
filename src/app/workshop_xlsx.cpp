#include "app/workshop_xlsx.hpp"

#include <map>
#include <set>

#include "app/list_store.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

io::XlsxCell Text(std::string s) { return io::XlsxCell::Text(std::move(s)); }

std::string SourceZh(const std::string& source) {
  auto s = ledger::ParseWorkshopSource(source);
  return s ? std::string(ledger::WorkshopSourceZh(*s)) : source;
}

std::string StatusZh(const std::string& status) {
  auto s = ledger::ParseWorkshopStatus(status);
  return s ? std::string(ledger::WorkshopStatusZh(*s)) : status;
}

std::string Coordinates(const storage::Workshop& w) {
  if (!w.lat || !w.lon) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.5f, %.5f", *w.lat, *w.lon);
  return buf;
}

}  // namespace

core::Status WriteWorkshopsXlsx(storage::Store& store, const auth::Principal& p,
                                const std::string& city, core::Date today,
                                const std::string& path) {
  LANTIAN_ASSIGN_OR_RETURN(auto workshops, VisibleWorkshops(store, p, city, "", today));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto events, store.WorkshopEvents(0));
  LANTIAN_ASSIGN_OR_RETURN(auto stats, WorkshopStatsJson(store, p, today));
  const std::string as_of = "截至 " + core::FormatIsoDate(today) + "，制表：" + p.Describe();
  const std::vector<std::string> header{
      "序号", "编号", "城市",   "区县",     "乡镇（街道）", "名称", "地址", "坐标",  "行业",
      "问题", "来源", "发现人", "发现时间", "处置时限",     "状态", "逾期", "反弹自"};
  const std::vector<double> widths{6, 8, 10, 10, 14, 20, 30, 20, 12, 30, 10, 20, 20, 12, 12, 6, 8};
  io::XlsxSheet ledger_sheet{
      "散乱污台账",
      {"“散乱污”企业动态管理台账", as_of},
      header,
      {},
      widths,
      {"状态：待认定 → 关停取缔中 / 整改中 → 已取缔（两断三清验收）/ 白名单（整改验收）。",
       "反弹：在已取缔或已列入白名单的“散乱污”企业原址再次发现，计入所在区县。"},
      {}};
  io::XlsxSheet white{"白名单", {"完成整改“散乱污”企业白名单", as_of}, header, {}, widths, {}, {}};
  int n = 0, m = 0;
  std::set<int64_t> shown;
  for (const auto& w : workshops) {
    shown.insert(w.id);
    auto u = units.find(w.city_code);
    const bool overdue = WorkshopJson(w, today)["overdue"].get<bool>();
    const auto cells = [&](int seq) {
      return std::vector<io::XlsxCell>{io::XlsxCell::Int(seq),
                                       io::XlsxCell::Int(w.id),
                                       Text(u == units.end() ? w.city_code : u->second.name_zh),
                                       Text(w.district),
                                       Text(w.township),
                                       Text(w.name),
                                       Text(w.address),
                                       Text(Coordinates(w)),
                                       Text(w.industry),
                                       Text(w.what),
                                       Text(SourceZh(w.source)),
                                       Text(w.found_by),
                                       Text(w.found_at),
                                       Text(w.deadline),
                                       Text(StatusZh(w.status)),
                                       Text(overdue ? "是" : ""),
                                       w.rebound_of ? io::XlsxCell::Int(w.rebound_of) : Text("")};
    };
    ledger_sheet.rows.push_back({cells(++n), overdue || w.rebound_of != 0});
    if (w.status == "whitelisted") white.rows.push_back({cells(++m), false});
  }
  io::XlsxSheet zero{"动态清零",
                     {"“散乱污”企业动态清零情况（按区县）", as_of},
                     {"城市", "区县", "名称", "累计发现", "未处置完", "逾期", "已取缔", "白名单",
                      "反弹", "动态清零"},
                     {},
                     {10, 10, 14, 10, 10, 8, 8, 8, 8, 10},
                     {"动态清零：区县内没有待认定、关停取缔中或整改中的“散乱污”企业。"},
                     {}};
  for (const auto& c : stats["cities"]) {
    for (const auto& d : c["districts"]) {
      const bool at_zero = d["dynamic_zero"].get<bool>();
      zero.rows.push_back(
          {{Text(c["name"].get<std::string>()), Text(d["district"].get<std::string>()),
            Text(d["name"].get<std::string>()), io::XlsxCell::Int(d["found"].get<int64_t>()),
            io::XlsxCell::Int(d["open"].get<int64_t>()),
            io::XlsxCell::Int(d["overdue"].get<int64_t>()),
            io::XlsxCell::Int(d["closed_down"].get<int64_t>()),
            io::XlsxCell::Int(d["whitelisted"].get<int64_t>()),
            io::XlsxCell::Int(d["rebounds"].get<int64_t>()), Text(at_zero ? "是" : "否")},
           !at_zero});
    }
  }
  io::XlsxSheet steps{"处置记录",
                      {"“散乱污”企业处置记录", as_of},
                      {"编号", "步骤", "操作人", "时间", "状态", "佐证材料", "说明"},
                      {},
                      {8, 14, 24, 20, 12, 30, 40},
                      {},
                      {}};
  static const std::map<std::string, std::string> step_names{
      {"found", "发现建档"},
      {"assess-close", "认定关停取缔"},
      {"assess-rectify", "认定整改提升"},
      {"accept-closure", "取缔验收（两断三清）"},
      {"accept-rectification", "整改验收（列入白名单）"}};
  for (const auto& e : events) {
    if (!shown.contains(e.workshop_id)) continue;
    auto step = step_names.find(e.action);
    steps.rows.push_back({{io::XlsxCell::Int(e.workshop_id),
                           Text(step == step_names.end() ? e.action : step->second), Text(e.actor),
                           Text(e.at), Text(StatusZh(e.status)), Text(e.evidence), Text(e.note)},
                          false});
  }
  return io::WriteXlsx(path, {ledger_sheet, white, zero, steps},
                       {"“散乱污”企业动态管理台账", p.Describe(), ""});
}

}  // namespace lantian::app
