#include "app/verification_report.hpp"

#include <map>

#include "app/list_store.hpp"
#include "app/monitoring_devices.hpp"
#include "app/monitoring_findings.hpp"
#include "app/outlet_limits.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

std::string DayStart(core::Date d) { return core::FormatIsoDate(d) + " 00:00:00"; }

}  // namespace

core::Result<VerificationReport> CityVerification(storage::Store& store, const auth::Principal& p,
                                                  const std::string& city, core::Period period,
                                                  core::Instant now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(p, u));
  VerificationReport r{u.code, u.name_zh, period, {}, {}, {}, {}};
  LANTIAN_ASSIGN_OR_RETURN(io::MeterReadings readings, StoredReadings(store, u.code));
  LANTIAN_ASSIGN_OR_RETURN(r.loads, VerifyLoads(store, p, u.code, period, readings, now));
  const std::string from = DayStart(period.first), to = DayStart(period.last + 1);
  LANTIAN_ASSIGN_OR_RETURN(r.treatments, CheckTreatments(store, p, u.code, from, to));
  LANTIAN_ASSIGN_OR_RETURN(auto to_instant, core::ParseInstant(to));
  LANTIAN_ASSIGN_OR_RETURN(verify::Spans alerts,
                           AlertStretches(store, u.code, std::min(now, to_instant)));
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  for (const auto& d : devices) {
    if (d.city_code != u.code) continue;
    DeviceUnderAlert row{d, 0, 0, 0, 0};
    LANTIAN_ASSIGN_OR_RETURN(DeviceCheck check, CheckDeviceLimits(store, p, d.mn, from, to));
    auto under_alert = [&](core::Instant t) {
      for (const auto& [a, b] : alerts) {
        if (a <= t && t < b) return true;
      }
      return false;
    };
    LANTIAN_ASSIGN_OR_RETURN(auto values, store.MonitoringValues({d.mn, "hourly", from, to}));
    std::map<std::string, bool> hours_under_alert;
    for (const auto& v : values) {
      if (auto t = core::ParseInstant(v.data_time))
        hours_under_alert[v.data_time] = under_alert(*t);
    }
    for (const auto& [time, in] : hours_under_alert) row.judged += in;
    for (const auto& pc : check.pollutants) {
      for (const auto& e : pc.result.exceedances) row.exceedances += under_alert(e.hour);
    }
    LANTIAN_ASSIGN_OR_RETURN(auto findings, store.MonitoringFindings(d.mn, ""));
    for (const auto& f : findings) {
      if (f.to_at <= from || f.from_at >= to) continue;
      row.open_findings += f.status == "open";
      row.confirmed_findings += f.status == "confirmed";
    }
    r.devices.push_back(std::move(row));
  }
  // Per enterprise: the worst of what its lines, facilities and devices say.
  std::map<std::string, EnterpriseVerdict> by;
  auto of = [&](const std::string& code) -> EnterpriseVerdict& {
    auto& e = by[code];
    e.enterprise = code;
    return e;
  };
  for (const auto& l : r.loads) {
    auto& e = of(l.enterprise);
    e.name = l.enterprise_name;
    e.lines_suspected += l.check.verdict == verify::LoadVerdict::kSuspected;
    e.lines_compliant += l.check.verdict == verify::LoadVerdict::kCompliant;
    e.lines_no_data += l.check.verdict == verify::LoadVerdict::kNoData;
  }
  for (const auto& t : r.treatments) {
    of(t.line_meter.credit_code).facilities_suspected +=
        t.check.verdict == verify::LoadVerdict::kSuspected;
  }
  for (const auto& d : r.devices) {
    auto& e = of(d.device.credit_code);
    e.exceedances += d.exceedances;
    e.confirmed_findings += d.confirmed_findings;
  }
  for (auto& [code, e] : by) {
    const bool suspected =
        e.lines_suspected || e.facilities_suspected || e.exceedances || e.confirmed_findings;
    const bool checked = e.lines_compliant || e.lines_suspected;
    e.verdict = suspected ? "suspected" : checked ? "compliant" : "no-data";
    r.enterprises.push_back(e);
  }
  return r;
}

nlohmann::json VerificationJson(const VerificationReport& r) {
  auto optional = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nullptr; };
  nlohmann::json enterprises = nlohmann::json::array();
  for (const auto& e : r.enterprises) {
    enterprises.push_back({{"enterprise", e.enterprise},
                           {"name", e.name},
                           {"lines_suspected", e.lines_suspected},
                           {"lines_compliant", e.lines_compliant},
                           {"lines_no_data", e.lines_no_data},
                           {"facilities_suspected", e.facilities_suspected},
                           {"exceedances_under_alert", e.exceedances},
                           {"confirmed_findings", e.confirmed_findings},
                           {"verdict", e.verdict}});
  }
  nlohmann::json loads = nlohmann::json::array();
  for (const auto& l : r.loads) {
    const auto& c = l.check;
    loads.push_back({{"enterprise", l.enterprise},
                     {"line", l.line},
                     {"meter", l.meter},
                     {"level", alert::LevelName(l.span.level)},
                     {"from", core::FormatInstant(l.span.from)},
                     {"to", l.span.to ? nlohmann::json(core::FormatInstant(*l.span.to)) : nullptr},
                     {"required_cut", c.required_cut},
                     {"observed_cut", optional(c.observed_cut)},
                     {"baseline_kw", c.covered ? nlohmann::json(c.baseline_kw) : nullptr},
                     {"during_kw", c.covered ? nlohmann::json(c.during_kw) : nullptr},
                     {"quarters", c.quarters},
                     {"covered", c.covered},
                     {"verdict", verify::LoadVerdictName(c.verdict)},
                     {"why", c.why}});
  }
  nlohmann::json treatments = nlohmann::json::array();
  for (const auto& t : r.treatments) {
    nlohmann::json stretches = nlohmann::json::array();
    for (const auto& [a, b] : t.check.stretches) {
      stretches.push_back({{"from", core::FormatInstant(a)}, {"to", core::FormatInstant(b)}});
    }
    treatments.push_back({{"enterprise", t.line_meter.credit_code},
                          {"line", t.line_meter.line},
                          {"line_meter", t.line_meter.meter},
                          {"facility", t.facility_meter.facility},
                          {"facility_meter", t.facility_meter.meter},
                          {"line_ran", t.check.line_ran},
                          {"covered", t.check.covered},
                          {"facility_off", t.check.facility_off},
                          {"verdict", verify::LoadVerdictName(t.check.verdict)},
                          {"stretches", stretches}});
  }
  nlohmann::json devices = nlohmann::json::array();
  for (const auto& d : r.devices) {
    devices.push_back({{"mn", d.device.mn},
                       {"enterprise", d.device.credit_code},
                       {"outlet", d.device.outlet},
                       {"hours_under_alert", d.judged},
                       {"exceedances_under_alert", d.exceedances},
                       {"open_findings", d.open_findings},
                       {"confirmed_findings", d.confirmed_findings}});
  }
  return {{"city", r.city},
          {"name", r.city_name},
          {"from", core::FormatIsoDate(r.period.first)},
          {"to", core::FormatIsoDate(r.period.last)},
          {"enterprises", enterprises},
          {"loads", loads},
          {"treatments", treatments},
          {"devices", devices}};
}

core::Status WriteVerificationXlsx(const VerificationReport& r, const std::string& path) {
  using io::XlsxCell;
  const std::string title = r.city_name + "（" + r.city + "）重污染天气应急减排措施核查 " +
                            core::FormatIsoDate(r.period.first) + " 至 " +
                            core::FormatIsoDate(r.period.last);
  auto verdict_zh = [](const std::string& v) {
    return v == "suspected"   ? std::string("疑似违规")
           : v == "compliant" ? std::string("合规")
           : v == "no-data"   ? std::string("无数据")
                              : std::string("未核查");
  };
  io::XlsxSheet summary{
      "企业核查结论",
      {title, "依据：用电监控（分表计电）与在线监测（HJ 212）数据"},
      {"统一社会信用代码", "企业名称", "限产停产疑似未落实（生产线·时段）", "落实（生产线·时段）",
       "无数据", "治污设施未同步运行", "预警期间超标小时", "已确认数据异常", "结论"},
      {},
      {22, 28, 16, 12, 8, 14, 14, 12, 10},
      {},
      {}};
  for (const auto& e : r.enterprises) {
    summary.rows.push_back(
        {{XlsxCell::Text(e.enterprise), XlsxCell::Text(e.name), XlsxCell::Int(e.lines_suspected),
          XlsxCell::Int(e.lines_compliant), XlsxCell::Int(e.lines_no_data),
          XlsxCell::Int(e.facilities_suspected), XlsxCell::Int(e.exceedances),
          XlsxCell::Int(e.confirmed_findings), XlsxCell::Text(verdict_zh(e.verdict))},
         e.verdict == "suspected"});
  }
  io::XlsxSheet loads{"生产线用电",
                      {title},
                      {"预警开始", "预警结束", "级别", "企业", "生产线", "电表", "要求降幅",
                       "实际降幅", "基准负荷kW", "预警期间负荷kW", "结论", "说明"},
                      {},
                      {18, 18, 8, 22, 8, 10, 10, 10, 12, 14, 10, 40},
                      {},
                      {}};
  for (const auto& l : r.loads) {
    auto share = [](std::optional<double> v) {
      return v ? XlsxCell::Number(*v * 100, 1) : XlsxCell{};
    };
    loads.rows.push_back(
        {{XlsxCell::Text(core::FormatInstant(l.span.from)),
          XlsxCell::Text(l.span.to ? core::FormatInstant(*l.span.to) : "生效中"),
          XlsxCell::Text(std::string(alert::LevelName(l.span.level))), XlsxCell::Text(l.enterprise),
          XlsxCell::Text(l.line), XlsxCell::Text(l.meter), share(l.check.required_cut),
          share(l.check.observed_cut),
          l.check.covered ? XlsxCell::Number(l.check.baseline_kw, 1) : XlsxCell{},
          l.check.covered ? XlsxCell::Number(l.check.during_kw, 1) : XlsxCell{},
          XlsxCell::Text(verdict_zh(std::string(verify::LoadVerdictName(l.check.verdict)))),
          XlsxCell::Text(l.check.why)},
         l.check.verdict == verify::LoadVerdict::kSuspected});
  }
  io::XlsxSheet treatments{"治污设施用电",
                           {title},
                           {"企业", "生产线", "生产电表", "治污设施", "设施电表", "生产运行(刻)",
                            "有设施读数(刻)", "设施停运(刻)", "结论", "停运时段"},
                           {},
                           {22, 8, 10, 10, 10, 12, 12, 12, 10, 40},
                           {},
                           {}};
  for (const auto& t : r.treatments) {
    std::string stretches;
    for (const auto& [a, b] : t.check.stretches) {
      if (!stretches.empty()) stretches += "；";
      stretches += core::FormatInstant(a) + "–" + core::FormatInstant(b).substr(11);
    }
    treatments.rows.push_back(
        {{XlsxCell::Text(t.line_meter.credit_code), XlsxCell::Text(t.line_meter.line),
          XlsxCell::Text(t.line_meter.meter), XlsxCell::Text(t.facility_meter.facility),
          XlsxCell::Text(t.facility_meter.meter), XlsxCell::Int(t.check.line_ran),
          XlsxCell::Int(t.check.covered), XlsxCell::Int(t.check.facility_off),
          XlsxCell::Text(verdict_zh(std::string(verify::LoadVerdictName(t.check.verdict)))),
          XlsxCell::Text(stretches)},
         t.check.verdict == verify::LoadVerdict::kSuspected});
  }
  io::XlsxSheet devices{
      "在线监测",
      {title},
      {"设备MN", "企业", "排放口", "预警期间小时", "预警期间超标小时", "待核查异常", "已确认异常"},
      {},
      {18, 22, 8, 12, 14, 10, 10},
      {},
      {}};
  for (const auto& d : r.devices) {
    devices.rows.push_back(
        {{XlsxCell::Text(d.device.mn), XlsxCell::Text(d.device.credit_code),
          XlsxCell::Text(d.device.outlet), XlsxCell::Int(d.judged), XlsxCell::Int(d.exceedances),
          XlsxCell::Int(d.open_findings), XlsxCell::Int(d.confirmed_findings)},
         d.exceedances > 0 || d.confirmed_findings > 0});
  }
  return io::WriteXlsx(path, {summary, loads, treatments, devices},
                       {title, "lantian", "verification of the emergency measures"});
}

}  // namespace lantian::app
