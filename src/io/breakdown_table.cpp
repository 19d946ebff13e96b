#include "io/breakdown_table.hpp"

#include <set>

#include "core/civil_time.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {

std::vector<BreakdownRow> ReadBreakdownTable(CsvReader& reader, FileReport& report) {
  std::vector<BreakdownRow> out;
  Columns c;
  if (!c.Read(reader, report,
              {"level", "unit", "name", "target", "deadline", "responsible_name",
               "responsible_office"})) {
    return out;
  }
  std::set<std::string, std::less<>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    BreakdownRow r;
    r.line = line;
    const Cell level = row.At("level"), unit = row.At("unit"), name = row.At("name"),
               deadline = row.At("deadline");
    auto parsed_level = ledger::ParseLevel(level.text);
    if (!parsed_level || *parsed_level == ledger::Level::kRegion) {
      row.Error(level, "level is province, city, district or department, not '" +
                           std::string(level.text) + "'");
    } else {
      r.unit.level = *parsed_level;
    }
    r.unit.unit = std::string(unit.text);
    r.unit.name = std::string(name.text);
    if (name.text.empty()) row.Error(name, "give the unit's name");
    if (auto target = row.Decimal("target", true)) r.unit.target = *target;
    if (deadline.text != "monthly" && !core::ParseIsoDate(deadline.text)) {
      row.Error(deadline,
                "deadline is YYYY-MM-DD or monthly, not '" + std::string(deadline.text) + "'");
    }
    r.unit.deadline = std::string(deadline.text);
    r.unit.responsible_name = std::string(row.At("responsible_name").text);
    r.unit.responsible_office = std::string(row.At("responsible_office").text);
    if (row.Has("rhythm") && !row.At("rhythm").text.empty()) {
      const Cell rhythm = row.At("rhythm");
      if (auto rh = ledger::ParseRhythm(rhythm.text)) {
        r.unit.rhythm = *rh;
        r.rhythm_given = true;
      } else {
        row.Error(rhythm, "rhythm is monthly or weekly, not '" + std::string(rhythm.text) + "'");
      }
    }
    if (row.Has("start_value")) r.unit.start_value = row.Decimal("start_value", false);
    if (row.Has("start_date") && !row.At("start_date").text.empty()) {
      const Cell start = row.At("start_date");
      if (!core::ParseIsoDate(start.text)) {
        row.Error(start, "start_date is YYYY-MM-DD, not '" + std::string(start.text) + "'");
      }
      r.unit.start_date = std::string(start.text);
    }
    if (row.failed()) return;
    const std::string key = r.unit.unit.empty() ? "/" + r.unit.name : r.unit.unit;
    if (!seen.insert(key).second) {
      return row.Error(
          unit.text.empty() ? name : unit,
          (unit.text.empty() ? r.unit.name : r.unit.unit) + " is on an earlier line too");
    }
    out.push_back(std::move(r));
  });
  return out;
}

}  // namespace lantian::io
