#include "app/list_sheets.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/xlsx_writer.hpp"

namespace lantian::app {
namespace {

io::XlsxSheet HeaderOnly(const std::string& name, std::vector<std::string> header) {
  io::XlsxSheet s;
  s.name = name;
  s.column_widths.assign(header.size(), 16);
  s.header = std::move(header);
  return s;
}

std::string Verification(const emergency::Verification& v) {
  std::string s;
  auto add = [&](const std::string& part) { s += (s.empty() ? "" : "；") + part; };
  if (!v.meter.empty()) add("电表 " + v.meter);
  if (!v.outlet.empty()) add("在线监测 " + v.outlet);
  if (v.video) add("视频监控");
  if (v.gate) add("门禁记录");
  return s.empty() ? "—" : s;
}

const std::vector<std::string> kEnterpriseColumns = {
    "credit_code",  "name",     "city", "district",  "industry",    "grade",
    "address",      "lat",      "lon",  "guarantee", "small_micro", "residential_heating",
    "life_service", "ule_steel"};
const std::vector<std::string> kLineColumns = {
    "credit_code", "line",  "name", "capacity", "value_added",
    "so2_t",       "nox_t", "pm_t", "vocs_t",   "can_stop_quickly"};
const std::vector<std::string> kMeasureColumns = {
    "credit_code", "line",        "level",      "measure",      "limit_percent",
    "so2_percent", "nox_percent", "pm_percent", "vocs_percent", "detail",
    "meter",       "outlet",      "video",      "gate"};

std::string Tonnes(int64_t kg) {
  std::string s = std::to_string(kg / 1000);
  const int64_t rest = kg % 1000;
  if (rest) {
    std::string frac = std::to_string(1000 + rest).substr(1);
    while (frac.back() == '0') frac.pop_back();
    s += "." + frac;
  }
  return s;
}

std::string Percent(int64_t permille) {
  return std::to_string(permille / 10) + (permille % 10 ? "." + std::to_string(permille % 10) : "");
}

std::string YesNo(bool v) { return v ? "1" : "0"; }

std::string Coordinate(const std::optional<double>& v) {
  if (!v) return "";
  std::ostringstream s;
  s.precision(10);
  s << *v;
  return s.str();
}

using Table = std::vector<std::vector<std::string>>;

Table EnterpriseRows(const emergency::EmergencyList& list) {
  Table t;
  for (const auto& e : list.enterprises) {
    t.push_back({e.credit_code, e.name, e.city, e.district, e.industry,
                 std::string(emergency::GradeName(e.grade)), e.address, Coordinate(e.lat),
                 Coordinate(e.lon), YesNo(e.categories.guarantee), YesNo(e.categories.small_micro),
                 YesNo(e.categories.residential_heating), YesNo(e.categories.life_service),
                 YesNo(e.categories.ule_steel)});
  }
  return t;
}

Table LineRows(const emergency::EmergencyList& list) {
  Table t;
  for (const auto& l : list.lines) {
    t.push_back({l.enterprise, l.id, l.name, l.capacity,
                 l.value_added ? std::to_string(*l.value_added) : "", Tonnes(l.baseline_kg[0]),
                 Tonnes(l.baseline_kg[1]), Tonnes(l.baseline_kg[2]), Tonnes(l.baseline_kg[3]),
                 YesNo(l.can_stop_quickly)});
  }
  return t;
}

Table MeasureRows(const emergency::EmergencyList& list) {
  Table t;
  for (const auto& m : list.measures) {
    std::vector<std::string> row{m.enterprise, m.line, std::string(alert::LevelName(m.level)),
                                 std::string(emergency::MeasureKindName(m.kind))};
    const bool uniform_limit = m.kind == emergency::MeasureKind::kLimit;
    const bool shares = m.kind == emergency::MeasureKind::kStopProcesses ||
                        m.kind == emergency::MeasureKind::kSelfDetermined;
    row.push_back(uniform_limit ? Percent(m.permille[0]) : "");
    for (int k = 0; k < 4; ++k) row.push_back(shares ? Percent(m.permille[k]) : "");
    row.insert(row.end(), {m.detail, m.verify.meter, m.verify.outlet, YesNo(m.verify.video),
                           YesNo(m.verify.gate)});
    t.push_back(std::move(row));
  }
  return t;
}

io::XlsxSheet SheetOf(const std::string& name, const std::vector<std::string>& header,
                      const Table& rows) {
  io::XlsxSheet s = HeaderOnly(name, header);
  for (const auto& r : rows) {
    io::XlsxRow row;
    for (const auto& v : r) row.cells.push_back(io::XlsxCell::Text(v));
    s.rows.push_back(std::move(row));
  }
  return s;
}

// A CSV field: quoted when it holds a comma, a quote or a line break.
std::string CsvField(const std::string& v) {
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string q = "\"";
  for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

core::Status WriteCsv(const std::filesystem::path& path, const std::vector<std::string>& header,
                      const Table& rows) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return core::InvalidInput("cannot write " + path.string(), "--out");
  auto line = [&](const std::vector<std::string>& r) {
    for (size_t i = 0; i < r.size(); ++i) out << (i ? "," : "") << CsvField(r[i]);
    out << "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
  out.close();
  if (!out) return core::InvalidInput("cannot write " + path.string(), "--out");
  return core::Status::Ok();
}

}  // namespace

core::Status WriteList(const emergency::EmergencyList& list, const std::string& path) {
  const Table enterprises = EnterpriseRows(list), lines = LineRows(list),
              measures = MeasureRows(list);
  if (path.size() > 5 && path.substr(path.size() - 5) == ".xlsx") {
    return io::WriteXlsx(
        path,
        {SheetOf("enterprises", kEnterpriseColumns, enterprises),
         SheetOf("lines", kLineColumns, lines), SheetOf("measures", kMeasureColumns, measures)},
        {"Emergency list " + list.city, "lantian", ""});
  }
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec)
    return core::InvalidInput("cannot make the folder " + path + ": " + ec.message(), "--out");
  const std::filesystem::path dir(path);
  LANTIAN_RETURN_IF_ERROR(WriteCsv(dir / "enterprises.csv", kEnterpriseColumns, enterprises));
  LANTIAN_RETURN_IF_ERROR(WriteCsv(dir / "lines.csv", kLineColumns, lines));
  return WriteCsv(dir / "measures.csv", kMeasureColumns, measures);
}

core::Status WriteListTemplate(const std::string& path) {
  std::vector<io::XlsxSheet> sheets;
  sheets.push_back(HeaderOnly("enterprises", kEnterpriseColumns));
  sheets.push_back(HeaderOnly("lines", kLineColumns));
  sheets.push_back(HeaderOnly("measures", kMeasureColumns));
  io::XlsxSheet readme;
  readme.name = "说明";
  readme.title_lines = {"lantian 重污染天气应急减排清单模板 / emergency-list template"};
  readme.header = {"sheet", "column", "what goes in it"};
  readme.column_widths = {14, 20, 90};
  const std::vector<std::array<const char*, 3>> kColumns = {
      {"enterprises", "credit_code",
       "统一社会信用代码 (GB 32100, 18 characters, check character verified)"},
      {"enterprises", "city / district",
       "unit code (or Chinese name) of the city; the district's code"},
      {"enterprises", "industry",
       "one of the 39 industries (codes in lantian's data/industries.csv) or one the province "
       "adds"},
      {"enterprises", "grade",
       "A, B, C, D, leading (引领性), non-leading (非引领性), non-compliant (不达标), other"},
      {"enterprises", "guarantee … ule_steel",
       "1/0, Y/N or 是/否: 保障类, small/micro, residential heating, small life service, "
       "ULE-certified steel"},
      {"lines", "line", "the line's id, unique within the enterprise"},
      {"lines", "value_added", "yuan per day (optional; the optimizer's cost of output lost)"},
      {"lines", "so2_t … vocs_t", "baseline emissions, t/day, at most three decimals"},
      {"lines", "can_stop_quickly", "1/0, Y/N or 是/否 (default yes)"},
      {"measures", "level", "yellow, orange, red (黄色, 橙色, 红色): one row per line and level"},
      {"measures", "measure",
       "stop (停产), limit (限产, with limit_percent), stop-processes (停产工序, with the four "
       "percentages), self (自主减排, A and leading), transport (运输管控), none (无)"},
      {"measures", "…_percent", "0…100, at most one decimal"},
      {"measures", "meter / outlet / video / gate",
       "how the measure is verified: electricity meter id, online-monitoring outlet, 1/0 for video "
       "and gate records"}};
  for (const auto& c : kColumns) {
    readme.rows.push_back(
        {{io::XlsxCell::Text(c[0]), io::XlsxCell::Text(c[1]), io::XlsxCell::Text(c[2])}, false});
  }
  sheets.push_back(std::move(readme));
  return io::WriteXlsx(path, sheets, {"Emergency-list template", "lantian", ""});
}

core::Status WriteEnterpriseSheet(const emergency::EmergencyList& list,
                                  const std::string& credit_code, const std::string& path) {
  const emergency::Enterprise* e = nullptr;
  for (const auto& x : list.enterprises) {
    if (x.credit_code == credit_code) e = &x;
  }
  if (!e) return core::NotFound("no enterprise " + credit_code + " on the list", "enterprise");
  io::XlsxSheet s;
  s.name = "一厂一策";
  s.title_lines = {e->name + " 重污染天气应急减排措施（一厂一策）",
                   "统一社会信用代码 " + e->credit_code + "　行业 " + e->industry + "　绩效等级 " +
                       std::string(emergency::GradeName(e->grade)) + "　城市 " + e->city +
                       "　区县 " + e->district};
  s.header = {"生产线", "名称",   "预警级别", "措施",     "SO2",
              "NOx",    "颗粒物", "VOCs",     "具体内容", "核查方式"};
  s.column_widths = {8, 16, 8, 14, 8, 8, 8, 8, 30, 30};
  for (const auto& line : list.lines) {
    if (line.enterprise != credit_code) continue;
    for (alert::Level level : emergency::kListLevels) {
      const emergency::Measure* m = nullptr;
      for (const auto& x : list.measures) {
        if (x.enterprise == credit_code && x.line == line.id && x.level == level) {
          m = &x;
          break;
        }
      }
      io::XlsxRow row;
      row.cells = {io::XlsxCell::Text(line.id), io::XlsxCell::Text(line.name),
                   io::XlsxCell::Text(std::string(alert::LevelNameZh(level)))};
      if (!m) {
        row.cells.push_back(io::XlsxCell::Text("（无措施）"));
        row.highlight = true;
      } else {
        row.cells.push_back(io::XlsxCell::Text(std::string(emergency::MeasureKindName(m->kind))));
        for (int k = 0; k < 4; ++k)
          row.cells.push_back(io::XlsxCell::Text(emergency::PercentText(m->permille[k])));
        row.cells.push_back(io::XlsxCell::Text(m->detail));
        row.cells.push_back(io::XlsxCell::Text(Verification(m->verify)));
      }
      s.rows.push_back(std::move(row));
    }
  }
  s.notes = {"减排比例为该生产线基准排放量的削减比例；停产为100 %。",
             "Shares are cuts of the line's baseline emissions; a stop is 100 %."};
  return io::WriteXlsx(path, {s}, {"一厂一策 " + e->name, "lantian", ""});
}

}  // namespace lantian::app
