#include "demo/synthetic_list.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "demo/random.hpp"
#include "emergency/credit_code.hpp"

namespace lantian::demo {
namespace {

using emergency::Grade;
using emergency::MeasureKind;
using emergency::PerPollutant;

struct Profile {
  std::string_view industry;
  std::string_view name_zh;
  double weight;                // share of the works of a city
  std::array<double, 4> t_day;  // SO2, NOx, PM, VOCs of a mid-size line, t/day
  double value_added;           // yuan/day of a mid-size line
  bool slow_to_stop;            // kilns, ovens, furnaces
  int max_lines;
};

// Orders of magnitude of a mid-size production line of each industry, for a
// plausible demo; not an emission inventory.
constexpr std::array<Profile, 15> kProfiles = {{
    {"steel-long", "钢铁", 0.04, {1.2, 2.5, 1.0, 0.15}, 2.5e6, true, 3},
    {"coking", "焦化", 0.04, {0.5, 1.0, 0.35, 0.45}, 6e5, true, 2},
    {"cement", "水泥", 0.06, {0.25, 1.3, 0.45, 0.0}, 4e5, true, 2},
    {"glass", "玻璃", 0.04, {0.45, 1.0, 0.2, 0.0}, 3e5, true, 1},
    {"ceramics", "陶瓷", 0.07, {0.15, 0.25, 0.18, 0.02}, 1.2e5, false, 2},
    {"brick-tile", "砖瓦", 0.10, {0.12, 0.08, 0.1, 0.0}, 3e4, false, 1},
    {"foundry", "铸造", 0.12, {0.02, 0.03, 0.14, 0.03}, 6e4, false, 2},
    {"lime", "石灰", 0.05, {0.08, 0.25, 0.18, 0.0}, 4e4, true, 1},
    {"refractories", "耐火材料", 0.04, {0.08, 0.15, 0.12, 0.0}, 5e4, false, 1},
    {"petrochemicals", "石化", 0.02, {0.35, 0.7, 0.1, 0.9}, 1.5e6, true, 3},
    {"pharmaceuticals", "制药", 0.06, {0.0, 0.02, 0.01, 0.25}, 2e5, false, 2},
    {"packaging-printing", "包装印刷", 0.10, {0.0, 0.0, 0.0, 0.12}, 3e4, false, 1},
    {"furniture", "家具", 0.10, {0.0, 0.0, 0.02, 0.15}, 3e4, false, 1},
    {"industrial-coating", "工业涂装", 0.10, {0.0, 0.0, 0.01, 0.2}, 5e4, false, 2},
    {"wood-panels", "人造板", 0.06, {0.02, 0.05, 0.08, 0.08}, 4e4, false, 1},
}};

constexpr std::string_view kCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";

std::string CreditCode(Random& r, const std::string& city_code) {
  std::string code = "91" + city_code + "MA0";
  while (code.size() < 17) code += kCodeChars[r.Next() % kCodeChars.size()];
  return code + *emergency::CreditCodeCheckCharacter(code);
}

std::string District(Random& r, const std::string& city) {
  const bool municipality = city.substr(2) == "0000";
  const int n =
      municipality ? 1 + static_cast<int>(r.Next() % 16) : 2 + static_cast<int>(r.Next() % 7);
  const std::string two = (n < 10 ? "0" : "") + std::to_string(n);
  return municipality ? city.substr(0, 2) + "01" + two : city.substr(0, 4) + two;
}

const Profile& PickProfile(Random& r) {
  double u = r.Uniform(), total = 0;
  for (const auto& p : kProfiles) total += p.weight;
  u *= total;
  for (const auto& p : kProfiles) {
    if (u < p.weight) return p;
    u -= p.weight;
  }
  return kProfiles.back();
}

Grade PickGrade(Random& r) {
  const double u = r.Uniform();
  if (u < 0.06) return Grade::kA;
  if (u < 0.34) return Grade::kB;
  if (u < 0.76) return Grade::kC;
  if (u < 0.95) return Grade::kD;
  return Grade::kNonCompliant;
}

int64_t Kg(double tonnes) { return static_cast<int64_t>(std::llround(tonnes * 1000.0)); }

// A measure's share: the template's, sometimes a step stricter.
int Share(Random& r, int min_permille) {
  if (min_permille >= 1000) return 1000;
  return r.Chance(0.2) ? std::min(1000, min_permille + 100) : min_permille;
}

}  // namespace

SyntheticCityList SyntheticEmergencyList(uint64_t seed, const std::string& city_code,
                                         std::optional<double> lat, std::optional<double> lon,
                                         const emergency::Templates& templates, int enterprises) {
  Random r(SeedFor(seed, city_code));
  SyntheticCityList out;
  emergency::EmergencyList& list = out.list;
  list.city = city_code;
  int64_t meter = 0;
  for (int i = 0; i < enterprises; ++i) {
    const Profile& p = PickProfile(r);
    emergency::Enterprise e;
    e.credit_code = CreditCode(r, city_code);
    const std::string number = (i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
    e.name = "合成示例" + std::string(p.name_zh) + "企业" + number + "（非真实企业）";
    e.city = city_code;
    e.district = District(r, city_code);
    e.address = "SYNTHETIC";
    if (lat && lon) {
      e.lat = std::round((*lat + r.Uniform(-0.15, 0.15)) * 1e4) / 1e4;
      e.lon = std::round((*lon + r.Uniform(-0.15, 0.15)) * 1e4) / 1e4;
    }
    e.industry = std::string(p.industry);
    e.grade = PickGrade(r);
    const double size = r.Uniform(0.3, 1.8);
    e.categories.guarantee =
        (p.industry == "pharmaceuticals" || p.industry == "petrochemicals") && r.Chance(0.25);
    e.categories.small_micro = !e.categories.guarantee && size < 0.5 && r.Chance(0.5);
    e.row = i + 2;
    const int lines = 1 + static_cast<int>(r.Next() % static_cast<uint64_t>(p.max_lines));
    for (int k = 0; k < lines; ++k) {
      emergency::Line line;
      line.enterprise = e.credit_code;
      line.id = std::to_string(k + 1);
      line.name = std::string(p.name_zh) + "生产线" + line.id;
      const double scale = size * r.Uniform(0.6, 1.4);
      for (size_t q = 0; q < 4; ++q) line.baseline_kg[q] = Kg(p.t_day[q] * scale);
      if (r.Chance(0.8)) line.value_added = std::llround(p.value_added * scale / 100.0) * 100;
      line.capacity =
          std::to_string(static_cast<int>(std::lround(scale * 100))) + " % of a mid-size line";
      line.can_stop_quickly = !p.slow_to_stop;
      line.row = static_cast<int64_t>(list.lines.size()) + 2;
      const bool big = line.baseline_kg[1] > 500 || line.baseline_kg[3] > 300;
      const std::string meter_id = "E-" + city_code + "-" + std::to_string(++meter);
      const std::string outlet = big ? "MN" + city_code + std::to_string(100000 + meter) : "";
      // Defects a bureau would find: ~4 % of lines.
      const double defect = r.Uniform();
      for (alert::Level level : emergency::kListLevels) {
        if (defect < 0.015 && level == alert::Level::kRed) continue;  // no measure at red
        emergency::Measure m;
        m.enterprise = e.credit_code;
        m.line = line.id;
        m.level = level;
        const Grade template_grade =
            e.grade == Grade::kA || e.categories.guarantee || e.categories.small_micro ||
                    (defect >= 0.015 && defect < 0.03 && e.grade == Grade::kC)
                ? Grade::kB
                : e.grade;
        int share = 0;
        if (e.grade == Grade::kNonCompliant) {
          share = 1000;
        } else {
          share = Share(r, templates.MinPermille(e.industry, template_grade, level).value_or(0));
        }
        if (e.grade == Grade::kA) {
          m.kind = MeasureKind::kSelfDetermined;
        } else {
          m.kind = share >= 1000 ? MeasureKind::kStop : MeasureKind::kLimit;
        }
        m.permille = {share, share, share, share};
        m.detail = m.kind == MeasureKind::kStop ? "停产（合成示例）" : "按比例限产（合成示例）";
        if (!(defect >= 0.03 && defect < 0.04)) m.verify.meter = meter_id;  // else unverifiable
        m.verify.outlet = outlet;
        m.row = static_cast<int64_t>(list.measures.size()) + 2;
        list.measures.push_back(std::move(m));
      }
      list.lines.push_back(std::move(line));
    }
    list.enterprises.push_back(std::move(e));
  }
  // Society-wide emissions: the listed baseline is a drawn share of them.
  PerPollutant listed{};
  for (const auto& l : list.lines) {
    for (size_t q = 0; q < 4; ++q) listed[q] += l.baseline_kg[q];
  }
  out.inventory.city = city_code;
  out.inventory.source = "SYNTHETIC inventory (lantian demo-data): not a real emission inventory";
  for (size_t q = 0; q < 4; ++q) {
    const double share = q == 3 ? r.Uniform(0.45, 0.70) : r.Uniform(0.50, 0.80);
    out.inventory.kg[q] =
        std::max<int64_t>(1, std::llround(static_cast<double>(listed[q]) / share));
  }
  return out;
}

}  // namespace lantian::demo
