#include "io/power_account_table.hpp"

#include <set>

#include "io/table_columns.hpp"

namespace lantian::io {

std::vector<PowerAccountRow> ReadPowerAccounts(CsvReader& reader, FileReport& report) {
  std::vector<PowerAccountRow> out;
  Columns c;
  if (!c.Read(reader, report, {"account", "customer", "address", "city"})) return out;
  std::set<std::string, std::less<>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    const Cell account = row.At("account"), address = row.At("address"), city = row.At("city"),
               district = row.At("district"), lat = row.At("lat"), lon = row.At("lon");
    PowerAccountRow r{line,
                      std::string(account.text),
                      std::string(row.At("customer").text),
                      std::string(address.text),
                      std::string(city.text),
                      std::string(district.text),
                      std::nullopt,
                      std::nullopt,
                      std::string(row.At("tariff").text),
                      std::string(row.At("capacity_kva").text)};
    if (r.account.empty()) row.Error(account, "account is empty");
    if (r.address.empty()) row.Error(address, "the account's address is empty");
    if (r.city_code.size() != 6 ||
        r.city_code.find_first_not_of("0123456789") != std::string::npos) {
      row.Error(city, "city is a 6-digit code (e.g. 130100)");
    }
    if (!r.district.empty() && (r.district.size() != 6 ||
                                r.district.find_first_not_of("0123456789") != std::string::npos ||
                                r.district.compare(0, 4, r.city_code, 0, 4) != 0)) {
      row.Error(district, "district is a 6-digit code within the city (e.g. 130182)");
    }
    if (lat.text.empty() != lon.text.empty()) {
      row.Error(lat.text.empty() ? lat : lon, "give both lat and lon, or neither");
    } else if (!lat.text.empty()) {
      r.lat = ParseDegrees(lat.text, 90);
      r.lon = ParseDegrees(lon.text, 180);
      if (!r.lat)
        row.Error(lat,
                  "lat is decimal degrees from -90 to 90, not '" + std::string(lat.text) + "'");
      if (!r.lon) {
        row.Error(lon,
                  "lon is decimal degrees from -180 to 180, not '" + std::string(lon.text) + "'");
      }
    }
    if (!r.capacity_kva.empty() && !ParseWhole(r.capacity_kva)) {
      row.Error(row.At("capacity_kva"), "capacity_kva is a whole number of kVA");
    }
    if (row.failed()) return;
    if (!seen.emplace(r.account).second) {
      return row.Error(account, "account " + r.account + " is on an earlier line too");
    }
    out.push_back(std::move(r));
  });
  return out;
}

}  // namespace lantian::io
