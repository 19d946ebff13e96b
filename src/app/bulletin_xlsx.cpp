// The monthly bulletin as an Excel workbook (app/bulletin.hpp).
#include "app/bulletin.hpp"
#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

using io::XlsxCell;
using io::XlsxChart;
using io::XlsxRow;
using io::XlsxSheet;

std::string StatusZh(campaign::IndicatorStatus s) {
  switch (s) {
    case campaign::IndicatorStatus::kNoTarget:
      return "无目标";
    case campaign::IndicatorStatus::kNoData:
      return "无数据";
    case campaign::IndicatorStatus::kOnTrack:
      return "正常";
    case campaign::IndicatorStatus::kAtRisk:
      return "有风险";
    case campaign::IndicatorStatus::kAlreadyMissed:
      return "已无法完成";
    case campaign::IndicatorStatus::kMet:
      return "完成";
    case campaign::IndicatorStatus::kMissed:
      return "未完成";
  }
  return "";
}

XlsxCell RankCell(const std::optional<int>& r) { return r ? XlsxCell::Int(*r) : XlsxCell{}; }

std::vector<std::string> Titles(const Bulletin& b, const std::string& what) {
  std::vector<std::string> t = {"京津冀及周边地区、汾渭平原 " + b.month + " " + what,
                                "lantian monthly bulletin " + b.month + " · " +
                                    core::FormatIsoDate(b.period.first) + " – " +
                                    core::FormatIsoDate(b.period.last)};
  if (b.synthetic) t.push_back("演示数据（合成）SYNTHETIC DEMO DATA — not real measurements");
  return t;
}

XlsxSheet RankingSheet(const Bulletin& b) {
  XlsxSheet s;
  s.name = "排名 Rankings";
  s.title_lines = Titles(b, "城市环境空气质量综合指数排名");
  s.header = {"排名 Rank",       "城市 City",     "省份 Province",   "综合指数 Index",
              "最大指数污染物",  "PM2.5 µg/m³",   "PM10 µg/m³",      "SO2 µg/m³",
              "NO2 µg/m³",       "CO P95 mg/m³",  "O3-8h P90 µg/m³", "综合指数变化 Δ%",
              "改善排名 Δ rank", "PM2.5 变化 Δ%", "2+26 排名",       "汾渭 Fenwei 排名",
              "说明 Note"};
  s.column_widths = {8, 14, 10, 10, 10, 9, 9, 9, 9, 10, 11, 12, 10, 12, 9, 11, 30};
  for (const auto& c : b.ranking.cities) {
    XlsxRow row;
    auto comp = [&](aq::IndexPollutant p, int digits) {
      const auto& x = c.index[p];
      return x ? XlsxCell::Of(x->statistic, digits) : XlsxCell{};
    };
    row.cells = {RankCell(c.rank_index),
                 XlsxCell::Text(c.unit.name_zh),
                 XlsxCell::Text(c.unit.province_zh),
                 XlsxCell::Of(c.index.index, 2),
                 XlsxCell::Text(
                     c.index.largest ? std::string(aq::IndexPollutantName(*c.index.largest)) : ""),
                 comp(aq::IndexPollutant::kPM25, 0),
                 comp(aq::IndexPollutant::kPM10, 0),
                 comp(aq::IndexPollutant::kSO2, 0),
                 comp(aq::IndexPollutant::kNO2, 0),
                 comp(aq::IndexPollutant::kCO, 1),
                 comp(aq::IndexPollutant::kO3, 0),
                 XlsxCell::Of(c.index_change_percent, 1),
                 RankCell(c.rank_index_change),
                 XlsxCell::Of(c.pm25_change_percent, 1),
                 RankCell(GroupRank(b.ranking, c.unit.code, campaign::UnitGroup::kTwoPlus26)),
                 RankCell(GroupRank(b.ranking, c.unit.code, campaign::UnitGroup::kFenwei)),
                 XlsxCell::Text(c.ranked ? "" : c.not_ranked_reason)};
    row.highlight = c.ranked && std::find(b.ranking.worst.begin(), b.ranking.worst.end(),
                                          static_cast<size_t>(&c - b.ranking.cities.data())) !=
                                    b.ranking.worst.end();
    s.rows.push_back(std::move(row));
  }
  s.notes = {
      "综合指数 = Σ Ci/Si：PM2.5/35、PM10/70、SO2/60、NO2/40 为月均值，CO 为日均值第95百分位数/4，"
      "O3 为日最大8小时平均第90百分位数/160；PM 扣除沙尘日。数值相同者并列。",
      "Highlighted rows: the ten worst. Change against the same month of the baseline year "
      "(2021 months against 2019, plan （二）).",
      "Ranked with at least " + std::to_string(RequiredDays(b.period)) +
          " valid days of each pollutant (GB 3095-2012 Table 4)."};
  s.charts.push_back(
      {XlsxChart::Type::kColumn, "综合指数 Composite index " + b.month, 1, {3}, "index"});
  return s;
}

XlsxSheet TargetsSheet(const Bulletin& b) {
  XlsxSheet s;
  s.name = "目标进展 Targets";
  const Assessment& a = *b.targets;
  s.title_lines =
      Titles(b, a.period.name + " 目标完成进展（截至 " + core::FormatIsoDate(a.as_of) + "）");
  s.header = {"城市 City",   "PM2.5 目标",     "PM2.5 累计", "基准同期",   "同比 Δ%",
              "目标要求 Δ%", "剩余日均值上限", "重污染天数", "重污染目标", "预计 PM2.5",
              "预计区间",    "预计重污染天数", "PM2.5 状态", "重污染状态", "目标来源 Source"};
  s.column_widths = {12, 10, 10, 10, 9, 11, 13, 10, 10, 10, 13, 13, 11, 11, 12};
  for (const auto& c : a.cities) {
    const campaign::Progress& p = c.progress;
    XlsxRow row;
    std::string interval;
    if (p.projected_pm25) {
      interval = p.projected_pm25->low.ToFixed(1) + "–" + p.projected_pm25->high.ToFixed(1);
    }
    row.cells = {
        XlsxCell::Text(c.unit.name_zh),
        p.target ? XlsxCell::Of(p.target->pm25, core::DecimalPlaces(p.target->pm25)) : XlsxCell{},
        XlsxCell::Of(p.pm25, 0),
        XlsxCell::Of(p.baseline_pm25_to_date, 0),
        XlsxCell::Of(p.pm25_change_percent, 1),
        XlsxCell::Of(p.required_change_percent, 1),
        XlsxCell::Of(p.pm25_allowance, 1),
        XlsxCell::Int(p.heavy_days),
        p.target ? XlsxCell::Int(p.target->heavy_days) : XlsxCell{},
        p.projected_pm25 ? XlsxCell::Of(p.projected_pm25->value, 1) : XlsxCell{},
        XlsxCell::Text(interval),
        p.projected_heavy_days ? XlsxCell::Of(p.projected_heavy_days->value, 0) : XlsxCell{},
        XlsxCell::Text(StatusZh(p.pm25_status)),
        XlsxCell::Text(StatusZh(p.heavy_status)),
        XlsxCell::Text(p.target ? std::string(campaign::TargetSourceName(p.target->source)) : "")};
    row.highlight = p.at_risk;
    s.rows.push_back(std::move(row));
  }
  s.notes = {
      "剩余日均值上限 = (目标 × (已有效天数 + 剩余天数) − 累计浓度和) / 剩余天数，向下取 0.1；"
      "为负表示目标已无法完成。",
      "Projection: the remaining days taken as the baseline year's same days scaled by this "
      "phase's ratio to the baseline so far; 90% interval from week-to-week spread "
      "(docs/standards.md §8). Highlighted: at risk or missed."};
  s.charts.push_back({XlsxChart::Type::kColumn, "PM2.5 累计 vs 目标 (µg/m³)", 0, {2, 1}, "µg/m³"});
  return s;
}

XlsxSheet DustfallSheet(const Bulletin& b) {
  XlsxSheet s;
  s.name = "降尘 Dust fall";
  s.title_lines = Titles(b, "降尘量监测结果");
  s.header = {"排名 Rank",         "城市 City",  "省份 Province",
              "降尘量 t/(月·km²)", "限值 Limit", "超标 Over"};
  s.column_widths = {8, 14, 10, 16, 10, 9};
  for (const auto& d : b.dustfall) {
    XlsxRow row;
    row.cells = {RankCell(d.rank),
                 XlsxCell::Text(d.unit.name_zh),
                 XlsxCell::Text(d.unit.province_zh),
                 XlsxCell::Of(d.value, d.value ? std::max(1, core::DecimalPlaces(*d.value)) : 1),
                 XlsxCell::Int(campaign::kDustfallLimit),
                 XlsxCell::Text(!d.value    ? "无数据"
                                : d.exceeds ? "是"
                                            : "否")};
    row.highlight = d.exceeds;
    s.rows.push_back(std::move(row));
  }
  s.notes = {"各城市平均降尘量不得高于 9 吨/月·平方公里（行动方案（十七））。"};
  s.charts.push_back(
      {XlsxChart::Type::kColumn, "降尘量 Dust fall " + b.month, 1, {3, 4}, "t/(month·km²)"});
  return s;
}

XlsxSheet WarningsSheet(const Bulletin& b) {
  XlsxSheet s;
  s.name = "预警 Warnings";
  const WarningList& w = *b.warnings;
  s.title_lines =
      Titles(b, w.quarter + " 预警通知函候选城市（截至 " + core::FormatIsoDate(w.as_of) + "）");
  s.header = {"城市 City", "省份 Province", "原因 Reasons", "Reasons (English)"};
  s.column_widths = {12, 10, 60, 60};
  for (const auto& c : w.candidates) {
    std::string zh, en;
    for (const auto& r : c.reasons) {
      zh += (zh.empty() ? "" : "；") + r.text_zh;
      en += (en.empty() ? "" : "; ") + r.text_en;
    }
    s.rows.push_back({{XlsxCell::Text(c.unit.name_zh), XlsxCell::Text(c.unit.province_zh),
                       XlsxCell::Text(zh), XlsxCell::Text(en)},
                      true});
  }
  s.notes = w.notes;
  s.notes.insert(s.notes.begin(), std::to_string(w.candidates.size()) + " of " +
                                      std::to_string(w.cities_assessed) +
                                      " cities with targets are candidates.");
  return s;
}

}  // namespace

core::Status WriteBulletinXlsx(const Bulletin& b, const std::string& path) {
  std::vector<XlsxSheet> sheets = {RankingSheet(b)};
  if (b.targets) sheets.push_back(TargetsSheet(b));
  sheets.push_back(DustfallSheet(b));
  if (b.warnings) sheets.push_back(WarningsSheet(b));
  return io::WriteXlsx(path, sheets,
                       {"lantian 月度通报 " + b.month, "lantian",
                        b.synthetic ? "SYNTHETIC DEMO DATA" : "computed by lantian"});
}

}  // namespace lantian::app
