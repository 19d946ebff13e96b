#include "io/reference_csv.hpp"

#include <charconv>
#include <map>
#include <set>

#include "io/table_columns.hpp"

namespace lantian::io {
namespace {

std::optional<double> ParseCoordinate(std::string_view s, double limit) {
  if (s.empty() || s == "-") return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < -limit || v > limit) return std::nullopt;
  return v;
}

// The retirement date CNEMC writes into a station name, "(停运YYMMDD)".
std::optional<core::Date> RetiredOnFromName(std::string_view name) {
  constexpr std::string_view kRetired = "停运";
  const size_t at = name.find(kRetired);
  if (at == std::string_view::npos) return std::nullopt;
  const std::string_view digits = name.substr(at + kRetired.size(), 6);
  if (digits.size() != 6 || digits.find_first_not_of("0123456789") != std::string_view::npos) {
    return std::nullopt;
  }
  auto d = core::ParseCompactDate("20" + std::string(digits));
  return d ? std::optional(*d) : std::nullopt;
}

}  // namespace

std::vector<campaign::Unit> ReadUnits(CsvReader& reader, FileReport& report) {
  std::vector<campaign::Unit> out;
  Columns c;
  if (!c.Read(
          reader, report,
          {"code", "name_zh", "name_en", "province_zh", "region", "kind", "lat", "lon", "note"})) {
    return out;
  }
  std::set<std::string> codes;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    campaign::Unit u;
    u.code = f[c.At("code")];
    u.name_zh = f[c.At("name_zh")];
    u.name_en = f[c.At("name_en")];
    u.province_zh = f[c.At("province_zh")];
    u.kind = f[c.At("kind")];
    u.note = f[c.At("note")];
    auto region = campaign::ParseRegion(f[c.At("region")]);
    if (u.code.size() != 6 || u.code.find_first_not_of("0123456789") != std::string::npos) {
      report.Error(line, Col(c.At("code")), "unit code must be a 6-digit GB/T 2260 code");
      return;
    }
    if (!region) {
      report.Error(line, Col(c.At("region")), "region must be JJJ or FW");
      return;
    }
    u.region = *region;
    u.lat = ParseCoordinate(f[c.At("lat")], 90);
    u.lon = ParseCoordinate(f[c.At("lon")], 180);
    if (!codes.insert(u.code).second) {
      report.Error(line, Col(c.At("code")), "unit " + u.code + " appears twice");
      return;
    }
    out.push_back(std::move(u));
  });
  return out;
}

std::vector<campaign::RegionalTarget> ReadRegionalTargets(CsvReader& reader, FileReport& report) {
  std::vector<campaign::RegionalTarget> out;
  Columns c;
  if (!c.Read(
          reader, report,
          {"region", "period", "start", "end", "pm25_mean_max_ugm3", "heavy_days_city_avg_max"})) {
    return out;
  }
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    campaign::RegionalTarget t;
    auto region = campaign::ParseRegion(f[c.At("region")]);
    if (!region) return report.Error(line, Col(c.At("region")), "region must be JJJ or FW");
    t.region = *region;
    t.period = f[c.At("period")];
    auto start = core::ParseIsoDate(f[c.At("start")]);
    auto end = core::ParseIsoDate(f[c.At("end")]);
    if (!start) return report.Error(line, Col(c.At("start")), start.error().message());
    if (!end) return report.Error(line, Col(c.At("end")), end.error().message());
    t.dates = core::Period{*start, *end};
    auto pm = core::Decimal::Parse(f[c.At("pm25_mean_max_ugm3")]);
    auto heavy = core::Decimal::Parse(f[c.At("heavy_days_city_avg_max")]);
    if (!pm) return report.Error(line, Col(c.At("pm25_mean_max_ugm3")), pm.error().message());
    if (!heavy) {
      return report.Error(line, Col(c.At("heavy_days_city_avg_max")), heavy.error().message());
    }
    t.pm25_mean_max = *pm;
    t.heavy_days_city_avg_max = *heavy;
    out.push_back(std::move(t));
  });
  return out;
}

std::vector<ledger::KeyTask> ReadKeyTasks(CsvReader& reader, FileReport& report) {
  std::vector<ledger::KeyTask> out;
  Columns c;
  if (!c.Read(reader, report,
              {"id", "section", "task_zh", "metric", "unit", "scope", "target", "deadline",
               "comparison"})) {
    return out;
  }
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    ledger::KeyTask t;
    t.id = f[c.At("id")];
    t.section = f[c.At("section")];
    t.task_zh = f[c.At("task_zh")];
    t.metric = f[c.At("metric")];
    t.unit = f[c.At("unit")];
    t.scope = f[c.At("scope")];
    t.deadline = f[c.At("deadline")];
    auto target = core::Decimal::Parse(f[c.At("target")]);
    if (!target) return report.Error(line, Col(c.At("target")), target.error().message());
    t.target = *target;
    auto cmp = ledger::ParseComparison(f[c.At("comparison")]);
    if (!cmp) return report.Error(line, Col(c.At("comparison")), "comparison must be >=, <= or ~");
    t.comparison = *cmp;
    if (t.deadline != "monthly" && !core::ParseIsoDate(t.deadline)) {
      return report.Error(line, Col(c.At("deadline")), "deadline must be YYYY-MM-DD or monthly");
    }
    out.push_back(std::move(t));
  });
  return out;
}

std::vector<aq::Station> ReadStations(CsvReader& reader, const std::vector<campaign::Unit>& units,
                                      FileReport& report) {
  std::vector<aq::Station> out;
  Columns c;
  if (!c.ReadHeader(reader, report)) return out;
  // The two formats name their columns differently.
  const bool cnemc = c.Find("监测点编码").has_value();
  const std::string_view code_name = cnemc ? "监测点编码" : "code";
  const std::string_view name_name = cnemc ? "监测点名称" : "name";
  const std::string_view city_name = cnemc ? "城市" : "city_code";
  const std::string_view lat_name = cnemc ? "纬度" : "lat";
  const std::string_view lon_name = cnemc ? "经度" : "lon";
  const std::string_view bg_name = cnemc ? "对照点" : "background";
  if (!c.Require({code_name, name_name, city_name, lat_name, lon_name}, report,
                 "code,name,city_code,lat,lon[,background,retired_on] or the CNEMC station list")) {
    return out;
  }
  std::map<std::string, std::string> city_codes;  // CNEMC city name → unit code
  for (const auto& u : units) city_codes[campaign::ShortNameZh(u)] = u.code;
  city_codes["西咸新区"] = "610100";  // the plan assesses 西安（含西咸新区）
  std::set<std::string> codes;
  std::map<std::string, int> skipped_cities;
  ForEachRow(
      reader, report, c.width(), [&](const std::vector<std::string_view>& row, int64_t line) {
        aq::Station s;
        s.code = row[c.At(code_name)];
        s.name = row[c.At(name_name)];
        if (s.code.empty()) return report.Error(line, Col(c.At(code_name)), "empty station code");
        std::string city(row[c.At(city_name)]);
        if (cnemc) {
          auto it = city_codes.find(city);
          if (it == city_codes.end()) {
            ++skipped_cities[city];
            return;
          }
          s.city_code = it->second;
        } else {
          if (city.empty()) return report.Error(line, Col(c.At(city_name)), "empty city_code");
          s.city_code = city;
        }
        const std::string_view lat = row[c.At(lat_name)], lon = row[c.At(lon_name)];
        s.lat = ParseCoordinate(lat, 90);
        s.lon = ParseCoordinate(lon, 180);
        if (!s.lat && !lat.empty() && lat != "-") {
          return report.Error(line, Col(c.At(lat_name)), "latitude must be a number in -90..90");
        }
        if (!s.lon && !lon.empty() && lon != "-") {
          return report.Error(line, Col(c.At(lon_name)), "longitude must be a number in -180..180");
        }
        if (auto b = c.Find(bg_name)) {
          std::string_view v = row[*b];
          if (v != "Y" && v != "N" && !v.empty()) {
            return report.Error(line, Col(*b), "background must be Y or N");
          }
          s.background = v == "Y";
        }
        if (auto r = c.Find("retired_on"); r && !row[*r].empty()) {
          auto d = core::ParseIsoDate(row[*r]);
          if (!d) return report.Error(line, Col(*r), d.error().message());
          s.retired_on = *d;
        } else if (cnemc) {
          s.retired_on = RetiredOnFromName(s.name);
        }
        if (!codes.insert(s.code).second) {
          return report.Error(line, Col(c.At(code_name)), "station " + s.code + " appears twice");
        }
        out.push_back(std::move(s));
      });
  if (!skipped_cities.empty()) {
    int n = 0;
    for (const auto& [city, count] : skipped_cities) n += count;
    report.Warn(std::to_string(n) + " stations in " + std::to_string(skipped_cities.size()) +
                " cities outside the plan's units were skipped");
  }
  return out;
}

}  // namespace lantian::io
