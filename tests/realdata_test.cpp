// Real published data against lantian: every CNEMC station-hour's published AQI,
// the published 24h means and O3 8h maxima, the real-time snapshot's AQI, category
// and primary pollutants, and the station registry. LANTIAN_REALDATA names the
// folder (../shared/realdata when present, else the sample in tests/data).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "app/app.hpp"
#include "aq/hourly_aqi.hpp"
#include "aq/published_check.hpp"
#include "hj212/packet.hpp"
#include "io/cnemc_file.hpp"
#include "io/reference_csv.hpp"

namespace fs = std::filesystem;

namespace lantian {
namespace {

fs::path RealData() {
  const char* dir = std::getenv("LANTIAN_REALDATA");
  return dir ? fs::path(dir) : fs::path("tests/data/realdata-sample");
}

std::vector<std::string> SiteFiles(const std::string& sub) {
  std::vector<std::string> files;
  const fs::path dir = RealData() / "cnemc_sites" / sub;
  if (!fs::exists(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

class RealDataTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::printf("real data from %s: %zu subset files, %zu national files\n", RealData().c_str(),
                SiteFiles("jjj_fenwei_subset").size(), SiteFiles("national_full").size());
  }
};

// Every published station-hour AQI of every site file, national files included
// (all stations, no registry needed).
TEST_F(RealDataTest, HourlyAqiEqualsEveryPublishedStationHour) {
  std::vector<std::string> files = SiteFiles("jjj_fenwei_subset");
  for (const auto& f : SiteFiles("national_full")) files.push_back(f);
  ASSERT_FALSE(files.empty());
  int64_t compared = 0, agreed = 0;
  for (const auto& path : files) {
    auto reader = io::CsvReader::Open(path);
    ASSERT_TRUE(reader.has_value());
    io::FileReport report(path);
    io::CnemcFile file = io::ReadCnemcFile(
        *reader, {}, [](std::string_view) { return true; }, report);
    ASSERT_TRUE(report.ok()) << report.ToStatus().ToString();
    EXPECT_EQ(report.rejected_count(), 0) << path;
    for (const auto& d : file.days) {
      for (const aq::PublishedCheck& c : aq::CheckPublished(d.day)) {
        if (c.kind != aq::CheckKind::kHourlyAqi) continue;
        ASSERT_TRUE(c.computed.has_value()) << file.ids[d.column];
        ++compared;
        if (*c.computed == c.published) {
          ++agreed;
        } else {
          ADD_FAILURE() << file.ids[d.column] << " " << core::FormatIsoDate(d.day.date) << " hour "
                        << c.hour << ": published " << c.published.ToString() << ", computed "
                        << c.computed->ToString();
        }
      }
    }
  }
  std::printf("hourly AQI: %lld of %lld published station-hours agree\n",
              static_cast<long long>(agreed), static_cast<long long>(compared));
  EXPECT_GT(compared, 10000);
  EXPECT_EQ(agreed, compared);
}

struct DailyOutcome {
  int64_t complete_days = 0;  // all 24 hours published
  int64_t complete_exact = 0;
  int64_t complete_within_one = 0;
  int64_t incomplete_days = 0;
  int64_t incomplete_exact = 0;
  int64_t ties_half_even_differs = 0;  // complete-day .5 ties where half-up would differ
};

// Imports the subset through the real import path and compares daily values with
// the published moving statistics at the end of each natural day.
class DailyAgainstPublished : public RealDataTest {
 protected:
  void SetUp() override {
    files_ = SiteFiles("jjj_fenwei_subset");
    ASSERT_FALSE(files_.empty());
  }
  std::map<aq::CheckKind, DailyOutcome> Run(io::HourLabel label) {
    const fs::path db =
        fs::temp_directory_path() / ("lantian_realdata_" + std::to_string(::getpid()) + ".db");
    fs::remove(db);
    std::map<aq::CheckKind, DailyOutcome> out;
    auto app = app::App::Open(db.string(), app::App::OpenMode::kCreate);
    EXPECT_TRUE(app.has_value());
    EXPECT_TRUE(app->Init(std::nullopt, app::Actor::Cli("realdata test")).has_value());
    app::ImportOptions options;
    options.actor = app::Actor::Cli("realdata test");
    options.cnemc.hour_label = label;
    auto result = app->ImportCnemc(files_, options, core::NoProgress());
    EXPECT_TRUE(result.Overall().ok()) << result.Overall().ToString();
    core::Period all{core::Date::FromYmd(2018, 12, 31), core::Date::FromYmd(2020, 1, 1)};
    EXPECT_TRUE(app->store()
                    .ScanSiteDays(storage::SiteLevel::kStation, {}, all,
                                  [&](std::string_view, const aq::SiteDay& day) {
                                    Tally(day, out);
                                    return core::Status::Ok();
                                  })
                    .ok());
    fs::remove(db);
    return out;
  }

  static void Tally(const aq::SiteDay& day, std::map<aq::CheckKind, DailyOutcome>& out) {
    static const std::map<aq::CheckKind, aq::Pollutant> kPollutant = {
        {aq::CheckKind::kDailySO2, aq::Pollutant::kSO2},
        {aq::CheckKind::kDailyNO2, aq::Pollutant::kNO2},
        {aq::CheckKind::kDailyCO, aq::Pollutant::kCO},
        {aq::CheckKind::kDailyPM10, aq::Pollutant::kPM10},
        {aq::CheckKind::kDailyPM25, aq::Pollutant::kPM25},
        {aq::CheckKind::kDailyO3_8h, aq::Pollutant::kO3}};
    for (const aq::PublishedCheck& c : aq::CheckPublished(day)) {
      if (c.kind == aq::CheckKind::kHourlyAqi) continue;
      const aq::Pollutant p = kPollutant.at(c.kind);
      const aq::HourlySeries& s = day.Measured(p);
      DailyOutcome& o = out[c.kind];
      const core::Decimal unit = core::Decimal::FromScaled(1, aq::ReportDigits(p));
      const core::Decimal diff =
          *c.computed > c.published ? *c.computed - c.published : c.published - *c.computed;
      if (s.Count() == 24) {
        ++o.complete_days;
        o.complete_exact += diff.IsZero();
        o.complete_within_one += diff <= unit;
        if (p != aq::Pollutant::kO3 && p != aq::Pollutant::kCO) {
          // An exact .5 tie at the reporting precision decides between half to
          // even (the lower neighbour when it is even) and half up. CO is left
          // out: CNEMC averages CO before rounding it to 0.1.
          core::Decimal sum;
          for (int h = 0; h < 24; ++h) sum += s.At(h);
          const int d = aq::ReportDigits(p);
          const core::Decimal mean = core::RoundedMean(sum, 24, core::Decimal::kFractionDigits);
          if (mean * 24 == sum && core::DecimalPlaces(mean) == d + 1 &&
              core::ScaledExact(mean, d + 1) % 10 == 5) {
            const core::Decimal lower = mean - core::Decimal::FromScaled(5, d + 1);
            if (core::ScaledExact(lower, d) % 2 == 0) {
              ++o.ties_half_even_differs;
              EXPECT_EQ(c.published, lower) << "a .5 tie published as " << c.published.ToString();
            }
          }
        }
      } else {
        ++o.incomplete_days;
        o.incomplete_exact += diff.IsZero();
      }
    }
  }

  std::vector<std::string> files_;
};

TEST_F(DailyAgainstPublished, CompleteDaysAgreeExactlyAndTiesRoundHalfEven) {
  auto outcome = Run(io::HourLabel::kEnd);
  int64_t ties = 0;
  for (const auto& [kind, o] : outcome) {
    std::printf(
        "%-26s complete days %lld: %lld exact, %lld within one unit; incomplete days %lld: %lld "
        "exact; .5 ties deciding the rule %lld\n",
        std::string(aq::CheckKindName(kind)).c_str(), static_cast<long long>(o.complete_days),
        static_cast<long long>(o.complete_exact), static_cast<long long>(o.complete_within_one),
        static_cast<long long>(o.incomplete_days), static_cast<long long>(o.incomplete_exact),
        static_cast<long long>(o.ties_half_even_differs));
    ASSERT_GT(o.complete_days, 0);
    ties += o.ties_half_even_differs;
    // Complete days: the published 24h mean is lantian's mean, rounded half to
    // even. CO is published hourly at 0.1 but averaged from unrounded values by
    // CNEMC, so it may differ by one unit.
    EXPECT_EQ(o.complete_within_one, o.complete_days) << aq::CheckKindName(kind);
    if (kind != aq::CheckKind::kDailyCO) {
      EXPECT_EQ(o.complete_exact, o.complete_days) << aq::CheckKindName(kind);
    }
  }
  EXPECT_GT(ties, 0);
}

// With hour-beginning labels the natural day shifts by one hour and the O3 8h
// windows (ending 08:00 … 24:00) shift with it: the published daily O3 8h maxima
// then stop matching. (The 24h means cannot tell the two apart: each convention
// reads the published moving mean at its own last label of the day.)
TEST_F(DailyAgainstPublished, HourEndingLabelsFitThePublishedDailyValues) {
  auto end = Run(io::HourLabel::kEnd);
  auto begin = Run(io::HourLabel::kBegin);
  auto rate = [](const DailyOutcome& o) {
    return static_cast<double>(o.complete_exact) /
           static_cast<double>(std::max<int64_t>(1, o.complete_days));
  };
  const auto k = aq::CheckKind::kDailyO3_8h;
  std::printf("O3 8h daily max, complete days exact: hour-ending %.4f, hour-beginning %.4f\n",
              rate(end[k]), rate(begin[k]));
  EXPECT_EQ(rate(end[k]), 1.0);
  EXPECT_LT(rate(begin[k]), 0.97);
}

// The CNEMC real-time snapshot: AQI, category and primary pollutants of every
// station that published one. In this API `o3_24h` holds the latest 1h O3.
TEST_F(RealDataTest, RealtimeSnapshotAqiCategoryAndPrimary) {
  std::ifstream in(RealData() / "cnemc_realtime" / "airnow_20180220T07.json");
  ASSERT_TRUE(in.good());
  const nlohmann::json doc = nlohmann::json::parse(in);
  const std::map<std::string, aq::Pollutant> fields = {
      {"so2", aq::Pollutant::kSO2},   {"no2", aq::Pollutant::kNO2},
      {"co", aq::Pollutant::kCO},     {"o3_24h", aq::Pollutant::kO3},
      {"pm10", aq::Pollutant::kPM10}, {"pm2_5", aq::Pollutant::kPM25}};
  int compared = 0, aqi_ok = 0, level_ok = 0, primary_ok = 0;
  for (const auto& f : doc["features"]) {
    const auto& p = f["properties"];
    const std::string aqi_text = p["aqi"];
    if (aqi_text == "-;") continue;
    aq::HourValues v;
    for (const auto& [name, pollutant] : fields) {
      const std::string text = p[name];
      if (text != "-;") v[aq::Index(pollutant)] = *core::Decimal::Parse(text);
    }
    auto r = aq::HourlyAqi(aq::Hj633_2012(), v);
    ASSERT_TRUE(r.has_value());
    ++compared;
    aqi_ok += std::to_string(r->aqi) == aqi_text;
    level_ok += aq::LevelNameZh(r->level) == p["quality"].get<std::string>();
    aq::PollutantSet published;
    std::string primary = p["primarypollutant"];
    for (size_t start = 0; primary != "-;" && start < primary.size();) {
      size_t comma = primary.find(',', start);
      const std::string name = primary.substr(start, comma - start);
      for (aq::Pollutant q : aq::kPollutants) {
        if (name.rfind(std::string(aq::NameZh(q)), 0) == 0) published.Add(q);
      }
      start = comma == std::string::npos ? primary.size() : comma + 1;
    }
    primary_ok += published == r->primary;
  }
  std::printf("real-time snapshot: %d stations; AQI %d, category %d, primary pollutants %d agree\n",
              compared, aqi_ok, level_ok, primary_ok);
  EXPECT_GT(compared, 1000);
  EXPECT_EQ(aqi_ok, compared);
  EXPECT_EQ(level_ok, compared);
  EXPECT_EQ(primary_ok, compared);
}

// data/stations.csv holds every station of the plan's cities in the national list.
TEST_F(RealDataTest, RegistryHoldsEveryStationOfThePlanCities) {
  auto data = app::EmbeddedReferenceData();
  ASSERT_TRUE(data.has_value());
  auto reader = io::CsvReader::Open((RealData() / "stations" / "NewSiteList_utf8.csv").string());
  ASSERT_TRUE(reader.has_value());
  io::FileReport report("NewSiteList_utf8.csv");
  auto from_list = io::ReadStations(*reader, data->units, report);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(from_list, data->stations);
}

// The 73 real HJ 212 packets (hj212/packets.txt) against the codec and the
// index that says which have a correct length and CRC (computed with the
// standard's algorithm): a wrong length or CRC is refused and named as such;
// the standard's example and the water-station simulator's log (lines 54–73)
// parse; every packet with a right length and CRC either parses or is refused
// for a named field other than the length and the CRC.
TEST_F(RealDataTest, Hj212PacketsAgreeWithTheIndex) {
  std::ifstream txt(RealData() / "hj212" / "hj212_packets.txt");
  ASSERT_TRUE(txt) << "no hj212 packets";
  std::vector<std::string> packets;
  for (std::string line; std::getline(txt, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) packets.push_back(line);
  }
  auto reader = io::CsvReader::Open((RealData() / "hj212" / "hj212_packets_index.csv").string());
  ASSERT_TRUE(reader.has_value());
  ASSERT_EQ(packets.size(), 73u);
  int rows = 0, parsed = 0, refused_length = 0, refused_crc = 0;
  std::map<std::string, int> other;
  std::vector<std::string_view> fields;
  auto first = reader->Next(fields);
  ASSERT_TRUE(first && *first);
  const std::vector<std::string> header(fields.begin(), fields.end());
  auto col = [&](const char* name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  const size_t c_line = col("line"), c_len = col("len_ok"), c_le = col("len_le_1024"),
               c_crc = col("crc_ok");
  for (;;) {
    auto more = reader->Next(fields);
    ASSERT_TRUE(more);
    if (!*more) break;
    std::vector<std::string> r(fields.begin(), fields.end());
    const auto* row = &r;
    ASSERT_GT(row->size(), c_crc);
    ++rows;
    const int line = std::stoi((*row)[c_line]);
    const std::string& packet = packets.at(static_cast<size_t>(line - 1));
    const bool len_ok = (*row)[c_len] == "True", le_1024 = (*row)[c_le] == "True",
               crc_ok = (*row)[c_crc] == "True";
    auto p = hj212::ParseFrame(packet + "\r\n");
    const std::string field = p ? "" : p.error().field();
    if (!len_ok || !le_1024) {
      EXPECT_EQ(field, "length") << "line " << line;
      ++refused_length;
    } else if (!crc_ok) {
      EXPECT_EQ(field, "crc") << "line " << line;
      ++refused_crc;
    } else if (p) {
      ++parsed;
      EXPECT_EQ(hj212::BuildFrame(*p).size(), packet.size() + 2) << "line " << line;
    } else {
      EXPECT_NE(field, "length") << "line " << line;
      EXPECT_NE(field, "crc") << "line " << line;
      ++other[field];
      std::printf("  line %d refused: %s (%s)\n", line, p.error().message().c_str(), field.c_str());
    }
    if (line == 1 || line >= 54) {
      EXPECT_TRUE(p) << "line " << line << ": " << (p ? "" : p.error().message());
    }
  }
  EXPECT_EQ(rows, 73);
  std::printf("hj212: %d parsed, %d refused for the length, %d for the CRC, %zu fields otherwise\n",
              parsed, refused_length, refused_crc, other.size());
  EXPECT_EQ(refused_length + refused_crc, 73 - 52);  // the index: 52 with right length and CRC
}

}  // namespace
}  // namespace lantian
