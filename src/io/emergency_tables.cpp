#include "io/emergency_tables.hpp"

#include <filesystem>
#include <map>

#include "io/table_columns.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::io {
namespace {

using emergency::kPollutants;
using emergency::PerPollutant;

// t/day with at most three decimals → kg/day.
std::optional<int64_t> Kilograms(TableRow& row, std::string_view name, bool required) {
  auto v = row.Decimal(name, required);
  if (!v) return required ? std::nullopt : std::optional<int64_t>(0);
  if (v->IsNegative() || core::DecimalPlaces(*v) > 3) {
    row.Error(row.At(name), std::string(name) +
                                " is t/day, not negative, with at most three "
                                "decimals (kg)");
    return std::nullopt;
  }
  return v->ScaledHalfEven(3);
}

// A percentage 0…100 with at most one decimal → per mille.
std::optional<int64_t> Permille(TableRow& row, std::string_view name, bool required) {
  auto v = row.Decimal(name, required);
  if (!v) return std::nullopt;
  if (v->IsNegative() || *v > core::Decimal::FromInt(100) || core::DecimalPlaces(*v) > 1) {
    row.Error(row.At(name), std::string(name) + " is a percentage 0…100 with at most one decimal");
    return std::nullopt;
  }
  return v->ScaledHalfEven(1);
}

bool Flag(TableRow& row, std::string_view name, bool fallback) {
  const Cell c = row.At(name);
  if (c.text.empty()) return fallback;
  if (c.text == "1" || c.text == "Y" || c.text == "y" || c.text == "是") return true;
  if (c.text == "0" || c.text == "N" || c.text == "n" || c.text == "否") return false;
  row.Error(c, std::string(name) + " must be 1/0, Y/N or 是/否");
  return fallback;
}

std::optional<double> Coordinate(TableRow& row, std::string_view name) {
  auto v = row.Decimal(name, false);
  if (!v) return std::nullopt;
  return std::stod(std::string(row.At(name).text));
}

std::string Text(const TableRow& row, std::string_view name) {
  return std::string(row.At(name).text);
}

std::optional<alert::Level> ListLevel(std::string_view t) {
  if (t == "yellow" || t == "黄色") return alert::Level::kYellow;
  if (t == "orange" || t == "橙色") return alert::Level::kOrange;
  if (t == "red" || t == "红色") return alert::Level::kRed;
  return std::nullopt;
}

template <class Each>
void ReadRows(CsvReader& reader, FileReport& report,
              std::initializer_list<std::string_view> required, Each each) {
  Columns c;
  if (!c.Read(reader, report, required)) return;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    each(row);
  });
}

void ReadEnterprises(CsvReader& reader, FileReport& report, emergency::EmergencyList& list) {
  ReadRows(reader, report, {"credit_code", "name", "city", "district", "industry", "grade"},
           [&](TableRow& row) {
             emergency::Enterprise e;
             e.row = row.line();
             e.credit_code = Text(row, "credit_code");
             e.name = Text(row, "name");
             e.city = Text(row, "city");
             e.district = Text(row, "district");
             e.address = Text(row, "address");
             e.lat = Coordinate(row, "lat");
             e.lon = Coordinate(row, "lon");
             e.industry = Text(row, "industry");
             for (auto [name, value] : {std::pair{"credit_code", &e.credit_code},
                                        {"name", &e.name},
                                        {"industry", &e.industry}}) {
               if (value->empty()) row.Error(row.At(name), std::string(name) + " is empty");
             }
             auto grade = emergency::ParseGrade(row.At("grade").text);
             if (!grade) {
               row.Error(row.At("grade"),
                         "grade is A, B, C, D, leading, non-leading, non-compliant or other "
                         "(A级, 引领性, 非引领性, 不达标, 其他…), not '" +
                             Text(row, "grade") + "'");
             }
             e.grade = grade.value_or(emergency::Grade::kOther);
             e.categories.guarantee = Flag(row, "guarantee", false);
             e.categories.small_micro = Flag(row, "small_micro", false);
             e.categories.residential_heating = Flag(row, "residential_heating", false);
             e.categories.life_service = Flag(row, "life_service", false);
             e.categories.ule_steel = Flag(row, "ule_steel", false);
             if (!list.city.empty() && e.city != list.city) {
               row.Error(row.At("city"),
                         "a list is one city's: " + e.city + " is not " + list.city);
             }
             if (list.city.empty()) list.city = e.city;
             if (!row.failed()) list.enterprises.push_back(std::move(e));
           });
}

void ReadLines(CsvReader& reader, FileReport& report, emergency::EmergencyList& list) {
  ReadRows(reader, report, {"credit_code", "line", "so2_t", "nox_t", "pm_t", "vocs_t"},
           [&](TableRow& row) {
             emergency::Line l;
             l.row = row.line();
             l.enterprise = Text(row, "credit_code");
             l.id = Text(row, "line");
             if (l.id.empty()) row.Error(row.At("line"), "line is empty");
             l.name = Text(row, "name");
             l.capacity = Text(row, "capacity");
             l.value_added = row.Whole("value_added", false);
             static constexpr std::string_view kColumns[] = {"so2_t", "nox_t", "pm_t", "vocs_t"};
             for (size_t k = 0; k < 4; ++k) {
               if (auto kg = Kilograms(row, kColumns[k], true)) l.baseline_kg[k] = *kg;
             }
             l.can_stop_quickly = Flag(row, "can_stop_quickly", true);
             if (!row.failed()) list.lines.push_back(std::move(l));
           });
}

void ReadMeasures(CsvReader& reader, FileReport& report, emergency::EmergencyList& list) {
  ReadRows(reader, report, {"credit_code", "line", "level", "measure"}, [&](TableRow& row) {
    emergency::Measure m;
    m.row = row.line();
    m.enterprise = Text(row, "credit_code");
    m.line = Text(row, "line");
    auto level = ListLevel(row.At("level").text);
    if (!level) {
      row.Error(row.At("level"), "level is yellow, orange or red (黄色, 橙色, 红色), not '" +
                                     Text(row, "level") + "'");
    }
    m.level = level.value_or(alert::Level::kYellow);
    auto kind = emergency::ParseMeasureKind(row.At("measure").text);
    if (!kind) {
      row.Error(row.At("measure"),
                "measure is stop, limit, stop-processes, self, transport or none (停产, 限产, "
                "停产工序, 自主减排, 运输管控, 无), not '" +
                    Text(row, "measure") + "'");
      return;
    }
    m.kind = *kind;
    static constexpr std::string_view kShares[] = {"so2_percent", "nox_percent", "pm_percent",
                                                   "vocs_percent"};
    switch (m.kind) {
      case emergency::MeasureKind::kStop:
        m.permille.fill(1000);
        break;
      case emergency::MeasureKind::kLimit:
        if (auto p = Permille(row, "limit_percent", true)) m.permille.fill(*p);
        break;
      case emergency::MeasureKind::kStopProcesses:
      case emergency::MeasureKind::kSelfDetermined: {
        const bool required = m.kind == emergency::MeasureKind::kStopProcesses;
        for (size_t k = 0; k < 4; ++k)
          m.permille[k] = Permille(row, kShares[k], required).value_or(0);
        break;
      }
      case emergency::MeasureKind::kTransportLimit:
      case emergency::MeasureKind::kNone:
        break;
    }
    m.detail = Text(row, "detail");
    m.verify.meter = Text(row, "meter");
    m.verify.outlet = Text(row, "outlet");
    m.verify.video = Flag(row, "video", false);
    m.verify.gate = Flag(row, "gate", false);
    if (!row.failed()) list.measures.push_back(std::move(m));
  });
}

// The sheet of a workbook named by one of `names`, as a table reader.
core::Result<CsvReader> Sheet(const std::string& path, std::initializer_list<const char*> names) {
  core::Status last = core::NotFound(path + " has no sheet named " + *names.begin());
  for (const char* name : names) {
    auto t = ReadXlsxSheet(path, name);
    if (t) return CsvReader::FromString(path + "[" + t->sheet + "]", std::move(t->csv));
    last = t.error();
  }
  return core::NotFound(path + ": no sheet " + *names.begin() + " (or " + *(names.begin() + 1) +
                            "): " + last.message(),
                        "sheet");
}

}  // namespace

core::Result<emergency::EmergencyList> ReadEmergencyList(const std::string& path,
                                                         std::vector<FileReport>& reports) {
  const bool xlsx = path.size() >= 5 && path.compare(path.size() - 5, 5, ".xlsx") == 0;
  if (!xlsx && !std::filesystem::is_directory(path)) {
    return core::InvalidInput(path +
                                  ": a list is a workbook (.xlsx) with the sheets "
                                  "enterprises, lines and measures, or a folder with "
                                  "enterprises.csv, lines.csv and measures.csv",
                              "--list");
  }
  auto open = [&](const char* sheet, const char* zh) -> core::Result<CsvReader> {
    if (xlsx) return Sheet(path, {sheet, zh});
    return CsvReader::Open((std::filesystem::path(path) / (std::string(sheet) + ".csv")).string());
  };
  emergency::EmergencyList list;
  using ReadFn = void (*)(CsvReader&, FileReport&, emergency::EmergencyList&);
  const std::tuple<const char*, const char*, ReadFn> kSheets[] = {
      {"enterprises", "企业", ReadEnterprises},
      {"lines", "生产线", ReadLines},
      {"measures", "减排措施", ReadMeasures}};
  for (const auto& [sheet, zh, read] : kSheets) {
    LANTIAN_ASSIGN_OR_RETURN(CsvReader reader, open(sheet, zh));
    reports.emplace_back(reader.name());
    read(reader, reports.back(), list);
  }
  for (const auto& r : reports) LANTIAN_RETURN_IF_ERROR(r.ToStatus("the list was not read"));
  return list;
}

emergency::Inventory ReadInventory(CsvReader& reader, FileReport& report) {
  emergency::Inventory inv;
  std::map<std::string, int64_t> seen;
  ReadRows(reader, report, {"city", "pollutant", "t_per_day"}, [&](TableRow& row) {
    const std::string city = Text(row, "city");
    if (!inv.city.empty() && city != inv.city) {
      row.Error(row.At("city"), "an inventory is one city's: " + city + " is not " + inv.city);
    }
    inv.city = city;
    const std::string name = Text(row, "pollutant");
    int k = -1;
    for (auto p : kPollutants) {
      if (emergency::PollutantName(p) == name) k = static_cast<int>(p);
    }
    if (k < 0) {
      row.Error(row.At("pollutant"), "pollutant is SO2, NOx, PM or VOCs, not '" + name + "'");
      return;
    }
    if (seen.count(name)) row.Error(row.At("pollutant"), name + " appears twice");
    auto kg = Kilograms(row, "t_per_day", true);
    if (!kg) return;
    seen[name] = *kg;
    inv.kg[k] = *kg;
    if (inv.source.empty()) inv.source = Text(row, "source");
  });
  if (report.ok()) {
    for (auto p : kPollutants) {
      if (!seen.count(std::string(emergency::PollutantName(p)))) {
        report.Error(reader.line(), 0,
                     "the inventory has no row for " + std::string(emergency::PollutantName(p)));
      }
    }
  }
  return inv;
}

std::set<std::string> ReadIndustries(CsvReader& reader, FileReport& report) {
  std::set<std::string> out;
  ReadRows(reader, report, {"code"}, [&](TableRow& row) {
    const std::string code = Text(row, "code");
    if (code.empty()) return row.Error(row.At("code"), "code is empty");
    if (!out.insert(code).second) row.Error(row.At("code"), code + " appears twice");
  });
  return out;
}

std::vector<emergency::Template> ReadTemplates(CsvReader& reader, FileReport& report) {
  std::vector<emergency::Template> out;
  ReadRows(reader, report, {"industry", "grade", "level", "min_percent"}, [&](TableRow& row) {
    emergency::Template t;
    t.industry = Text(row, "industry");
    if (t.industry.empty()) row.Error(row.At("industry"), "industry is empty (\"*\": every one)");
    auto grade = emergency::ParseGrade(row.At("grade").text);
    if (!grade) row.Error(row.At("grade"), "unknown grade '" + Text(row, "grade") + "'");
    auto level = ListLevel(row.At("level").text);
    if (!level) row.Error(row.At("level"), "level is yellow, orange or red");
    auto p = Permille(row, "min_percent", true);
    if (row.failed()) return;
    t.grade = *grade;
    t.level = *level;
    t.min_permille = static_cast<int>(*p);
    out.push_back(std::move(t));
  });
  return out;
}

}  // namespace lantian::io
