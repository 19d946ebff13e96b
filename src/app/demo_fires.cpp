#include "app/demo_fires.hpp"

#include <string>

#include "app/straw_burning.hpp"
#include "io/boundary_json.hpp"

namespace lantian::app {
namespace {

uint64_t Hash(uint64_t seed, const std::string& key) {
  uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h ^ (h >> 29);
}

double Unit01(uint64_t h) { return static_cast<double>(h % 1000003) / 1000003.0; }

ledger::Polygon Square(double lon0, double lat0, double size) {
  return {{{lon0, lat0},
           {lon0 + size, lat0},
           {lon0 + size, lat0 + size},
           {lon0, lat0 + size},
           {lon0, lat0}}};
}

const char* kGrid[] = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄"};

}  // namespace

std::vector<ledger::Area> DemoBoundaries(const std::vector<campaign::Unit>& units) {
  std::vector<ledger::Area> out;
  for (const auto& u : units) {
    if (!u.lat || !u.lon || (u.kind != "prefecture" && u.kind != "municipality")) continue;
    const std::string prefix = u.code.substr(0, 4);
    for (int d = 0; d < 4; ++d) {
      const double lon0 = *u.lon - 0.2 + (d % 2) * 0.2, lat0 = *u.lat - 0.2 + (d / 2) * 0.2;
      const std::string district = prefix + std::to_string(61 + d);
      ledger::Area a{district,
                     u.name_zh + "演示区" + std::to_string(d + 1),
                     "district",
                     u.code,
                     u.code,
                     "",
                     {Square(lon0, lat0, 0.2)}};
      out.push_back(a);
      for (int t = 0; t < 4; ++t) {
        const std::string code = district + "00" + std::to_string(t + 1);
        out.push_back({code,
                       a.name + "演示镇" + std::to_string(t + 1),
                       "township",
                       district,
                       u.code,
                       std::string(kGrid[(d * 4 + t) % 8]) + "网格员（" + code.substr(6) + "）",
                       {Square(lon0 + (t % 2) * 0.1, lat0 + (t / 2) * 0.1, 0.1)}});
      }
    }
  }
  return out;
}

core::Result<DemoFireSummary> WriteDemoFires(storage::Store& store, uint64_t seed,
                                             const std::string& now) {
  DemoFireSummary out;
  LANTIAN_ASSIGN_OR_RETURN(auto stored, store.Boundaries());
  LANTIAN_ASSIGN_OR_RETURN(auto existing, store.FirePoints(""));
  if (!stored.empty() || !existing.empty()) return out;  // real ones are left alone
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const auto areas = DemoBoundaries(units);
  std::vector<storage::BoundaryRow> rows;
  for (const auto& a : areas) {
    rows.push_back(
        {a.code, a.name, a.level, a.parent, a.city_code, a.responsible, io::GeometryJson(a)});
  }
  LANTIAN_RETURN_IF_ERROR(store.ReplaceBoundaries(rows));
  out.areas = static_cast<int64_t>(rows.size());
  // Hours skewed to the evening: the plan's 收工时 and 上半夜.
  const int hours[] = {13, 14, 16, 17, 18, 18, 19, 19, 20, 20, 21, 21, 22, 23, 2, 5};
  for (const auto& u : units) {
    if (!u.lat || !u.lon || u.kind != "prefecture" || Hash(seed, "fires" + u.code) % 3 != 0) {
      continue;
    }
    const int count = 3 + static_cast<int>(Hash(seed, "n" + u.code) % 8);
    for (int i = 0; i < count; ++i) {
      const uint64_t h = Hash(seed, u.code + "/" + std::to_string(i));
      // Mostly within the demo districts, one in six farther out (the nearest city).
      const double spread = (h % 6 == 0) ? 0.7 : 0.38;
      const double lon = *u.lon - spread / 2 + spread * Unit01(h >> 3);
      const double lat = *u.lat - spread / 2 + spread * Unit01(h >> 17);
      const core::Date day = core::Date::FromYmd(2020, 9, 25) + static_cast<int>((h >> 9) % 45);
      const int hour = hours[(h >> 21) % 16];
      const core::Instant at{static_cast<int64_t>(day.days) * 86400 + hour * 3600 +
                             static_cast<int64_t>((h >> 27) % 60) * 60};
      const FireAssignment a = AssignFirePoint(lon, lat, areas, units);
      storage::FirePoint f{
          0,
          (h >> 5) % 2 ? "VIIRS N" : "MODIS A",
          core::FormatInstant(at),
          static_cast<double>(static_cast<int64_t>(lat * 10000)) / 10000,
          static_cast<double>(static_cast<int64_t>(lon * 10000)) / 10000,
          (h >> 5) % 2 ? std::string(1, "lnh"[(h >> 7) % 3]) : std::to_string(40 + (h >> 7) % 60),
          a.city_code,
          a.district,
          a.township,
          a.method,
          a.grid,
          a.city_code.empty() ? "outside" : "dispatched",
          "",
          "",
          "",
          "",
          now};
      const uint64_t r = (h >> 33) % 10;
      if (!a.city_code.empty() && r < 8) {
        f.status = "responded";
        f.response = r < 5 ? "confirmed" : r < 7 ? "handled" : "false-alarm";
        f.responded_by = a.grid;
        f.responded_at = core::FormatInstant(at + static_cast<int64_t>(20 + (h >> 40) % 180) * 60);
        f.note = f.response == "false-alarm" ? "现场核实为工厂热源（演示数据）"
                                             : "已扑灭并收集秸秆（演示数据）";
      }
      LANTIAN_ASSIGN_OR_RETURN(auto id, store.AddFirePoint(f));
      if (id) ++out.points;
    }
  }
  return out;
}

}  // namespace lantian::app
