// Google Benchmark micro benchmarks of lantian's hot paths: parsing decimals,
// reading a CNEMC day file, daily statistics, hourly AQI, and the storage codec.
#include <benchmark/benchmark.h>

#include <random>
#include <set>
#include <string>
#include <tuple>

#include "aq/composite_index.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/station_daily.hpp"
#include "campaign/progress.hpp"
#include "emergency/check.hpp"
#include "emergency/optimizer.hpp"
#include "emergency/rules.hpp"
#include "io/cnemc_file.hpp"
#include "storage/site_day_codec.hpp"

namespace {

using lantian::core::Decimal;

std::vector<std::string> Numbers() {
  std::mt19937 rng(1);
  std::vector<std::string> v;
  for (int i = 0; i < 4096; ++i) {
    v.push_back(i % 6 == 0 ? std::to_string(rng() % 30) + "." + std::to_string(rng() % 10)
                           : std::to_string(rng() % 400));
  }
  return v;
}

void BM_DecimalParse(benchmark::State& state) {
  const auto numbers = Numbers();
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(Decimal::Parse(numbers[i++ & 4095]));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DecimalParse);

// One CNEMC day file of `stations` columns, all 15 types, 5% empty cells.
std::string DayFile(int stations) {
  std::mt19937 rng(2);
  static constexpr const char* kTypes[] = {"AQI",    "PM2.5",   "PM2.5_24h", "PM10",    "PM10_24h",
                                           "SO2",    "SO2_24h", "NO2",       "NO2_24h", "O3",
                                           "O3_24h", "O3_8h",   "O3_8h_24h", "CO",      "CO_24h"};
  std::string s = "date,hour,type";
  for (int i = 0; i < stations; ++i) s += "," + std::to_string(5001 + i) + "A";
  s += "\r\n";
  for (int h = 0; h < 24; ++h) {
    for (const char* t : kTypes) {
      s += "20201201," + std::to_string(h) + "," + t;
      const bool co = t[0] == 'C';
      for (int i = 0; i < stations; ++i) {
        s += ',';
        if (rng() % 20 == 0) continue;
        s += co ? std::to_string(rng() % 4) + "." + std::to_string(rng() % 10)
                : std::to_string(rng() % 300);
      }
      s += "\r\n";
    }
  }
  return s;
}

void BM_ReadCnemcDayFile(benchmark::State& state) {
  const std::string file = DayFile(static_cast<int>(state.range(0)));
  int64_t values = 0;
  for (auto _ : state) {
    auto reader = lantian::io::CsvReader::FromString("day.csv", file);
    lantian::io::FileReport report("day.csv");
    auto f = lantian::io::ReadCnemcFile(
        reader, {}, [](std::string_view) { return true; }, report);
    values += report.values_read;
    benchmark::DoNotOptimize(f);
  }
  state.SetItemsProcessed(values);
  state.SetBytesProcessed(static_cast<int64_t>(file.size()) * state.iterations());
}
BENCHMARK(BM_ReadCnemcDayFile)->Arg(1700)->Unit(benchmark::kMillisecond);

std::array<lantian::aq::HourlySeries, 6> Day() {
  std::mt19937 rng(3);
  std::array<lantian::aq::HourlySeries, 6> d;
  for (auto& s : d) {
    for (int h = 0; h < 24; ++h) {
      if (rng() % 20) s.Set(h, Decimal::FromInt(static_cast<int64_t>(rng() % 300)));
    }
  }
  return d;
}

void BM_StationDailyValuesAndAqi(benchmark::State& state) {
  const auto day = Day();
  for (auto _ : state) {
    auto values = lantian::aq::StationDailyValues(day);
    benchmark::DoNotOptimize(lantian::aq::DailyAqi(lantian::aq::Hj633_2012(), values));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_StationDailyValuesAndAqi);

void BM_HourlyAqi(benchmark::State& state) {
  const auto day = Day();
  lantian::aq::SiteDay site;
  site.measured = day;
  int h = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        lantian::aq::HourlyAqi(lantian::aq::Hj633_2012(), lantian::aq::MeasuredHour(site, h)));
    h = (h + 1) % 24;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HourlyAqi);

void BM_EncodeDecodeSiteDay(benchmark::State& state) {
  const auto day = Day();
  std::array<lantian::aq::HourlySeries, 6> back;
  for (auto _ : state) {
    const std::string blob = lantian::storage::EncodeSeries(day);
    benchmark::DoNotOptimize(lantian::storage::DecodeSeries(blob, back));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EncodeDecodeSiteDay);

// A city's daily values over `days` days, every column filled.
std::vector<lantian::aq::DailyValues> CityDays(int days, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<lantian::aq::DailyValues> out(static_cast<size_t>(days));
  for (auto& v : out) {
    for (auto c : lantian::aq::kDailyColumns) {
      v[c] = c == lantian::aq::DailyColumn::kCO
                 ? Decimal::FromScaled(rng() % 40, 1)
                 : Decimal::FromInt(static_cast<int64_t>(rng() % 250));
    }
  }
  return out;
}

// One city's composite index of a month (31 days, two of them dust).
void BM_CompositeIndexMonth(benchmark::State& state) {
  const auto days = CityDays(31, 3);
  std::vector<bool> dust(31, false);
  dust[4] = dust[5] = true;
  for (auto _ : state) {
    benchmark::DoNotOptimize(lantian::aq::ComputeCompositeIndex(days, dust));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CompositeIndexMonth);

// One city's progress through 2020Q4 as of November 30, with its 2019Q4 baseline.
void BM_ProgressOfAPhase(benchmark::State& state) {
  using lantian::core::Date;
  lantian::campaign::DailySeries now{
      {Date::FromYmd(2020, 10, 1), Date::FromYmd(2020, 12, 31)}, CityDays(92, 5), {}};
  lantian::campaign::DailySeries base{
      {Date::FromYmd(2019, 10, 1), Date::FromYmd(2019, 12, 31)}, CityDays(92, 7), {}};
  lantian::campaign::CityTarget target;
  target.city_code = "130100";
  target.phase = "2020Q4";
  target.pm25 = Decimal::FromInt(80);
  target.heavy_days = 10;
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        lantian::campaign::ComputeProgress(now, base, Date::FromYmd(2020, 11, 30), target));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ProgressOfAPhase);

// A valid unified social credit code for enterprise `i` (GB 32100 check character).
std::string CreditCode(int i) {
  static constexpr std::string_view kCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  std::string code = "91130100MA";
  for (int k = 0, v = i; k < 7; ++k, v /= 31) code += kCharset[v % 31];
  int sum = 0, weight = 1;
  for (char c : code) {
    sum += static_cast<int>(kCharset.find(c)) * weight;
    weight = weight * 3 % 31;
  }
  return code + kCharset[(31 - sum % 31) % 31];
}

// A region's emergency list: 100,000 enterprises, 300,000 lines, a measure for
// each line at each level (900,000), mixed grades (issue 6: "checked in well
// under a second").
const lantian::emergency::EmergencyList& RegionList() {
  using namespace lantian::emergency;
  static const EmergencyList list = [] {
    EmergencyList l;
    std::mt19937 rng(6);
    const Grade grades[] = {Grade::kA, Grade::kB, Grade::kC, Grade::kD, Grade::kNonLeading};
    for (int e = 0; e < 100000; ++e) {
      Enterprise ent;
      ent.credit_code = CreditCode(e);
      ent.industry = "industry-" + std::to_string(e % 39);
      ent.district = "d" + std::to_string(e % 200);
      ent.grade = grades[rng() % 5];
      for (int k = 0; k < 3; ++k) {
        Line line;
        line.enterprise = ent.credit_code;
        line.id = std::to_string(k);
        for (auto& v : line.baseline_kg) v = static_cast<int64_t>(rng() % 500);
        for (int lv = 0; lv < 3; ++lv) {
          Measure m;
          m.enterprise = ent.credit_code;
          m.line = line.id;
          m.level = kListLevels[lv];
          // At the default templates (B 10/20/30 %, C and non-leading 20/30/50 %,
          // D 30/50/100 %; A self-determined): a compliant list, no findings.
          static constexpr int kShare[5][3] = {
              {50, 100, 150}, {100, 200, 300}, {200, 300, 500}, {300, 500, 1000}, {200, 300, 500}};
          const int g = ent.grade == Grade::kA   ? 0
                        : ent.grade == Grade::kB ? 1
                        : ent.grade == Grade::kC ? 2
                        : ent.grade == Grade::kD ? 3
                                                 : 4;
          m.kind = g == 0 ? MeasureKind::kSelfDetermined : MeasureKind::kLimit;
          m.permille.fill(kShare[g][lv]);
          m.verify.meter = "m";
          l.measures.push_back(std::move(m));
        }
        l.lines.push_back(std::move(line));
      }
      l.enterprises.push_back(std::move(ent));
    }
    return l;
  }();
  return list;
}

void BM_CheckRegionList(benchmark::State& state) {
  const auto& list = RegionList();
  const lantian::emergency::Inventory inv{"", {50000000, 80000000, 60000000, 90000000}, ""};
  for (auto _ : state) benchmark::DoNotOptimize(lantian::emergency::CheckList(list, inv));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(list.lines.size()));
}
BENCHMARK(BM_CheckRegionList)->Unit(benchmark::kMillisecond);

void BM_ValidateRegionList(benchmark::State& state) {
  using namespace lantian::emergency;
  const auto& list = RegionList();
  std::set<std::string> industries;
  for (int i = 0; i < 39; ++i) industries.insert("industry-" + std::to_string(i));
  std::vector<Template> rows;
  for (auto [grade, y, o, r] : {std::tuple{Grade::kB, 100, 200, 300},
                                {Grade::kC, 200, 300, 500},
                                {Grade::kD, 300, 500, 1000}}) {
    rows.push_back({"*", grade, kListLevels[0], y});
    rows.push_back({"*", grade, kListLevels[1], o});
    rows.push_back({"*", grade, kListLevels[2], r});
  }
  const Templates templates(rows);
  if (!ValidateList(list, industries, templates).empty()) state.SkipWithError("findings");
  for (auto _ : state) benchmark::DoNotOptimize(ValidateList(list, industries, templates));
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(list.lines.size()));
}
BENCHMARK(BM_ValidateRegionList)->Unit(benchmark::kMillisecond);

// One city's share of that region (2,200 enterprises, 6,600 lines; the region
// is 45 plan units) short of its red shares, optimized: the linear program of
// docs/standards.md §10 with every eligible line a variable.
void BM_OptimizeCityList(benchmark::State& state) {
  using namespace lantian::emergency;
  const auto& region = RegionList();
  EmergencyList city;
  const size_t enterprises = 2200;
  city.enterprises.assign(region.enterprises.begin(), region.enterprises.begin() + enterprises);
  city.lines.assign(region.lines.begin(), region.lines.begin() + 3 * enterprises);
  city.measures.assign(region.measures.begin(), region.measures.begin() + 9 * enterprises);
  std::mt19937 rng(7);
  for (auto& l : city.lines) l.value_added = 1000 + static_cast<int64_t>(rng() % 100000);
  // Society-wide emissions so large that red needs more than the list gives.
  const Inventory inv{"", {3500000, 3550000, 3550000, 3500000}, ""};
  Optimization o;
  for (auto _ : state) {
    o = Optimize(city, inv, lantian::alert::Level::kRed);
    benchmark::DoNotOptimize(o);
  }
  if (!o.needed || !o.feasible) state.SkipWithError(("not a real optimization: " + o.why).c_str());
  state.counters["proposals"] = static_cast<double>(o.proposals.size());
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(city.lines.size()));
}
BENCHMARK(BM_OptimizeCityList)->Unit(benchmark::kMillisecond);

// The whole region (100,000 enterprises, 300,000 lines) cut into 45 cities of
// ~2,222 enterprises, each short of its red shares and optimized on its own
// (each city has its own inventory), one after another on one core.
void BM_OptimizeRegionByCity(benchmark::State& state) {
  using namespace lantian::emergency;
  const auto& region = RegionList();
  constexpr size_t kCities = 45;
  std::vector<EmergencyList> cities(kCities);
  std::mt19937 rng(7);
  const size_t per = region.enterprises.size() / kCities;
  for (size_t c = 0; c < kCities; ++c) {
    const size_t from = c * per, to = c + 1 == kCities ? region.enterprises.size() : from + per;
    EmergencyList& city = cities[c];
    city.enterprises.assign(region.enterprises.begin() + from, region.enterprises.begin() + to);
    city.lines.assign(region.lines.begin() + 3 * from, region.lines.begin() + 3 * to);
    city.measures.assign(region.measures.begin() + 9 * from, region.measures.begin() + 9 * to);
    for (auto& l : city.lines) l.value_added = 1000 + static_cast<int64_t>(rng() % 100000);
  }
  const Inventory inv{"", {3500000, 3550000, 3550000, 3500000}, ""};
  size_t proposals = 0, short_cities = 0;
  for (auto _ : state) {
    proposals = short_cities = 0;
    for (const auto& city : cities) {
      const Optimization o = Optimize(city, inv, lantian::alert::Level::kRed);
      if (!o.needed || !o.feasible) state.SkipWithError("a city was not really optimized");
      proposals += o.proposals.size();
      ++short_cities;
    }
  }
  state.counters["cities"] = static_cast<double>(short_cities);
  state.counters["proposals"] = static_cast<double>(proposals);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(region.lines.size()));
}
BENCHMARK(BM_OptimizeRegionByCity)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
