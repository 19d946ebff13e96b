#include "app/fire_xlsx.hpp"

#include <map>

#include "app/list_store.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

io::XlsxCell Text(std::string s) { return io::XlsxCell::Text(std::move(s)); }

std::string ResponseZh(const std::string& response) {
  static const std::map<std::string, std::string> names{
      {"confirmed", "确认焚烧"}, {"false-alarm", "误报"}, {"handled", "已处置"}};
  auto it = names.find(response);
  return it == names.end() ? response : it->second;
}

std::string StatusZh(const std::string& status) {
  static const std::map<std::string, std::string> names{
      {"dispatched", "待核查"}, {"responded", "已反馈"}, {"outside", "区域外"}};
  auto it = names.find(status);
  return it == names.end() ? status : it->second;
}

std::string MethodZh(const std::string& method) {
  static const std::map<std::string, std::string> names{
      {"boundary", "按边界"}, {"nearest", "就近城市"}, {"none", "未归属"}};
  auto it = names.find(method);
  return it == names.end() ? method : it->second;
}

}  // namespace

core::Status WriteFirePointsXlsx(storage::Store& store, const auth::Principal& p,
                                 const std::string& city, core::Period period,
                                 const std::string& path) {
  LANTIAN_ASSIGN_OR_RETURN(auto points, VisibleFirePoints(store, p, city, period));
  LANTIAN_ASSIGN_OR_RETURN(auto stats, FireStatsJson(store, p, period, {},
                                                     {core::Date::FromYmd(2020, 10, 1),
                                                      core::Date::FromYmd(2020, 10, 20)}));
  LANTIAN_ASSIGN_OR_RETURN(auto units, UnitsByCode(store));
  const std::string span =
      core::FormatIsoDate(period.first) + " 至 " + core::FormatIsoDate(period.last);
  const std::string by = "制表：" + p.Describe();
  io::XlsxSheet list{
      "火点清单",
      {"秸秆焚烧卫星火点核查清单", span + "，" + by},
      {"序号", "编号", "卫星时间", "纬度", "经度", "可信度", "来源", "城市", "区县", "乡镇",
       "归属方式", "网格责任人", "时段", "状态", "核查结果", "反馈人", "反馈时间", "用时（分钟）",
       "说明"},
      {},
      {6, 8, 18, 9, 10, 8, 10, 10, 10, 12, 10, 14, 8, 8, 10, 20, 18, 10, 30},
      {"时段：收工时 17–20 时，上半夜 20–24 时，下半夜 0–6 时，白天 6–17 时（北京时间）。"},
      {}};
  int n = 0;
  for (const auto& f : points) {
    const auto j = FirePointJson(f);
    auto u = units.find(f.city_code);
    io::XlsxCell minutes = Text("");
    const auto seen = core::ParseInstant(f.observed_at);
    const auto answered = core::ParseInstant(f.responded_at);
    if (seen && answered) minutes = io::XlsxCell::Int((answered->seconds - seen->seconds) / 60);
    list.rows.push_back(
        {{io::XlsxCell::Int(++n), io::XlsxCell::Int(f.id), Text(f.observed_at),
          io::XlsxCell::Number(f.lat, 4), io::XlsxCell::Number(f.lon, 4), Text(f.confidence),
          Text(f.source), Text(u == units.end() ? f.city_code : u->second.name_zh),
          Text(f.district), Text(f.township), Text(MethodZh(f.method)), Text(f.grid),
          Text(j["period_zh"].get<std::string>()), Text(StatusZh(f.status)),
          Text(ResponseZh(f.response)), Text(f.responded_by), Text(f.responded_at), minutes,
          Text(f.note)},
         f.status == "dispatched"});
  }
  io::XlsxSheet by_unit{
      "分单位统计",
      {"秸秆焚烧火点分单位统计", span + "，" + by},
      {"城市", "区县", "火点", "确认焚烧", "误报", "已处置", "待核查", "反馈用时中位数（分钟）"},
      {},
      {10, 10, 8, 10, 8, 8, 8, 20},
      {"收工时 " + stats["periods"]["after-work"].dump() + " 个，上半夜 " +
       stats["periods"]["first-half-night"].dump() + " 个，下半夜 " +
       stats["periods"]["second-half-night"].dump() + " 个，白天 " +
       stats["periods"]["daytime"].dump() + " 个。"},
      {}};
  for (const auto& r : stats["units"]) {
    if (!city.empty() && r["city"].get<std::string>() != city) continue;
    const auto& median = r["median_response_minutes"];
    by_unit.rows.push_back(
        {{Text(r["name"].get<std::string>()), Text(r["district"].get<std::string>()),
          io::XlsxCell::Int(r["points"].get<int64_t>()),
          io::XlsxCell::Int(r["confirmed"].get<int64_t>()),
          io::XlsxCell::Int(r["false_alarm"].get<int64_t>()),
          io::XlsxCell::Int(r["handled"].get<int64_t>()),
          io::XlsxCell::Int(r["awaiting"].get<int64_t>()),
          median.is_null() ? Text("") : io::XlsxCell::Int(median.get<int64_t>())},
         r["awaiting"].get<int64_t>() > 0});
  }
  return io::WriteXlsx(path, {list, by_unit}, {"秸秆焚烧卫星火点核查清单", p.Describe(), ""});
}

}  // namespace lantian::app
