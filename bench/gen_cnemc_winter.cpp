// Writes one synthetic winter of CNEMC site day files for the benchmark:
// STATIONS stations in ~8-station cities spread over the plan's region, files
// china_sites_YYYYMMDD.csv for FROM..TO with all 15 `type` rows per hour (the six
// measured values plus AQI and the provider's moving means, as CNEMC publishes
// them), hour labels ending the hour, and stations.csv for `lantian import
// stations`. Values come from demo::SyntheticSeason. Usage:
//   gen_cnemc_winter OUT_DIR [STATIONS=1700] [FROM=2020-10-01] [TO=2021-03-31]
#include <charconv>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "aq/hourly_aqi.hpp"
#include "demo/random.hpp"
#include "demo/synthetic_season.hpp"

namespace {

using lantian::aq::Pollutant;
using lantian::core::Decimal;

// One station's last 48 hours of measured values (index 0 = oldest).
struct History {
  std::deque<std::array<std::optional<Decimal>, 6>> hours;
};

void Put(std::string& out, const std::optional<Decimal>& v, int digits) {
  out += ',';
  if (!v) return;
  char buf[32];
  const int64_t scaled = v->ScaledHalfEven(digits);
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, scaled / (digits ? 10 : 1));
  out.append(buf, p);
  if (digits) {
    out += '.';
    out += static_cast<char>('0' + scaled % 10);
  }
}

std::optional<Decimal> Mean(const History& h, Pollutant p, int last) {
  Decimal sum;
  int n = 0;
  for (int i = static_cast<int>(h.hours.size()) - last; i < static_cast<int>(h.hours.size()); ++i) {
    if (i < 0) continue;
    if (const auto& v = h.hours[static_cast<size_t>(i)][lantian::aq::Index(p)]) {
      sum += *v;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return lantian::core::RoundedMean(sum, n, lantian::aq::ReportDigits(p));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: gen_cnemc_winter OUT_DIR [STATIONS] [FROM] [TO]\n");
    return 2;
  }
  const std::filesystem::path out_dir = argv[1];
  const int n = argc > 2 ? std::stoi(argv[2]) : 1700;
  const auto first = *lantian::core::ParseIsoDate(argc > 3 ? argv[3] : "2020-10-01");
  const auto last = *lantian::core::ParseIsoDate(argc > 4 ? argv[4] : "2021-03-31");
  std::filesystem::create_directories(out_dir / "files");

  lantian::demo::Random rng(2021);
  std::vector<lantian::demo::DemoStation> stations;
  std::ofstream registry(out_dir / "stations.csv");
  registry << "code,name,city_code,lat,lon,background,retired_on\n";
  double city_lat = 0, city_lon = 0;
  for (int i = 0; i < n; ++i) {
    if (i % 8 == 0) {
      city_lat = rng.Uniform(33.8, 40.8);
      city_lon = rng.Uniform(107.5, 118.8);
    }
    const std::string code = std::to_string(5001 + i) + "A";
    const std::string city = std::to_string(900001 + i / 8);
    const double lat = city_lat + rng.Uniform(-0.15, 0.15),
                 lon = city_lon + rng.Uniform(-0.15, 0.15);
    stations.push_back({code, city, lat, lon});
    registry << code << ",bench station " << i << "," << city << "," << lat << "," << lon
             << ",N,\n";
  }
  registry.close();

  // The day before FROM feeds label 0 of the first file.
  lantian::demo::SyntheticSeason season(stations, {7, {first - 1, last}});
  lantian::demo::SeasonDay day, previous;
  std::vector<History> history(stations.size());
  int64_t cells = 0, values = 0;
  bool have_previous = false;
  static constexpr const char* kTypes[] = {"AQI",    "PM2.5",   "PM2.5_24h", "PM10",    "PM10_24h",
                                           "SO2",    "SO2_24h", "NO2",       "NO2_24h", "O3",
                                           "O3_24h", "O3_8h",   "O3_8h_24h", "CO",      "CO_24h"};
  std::vector<std::optional<Decimal>> o3_8h_max(stations.size());
  while (season.Next(day)) {
    if (!have_previous) {
      previous = day;
      have_previous = true;
      continue;
    }
    char name[64];
    std::snprintf(name, sizeof name, "china_sites_%04d%02d%02d.csv", day.date.year(),
                  day.date.month(), day.date.day());
    std::string text = "date,hour,type";
    for (const auto& s : stations) text += "," + s.code;
    text += "\r\n";
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02d%02d", day.date.year(), day.date.month(),
                  day.date.day());
    for (int label = 0; label < 24; ++label) {
      // Label h ends hour h-1 of this date; label 0 ends 23:00-24:00 of the day before.
      const auto& source = label == 0 ? previous : day;
      const int hour = label == 0 ? 23 : label - 1;
      std::vector<std::array<std::optional<Decimal>, 15>> rows(stations.size());
      for (size_t i = 0; i < stations.size(); ++i) {
        History& h = history[i];
        std::array<std::optional<Decimal>, 6> now;
        for (Pollutant p : lantian::aq::kPollutants) {
          now[lantian::aq::Index(p)] = source.stations[i].Measured(p).Get(hour);
        }
        h.hours.push_back(now);
        if (h.hours.size() > 48) h.hours.pop_front();
        auto aqi = lantian::aq::HourlyAqi(lantian::aq::Hj633_2012(), now);
        auto& r = rows[i];
        r[0] = aqi ? std::optional(Decimal::FromInt(aqi->aqi)) : std::nullopt;
        r[1] = now[lantian::aq::Index(Pollutant::kPM25)];
        r[2] = Mean(h, Pollutant::kPM25, 24);
        r[3] = now[lantian::aq::Index(Pollutant::kPM10)];
        r[4] = Mean(h, Pollutant::kPM10, 24);
        r[5] = now[lantian::aq::Index(Pollutant::kSO2)];
        r[6] = Mean(h, Pollutant::kSO2, 24);
        r[7] = now[lantian::aq::Index(Pollutant::kNO2)];
        r[8] = Mean(h, Pollutant::kNO2, 24);
        r[9] = now[lantian::aq::Index(Pollutant::kO3)];
        std::optional<Decimal> o3max;
        for (size_t k = h.hours.size() > 24 ? h.hours.size() - 24 : 0; k < h.hours.size(); ++k) {
          const auto& v = h.hours[k][lantian::aq::Index(Pollutant::kO3)];
          if (v && (!o3max || *v > *o3max)) o3max = v;
        }
        r[10] = o3max;
        r[11] = Mean(h, Pollutant::kO3, 8);
        if (label == 1) o3_8h_max[i].reset();
        if (r[11] && label >= 1 && (!o3_8h_max[i] || *r[11] > *o3_8h_max[i])) o3_8h_max[i] = r[11];
        r[12] = o3_8h_max[i];
        r[13] = now[lantian::aq::Index(Pollutant::kCO)];
        r[14] = Mean(h, Pollutant::kCO, 24);
      }
      for (int t = 0; t < 15; ++t) {
        text += date;
        text += ',';
        text += std::to_string(label);
        text += ',';
        text += kTypes[t];
        const int digits = (t == 13 || t == 14) ? 1 : 0;
        for (size_t i = 0; i < stations.size(); ++i) {
          Put(text, rows[i][static_cast<size_t>(t)], digits);
          values += rows[i][static_cast<size_t>(t)].has_value();
        }
        cells += static_cast<int64_t>(stations.size());
        text += "\r\n";
      }
    }
    std::ofstream(out_dir / "files" / name, std::ios::binary) << text;
    previous = day;
  }
  std::printf("%d stations, %lld cells, %lld values written to %s\n", n,
              static_cast<long long>(cells), static_cast<long long>(values), out_dir.c_str());
  return 0;
}
