#include "io/meter_table.hpp"

#include <set>

#include "emergency/credit_code.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {

std::vector<MeterRow> ReadMeterTable(CsvReader& reader, FileReport& report) {
  std::vector<MeterRow> out;
  Columns c;
  if (!c.Read(reader, report, {"meter", "enterprise", "city", "line", "kind"})) return out;
  std::set<std::string, std::less<>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    const Cell meter = row.At("meter"), enterprise = row.At("enterprise"), city = row.At("city"),
               production = row.At("line"), kind = row.At("kind");
    if (meter.text.empty()) row.Error(meter, "meter is empty");
    if (std::string why = emergency::CheckCreditCode(enterprise.text); !why.empty()) {
      row.Error(enterprise, why);
    }
    if (city.text.size() != 6) row.Error(city, "city is a 6-digit code (e.g. 130100)");
    if (production.text.empty()) row.Error(production, "name the production line");
    if (kind.text != "production" && kind.text != "treatment") {
      row.Error(kind, "kind is production or treatment, not '" + std::string(kind.text) + "'");
    }
    const std::string facility = row.Has("facility") ? std::string(row.At("facility").text) : "";
    if (kind.text == "treatment" && facility.empty()) {
      row.Error(row.Has("facility") ? row.At("facility") : kind,
                "a treatment meter names its facility (e.g. 脱硫, 除尘)");
    }
    if (row.failed()) return;
    if (!seen.emplace(meter.text).second) {
      return row.Error(meter, "meter " + std::string(meter.text) + " is on an earlier line too");
    }
    out.push_back({line, std::string(meter.text), std::string(enterprise.text),
                   std::string(city.text), std::string(production.text), std::string(kind.text),
                   kind.text == "treatment" ? facility : ""});
  });
  return out;
}

}  // namespace lantian::io
