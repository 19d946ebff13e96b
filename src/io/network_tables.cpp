#include "io/network_tables.hpp"

#include <set>
#include <utility>

#include "core/civil_time.hpp"
#include "emergency/credit_code.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {
namespace {

bool CityCode(std::string_view s) {
  return s.size() == 6 && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::vector<NetworkSiteLine> ReadNetworkSites(CsvReader& reader, FileReport& report) {
  std::vector<NetworkSiteLine> out;
  Columns c;
  if (!c.Read(reader, report, {"code", "kind", "city", "name"})) return out;
  std::set<std::string, std::less<>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    const auto text = [&](const char* name) { return std::string(row.At(name).text); };
    NetworkSiteLine r{line,           text("code"), text("kind"),      text("city"),
                      text("county"), text("name"), text("setting"),   text("serves"),
                      text("lat"),    text("lon"),  text("connected"), text("since")};
    if (r.code.empty()) row.Error(row.At("code"), "code is empty");
    if (r.kind != "vocs" && r.kind != "traffic" && r.kind != "dustfall") {
      row.Error(row.At("kind"), "kind is vocs, traffic or dustfall, not '" + r.kind + "'");
    }
    if (!CityCode(r.city_code)) row.Error(row.At("city"), "city is a 6-digit code (e.g. 130100)");
    if (r.name.empty()) row.Error(row.At("name"), "name the station");
    if (r.kind == "traffic" && r.setting != "port" && r.setting != "freight-corridor") {
      row.Error(row.Has("setting") ? row.At("setting") : row.At("kind"),
                "a traffic station's setting is port or freight-corridor");
    }
    if (r.kind != "traffic" && !r.setting.empty()) {
      row.Error(row.At("setting"), "only a traffic station has a setting");
    }
    if (r.lat.empty() != r.lon.empty()) {
      row.Error(r.lat.empty() ? row.At("lat") : row.At("lon"), "give both lat and lon, or neither");
    } else if (!r.lat.empty()) {
      if (!ParseDegrees(r.lat, 90))
        row.Error(row.At("lat"), "lat is decimal degrees from -90 to 90");
      if (!ParseDegrees(r.lon, 180)) {
        row.Error(row.At("lon"), "lon is decimal degrees from -180 to 180");
      }
    }
    if (r.connected.empty()) r.connected = "yes";
    if (r.connected != "yes" && r.connected != "no") {
      row.Error(row.At("connected"), "connected is yes or no");
    }
    if (!r.since.empty() && !core::ParseIsoDate(r.since)) {
      row.Error(row.At("since"), "since is a date, YYYY-MM-DD");
    }
    if (row.failed()) return;
    if (!seen.emplace(r.code).second) {
      return row.Error(row.At("code"), "station " + r.code + " is on an earlier line too");
    }
    out.push_back(std::move(r));
  });
  return out;
}

std::vector<SourceOutletLine> ReadSourceOutlets(CsvReader& reader, FileReport& report) {
  std::vector<SourceOutletLine> out;
  Columns c;
  if (!c.Read(reader, report, {"enterprise", "outlet", "city", "height_m"})) return out;
  std::set<std::pair<std::string, std::string>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    SourceOutletLine r{line,
                       std::string(row.At("enterprise").text),
                       std::string(row.At("outlet").text),
                       std::string(row.At("city").text),
                       std::string(row.At("name").text),
                       std::string(row.At("height_m").text)};
    if (std::string why = emergency::CheckCreditCode(r.credit_code); !why.empty()) {
      row.Error(row.At("enterprise"), why);
    }
    if (r.outlet.empty()) row.Error(row.At("outlet"), "outlet is empty");
    if (!CityCode(r.city_code)) row.Error(row.At("city"), "city is a 6-digit code (e.g. 130100)");
    auto height = core::Decimal::Parse(r.height_m);
    if (!height || *height <= core::Decimal::FromInt(0) || *height > core::Decimal::FromInt(500)) {
      row.Error(row.At("height_m"),
                "height_m is the stack's height in metres (0–500), not '" + r.height_m + "'");
    }
    if (row.failed()) return;
    if (!seen.emplace(r.credit_code, r.outlet).second) {
      return row.Error(row.At("outlet"), "outlet " + r.outlet + " of " + r.credit_code +
                                             " is on an earlier line too");
    }
    out.push_back(std::move(r));
  });
  return out;
}

}  // namespace lantian::io
