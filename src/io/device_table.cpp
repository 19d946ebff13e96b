#include "io/device_table.hpp"

#include <set>

#include "emergency/credit_code.hpp"
#include "hj212/fields.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {

std::vector<DeviceRow> ReadDeviceTable(CsvReader& reader, FileReport& report) {
  std::vector<DeviceRow> out;
  Columns c;
  if (!c.Read(reader, report, {"mn", "enterprise", "city", "outlet", "pollutants", "password"})) {
    return out;
  }
  std::set<std::string, std::less<>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    auto check = [&](std::string_view column, const std::string& why) {
      if (!why.empty()) row.Error(row.At(column), why);
    };
    const Cell mn = row.At("mn");
    check("mn", hj212::CheckMn(mn.text));
    check("enterprise", emergency::CheckCreditCode(row.At("enterprise").text));
    const Cell city = row.At("city");
    if (city.text.size() != 6) row.Error(city, "city is a 6-digit code (e.g. 130100)");
    const Cell outlet = row.At("outlet");
    if (outlet.text.empty() || outlet.text.size() > 64) {
      row.Error(outlet, "the outlet (e.g. DA001) is 1-64 characters");
    }
    check("pollutants", hj212::CheckPollutantCodes(row.At("pollutants").text));
    check("password", hj212::CheckPassword(row.At("password").text));
    if (!row.failed() && !seen.emplace(mn.text).second) {
      row.Error(mn, "MN " + std::string(mn.text) + " is on an earlier line too");
    }
    if (row.failed()) return;
    out.push_back({line, std::string(mn.text), std::string(row.At("enterprise").text),
                   std::string(city.text), std::string(outlet.text),
                   std::string(row.At("pollutants").text), std::string(row.At("password").text)});
  });
  return out;
}

}  // namespace lantian::io
