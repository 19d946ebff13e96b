#include "app/app.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "app/assessment.hpp"
#include "app/demo_electricity.hpp"
#include "app/detector_evaluation.hpp"
#include "app/monitoring_devices.hpp"
#include "app/monitoring_findings.hpp"
#include "app/station_findings.hpp"
#include "app/verification_report.hpp"
#include "demo/synthetic_monitoring.hpp"

namespace lantian::app {
namespace {

namespace fs = std::filesystem;
using core::Date;
using core::Decimal;

Actor Operator();

class AppTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("lantian_app_test_" + std::to_string(::getpid()) + "_" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto app = App::Open((dir_ / "s.db").string(), App::OpenMode::kCreate);
    ASSERT_TRUE(app.has_value()) << app.status().ToString();
    app_.emplace(std::move(*app));
    app_->set_clock([] { return *core::ParseInstant("2020-12-02 08:00:00"); });
    ASSERT_TRUE(app_->Init(std::nullopt, Operator()).has_value());
  }
  void TearDown() override {
    app_.reset();
    fs::remove_all(dir_);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  // 24 hourly values of one pollutant on 2020-12-01 in the long format.
  static std::string Day(const std::string& station, const std::string& pollutant, int value) {
    std::string s;
    for (int h = 0; h < 24; ++h) {
      s += station + ",2020-12-01 " + (h < 10 ? "0" : "") + std::to_string(h) + ":00," + pollutant +
           "," + std::to_string(value) + "\n";
    }
    return s;
  }
  std::vector<aq::DailyRow> Rows(bool by_city = false) {
    auto t = app_->Daily(
        {{Date::FromYmd(2020, 11, 1), Date::FromYmd(2020, 12, 31)}, by_city, std::nullopt});
    EXPECT_TRUE(t.has_value()) << t.status().ToString();
    return t.has_value() ? t->rows : std::vector<aq::DailyRow>{};
  }

  fs::path dir_;
  std::optional<App> app_;
};

const std::string kHeader = "station,time,pollutant,value\n";

Actor Operator() { return Actor::Cli("lantian test"); }

ImportOptions Opts(bool replace = false) {
  ImportOptions o;
  o.actor = Operator();
  o.replace = replace;
  return o;
}

TEST_F(AppTest, OpenExistingNeedsAnInitialisedStore) {
  auto missing = App::Open((dir_ / "none.db").string(), App::OpenMode::kExisting);
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), core::ErrorCode::kNotFound);
  EXPECT_FALSE(fs::exists(dir_ / "none.db"));
  EXPECT_TRUE(App::Open((dir_ / "s.db").string(), App::OpenMode::kExisting).has_value());
}

TEST_F(AppTest, EachFileImportsWholeOrNotAtAll) {
  const auto good = Write("good.csv", kHeader + Day("1001A", "PM2.5", 80));
  const auto bad =
      Write("bad.csv", kHeader + Day("1003A", "PM2.5", 90) + "1003A,2020-12-01,PM2.5,1\n");
  auto r = app_->ImportLong({good, bad}, Opts(), core::NoProgress());
  ASSERT_EQ(r.files.size(), 2u);
  EXPECT_TRUE(r.files[0].status.ok());
  EXPECT_EQ(r.files[1].status.code(), core::ErrorCode::kInvalidInput);
  EXPECT_EQ(r.files[1].status.field(), bad + ":26:2");
  EXPECT_EQ(r.Overall().code(), core::ErrorCode::kInvalidInput);
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].id, "1001A");
  auto imports = app_->store().Imports();
  ASSERT_EQ(imports->size(), 1u);
  EXPECT_EQ(imports->at(0).values_added, 24);
}

TEST_F(AppTest, ImportingTwiceChangesNothing) {
  const auto file =
      Write("a.csv", kHeader + Day("1001A", "PM2.5", 80) + "1001A,2020-12-02 00:00,SO2,-999\n");
  auto first = app_->ImportLong({file}, Opts(), core::NoProgress());
  ASSERT_TRUE(first.Overall().ok());
  EXPECT_EQ(first.files[0].counts.added, 24);
  EXPECT_EQ(first.files[0].report.rejected_count(), 1);
  const auto sources = app_->store().Sources()->size();
  auto second = app_->ImportLong({file}, Opts(), core::NoProgress());
  ASSERT_TRUE(second.Overall().ok());
  EXPECT_EQ(second.files[0].counts.added, 0);
  EXPECT_EQ(second.files[0].counts.unchanged, 24);
  EXPECT_EQ(app_->store().Sources()->size(), sources);
  EXPECT_EQ(app_->store().Imports()->size(), 1u);
  EXPECT_EQ(app_->store().Imports()->at(0).values_rejected, 1);
}

TEST_F(AppTest, DifferingValuesNeedReplace) {
  ASSERT_TRUE(app_->ImportLong({Write("a.csv", kHeader + Day("1001A", "NO2", 40))}, Opts(),
                               core::NoProgress())
                  .Overall()
                  .ok());
  const auto changed = Write("b.csv", kHeader + Day("1001A", "NO2", 41) + Day("1003A", "NO2", 1));
  auto refused = app_->ImportLong({changed}, Opts(), core::NoProgress());
  EXPECT_EQ(refused.Overall().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(refused.files[0].counts.conflicting, 24);
  ASSERT_FALSE(refused.files[0].conflicts.empty());
  EXPECT_EQ(refused.files[0].conflicts[0].stored, Decimal::FromInt(40));
  auto rows = Rows();
  ASSERT_EQ(rows.size(), 1u);  // 1003A was not stored either
  EXPECT_EQ(rows[0].values[aq::DailyColumn::kNO2], Decimal::FromInt(40));
  auto replaced = app_->ImportLong({changed}, Opts(true), core::NoProgress());
  ASSERT_TRUE(replaced.Overall().ok());
  EXPECT_EQ(replaced.files[0].counts.replaced, 24);
  EXPECT_EQ(Rows()[0].values[aq::DailyColumn::kNO2], Decimal::FromInt(41));
}

TEST_F(AppTest, StoreTablesEqualTheCalculator) {
  std::string obs = kHeader;
  for (const auto& [station, v] :
       {std::pair<std::string, int>{"1001A", 70}, {"1002A", 10}, {"1003A", 91}}) {
    obs += Day(station, "PM2.5", v) + Day(station, "CO", v / 10) + Day(station, "O3", v);
  }
  const auto file = Write("obs.csv", obs);
  ASSERT_TRUE(app_->ImportLong({file}, Opts(), core::NoProgress()).Overall().ok());
  std::vector<io::FileReport> reports;
  auto calc = DailyFromLongCsv({file, std::nullopt}, reports);
  ASSERT_TRUE(calc.has_value());
  auto stored = Rows();
  ASSERT_EQ(stored.size(), calc->rows.size());
  for (size_t i = 0; i < stored.size(); ++i) {
    EXPECT_EQ(stored[i].id, calc->rows[i].id);
    EXPECT_EQ(stored[i].values, calc->rows[i].values);
  }
  // The city row leaves out 1002A, the background station (定陵 对照点).
  auto city = Rows(true);
  ASSERT_EQ(city.size(), 1u);
  EXPECT_EQ(city[0].id, "110000");
  EXPECT_EQ(city[0].values[aq::DailyColumn::kPM25],
            Decimal::FromInt(80));  // (70 + 91) / 2 = 80.5 -> 80
  auto unknown =
      app_->Daily({{Date::FromYmd(2020, 12, 1), Date::FromYmd(2020, 12, 1)}, true, "999999"});
  EXPECT_EQ(unknown.error().code(), core::ErrorCode::kNotFound);
}

TEST_F(AppTest, DemoDataIsSyntheticDeterministicAndKeptApart) {
  demo::SeasonOptions options{7, {Date::FromYmd(2020, 12, 1), Date::FromYmd(2020, 12, 3)}};
  auto summary = app_->Demo(options, Operator(), core::NoProgress());
  ASSERT_TRUE(summary.has_value()) << summary.status().ToString();
  EXPECT_EQ(summary->days, 3);
  EXPECT_GT(summary->values, 0);
  auto table = app_->Daily({options.period, false, std::nullopt});
  EXPECT_TRUE(table->synthetic);
  auto sources = app_->store().Sources();
  ASSERT_EQ(sources->size(), 1u);
  EXPECT_TRUE(sources->at(0).synthetic);

  auto other = App::Open((dir_ / "t.db").string(), App::OpenMode::kCreate);
  ASSERT_TRUE(other->Init(std::nullopt, Operator()).has_value());
  ASSERT_TRUE(other->Demo(options, Operator(), core::NoProgress()).has_value());
  auto again = other->Daily({options.period, false, std::nullopt});
  ASSERT_EQ(again->rows.size(), table->rows.size());
  for (size_t i = 0; i < again->rows.size(); ++i)
    EXPECT_EQ(again->rows[i].values, table->rows[i].values);

  // Measured data never mix with synthetic data, whichever comes first.
  auto import_into_demo = other->ImportLong({Write("x.csv", kHeader + Day("1001A", "SO2", 5))},
                                            Opts(), core::NoProgress());
  EXPECT_EQ(import_into_demo.Overall().code(), core::ErrorCode::kConflict);
  auto real = App::Open((dir_ / "r.db").string(), App::OpenMode::kCreate);
  ASSERT_TRUE(real->Init(std::nullopt, Operator()).has_value());
  ASSERT_TRUE(real->ImportLong({Write("y.csv", kHeader + Day("1001A", "SO2", 5))}, Opts(),
                               core::NoProgress())
                  .Overall()
                  .ok());
  EXPECT_EQ(real->Demo(options, Operator(), core::NoProgress()).error().code(),
            core::ErrorCode::kConflict);
}

// The demo's electricity meters show the cheats they were generated with, and
// only those: an honest enterprise is compliant, one that ran on through its
// alerts has lines suspected, one that switched its facility off at night has
// facilities suspected (docs/standards.md §12).
TEST_F(AppTest, DemoElectricityCheatsAreWhatTheVerificationFinds) {
  app_->set_clock([] { return *core::ParseInstant("2021-01-10 08:00:00"); });
  const uint64_t seed = 3;
  demo::SeasonOptions options{seed, {Date::FromYmd(2020, 11, 17), Date::FromYmd(2020, 12, 31)}};
  auto summary = app_->Demo(options, Operator(), core::NoProgress());
  ASSERT_TRUE(summary.has_value()) << summary.status().ToString();
  EXPECT_GT(summary->meters, 60);
  EXPECT_EQ(summary->meter_readings, summary->meters * 45 * 96);
  auto meters = app_->store().ElectricityMeters("");
  ASSERT_TRUE(meters.has_value());
  auto devices = app_->store().MonitoringDevices();
  ASSERT_TRUE(devices.has_value());
  std::map<std::string, std::vector<std::string>> mns;
  for (const auto& d : *devices) mns[d.credit_code].push_back(d.mn);
  std::set<std::string> cities;
  for (const auto& m : *meters) cities.insert(m.city_code);
  std::map<demo::PowerCheat, int> checked, found;
  for (const std::string& city : cities) {
    auto report = CityVerification(app_->store(), auth::Principal::Operator("t"), city,
                                   {Date::FromYmd(2020, 12, 1), Date::FromYmd(2020, 12, 31)},
                                   *core::ParseInstant("2021-01-10 08:00:00"));
    ASSERT_TRUE(report.has_value()) << report.status().ToString();
    for (const auto& e : report->enterprises) {
      if (e.lines_compliant + e.lines_suspected == 0) continue;  // no meter read
      const demo::PowerCheat cheat = DemoPowerCheat(seed, e.enterprise, mns[e.enterprise]);
      ++checked[cheat];
      switch (cheat) {
        case demo::PowerCheat::kNone:
          EXPECT_EQ(e.lines_suspected + e.facilities_suspected, 0) << e.enterprise;
          break;
        case demo::PowerCheat::kNoCut:
          EXPECT_EQ(e.facilities_suspected, 0) << e.enterprise;
          found[cheat] += e.lines_suspected > 0;
          break;
        case demo::PowerCheat::kTreatmentOff:
          EXPECT_EQ(e.lines_suspected, 0) << e.enterprise;
          found[cheat] += e.facilities_suspected > 0;
          break;
      }
    }
  }
  EXPECT_GT(checked[demo::PowerCheat::kNone], 20);
  for (auto cheat : {demo::PowerCheat::kNoCut, demo::PowerCheat::kTreatmentOff}) {
    EXPECT_GT(checked[cheat], 0) << demo::PowerCheatName(cheat);
    EXPECT_EQ(found[cheat], checked[cheat]) << demo::PowerCheatName(cheat);
  }
  // The scan reads the meters too: a drop at an alert is found where a device
  // fakes it (its works ran on), and nowhere a works cut its load.
  auto scan = ScanDevices(app_->store(), Operator(), "2020-12-01 00:00:00", "2021-01-01 00:00:00",
                          "2021-01-10 08:00:00");
  ASSERT_TRUE(scan.has_value()) << scan.status().ToString();
  int drops = 0;
  for (const auto& d : *devices) {
    auto findings = app_->store().MonitoringFindings(d.mn, "");
    ASSERT_TRUE(findings.has_value());
    for (const auto& f : *findings) {
      if (f.detector != "drop-at-alert" && f.detector != "load-inverse") continue;
      EXPECT_EQ(demo::CheatOf(seed, d.mn), demo::Cheat::kDropAtAlert) << d.mn << " " << f.evidence;
      if (f.detector == "drop-at-alert") {
        ++drops;
        EXPECT_NE(f.evidence.find("the load was cut"), std::string::npos) << f.evidence;
      }
    }
  }
  EXPECT_GT(drops, 0);
  // The load behind a device: its enterprise's production meters, hour by hour.
  int with_load = 0;
  for (const auto& d : *devices) {
    auto load = LoadBehindDevice(app_->store(), auth::Principal::Operator("t"), d.mn,
                                 "2020-12-10 00:00:00", "2020-12-10 23:00:00");
    ASSERT_TRUE(load.has_value()) << load.status().ToString();
    if (load->meters == 0) continue;
    ++with_load;
    ASSERT_EQ(load->hours.size(), 24u) << d.mn;
    EXPECT_EQ(load->hours.front().first, "2020-12-10 00:00:00");
    EXPECT_GT(load->hours.front().second, 0);
  }
  EXPECT_GT(with_load, 30);
}

// Six Shijiazhuang stations within 15 km; from 7 December the air is bad, and
// 人民会堂 (1034A) reads a quarter of it on the 9th and 10th. The scan queues
// it once; only the national and regional offices see and review it; the
// confirmation records the city's falsified data and fails its phase.
TEST_F(AppTest, AStationFarBelowItsNeighboursIsFoundConfirmedAndFailsThePhase) {
  std::string csv = kHeader;
  const std::vector<std::string> stations{"1029A", "1030A", "1031A", "1032A", "1033A", "1034A"};
  for (size_t i = 0; i < stations.size(); ++i) {
    for (int day = 1; day <= 12; ++day) {
      int value = (day >= 7 ? 150 : 50) + static_cast<int>(i) * 4;
      if (stations[i] == "1034A" && (day == 9 || day == 10)) value = 40;
      for (int h = 0; h < 24; ++h) {
        csv += stations[i] + ",2020-12-" + (day < 10 ? "0" : "") + std::to_string(day) + " " +
               (h < 10 ? "0" : "") + std::to_string(h) + ":00,PM2.5," + std::to_string(value) +
               "\n";
      }
    }
  }
  ASSERT_TRUE(app_->ImportLong({Write("pm.csv", csv)}, Opts(), core::NoProgress()).Overall().ok());
  const core::Period december{Date::FromYmd(2020, 12, 1), Date::FromYmd(2020, 12, 12)};
  const std::string now = "2020-12-20 09:00:00";
  Actor city{auth::Principal{1, "sjz", auth::Role::kCity, "130100"}, "sjz", "test", ""};
  EXPECT_EQ(ScanStations(app_->store(), city, december, now).error().code(),
            core::ErrorCode::kForbidden);
  auto scan = ScanStations(app_->store(), Operator(), december, now);
  ASSERT_TRUE(scan.has_value()) << scan.status().ToString();
  EXPECT_EQ(scan->stations, 6);
  EXPECT_EQ(scan->added, 1);
  EXPECT_EQ(ScanStations(app_->store(), Operator(), december, now)->added, 0);  // queued once
  EXPECT_EQ(VisibleStationFindings(app_->store(), city.principal, "").error().code(),
            core::ErrorCode::kForbidden);
  auto found = VisibleStationFindings(app_->store(), Operator().principal, "open");
  ASSERT_TRUE(found.has_value());
  ASSERT_EQ(found->size(), 1u);
  const auto& f = found->at(0);
  EXPECT_EQ(f.station, "1034A");
  EXPECT_EQ(f.city_code, "130100");
  EXPECT_EQ(f.from_date, "2020-12-09");
  EXPECT_EQ(f.to_date, "2020-12-10");
  EXPECT_EQ(ReviewStation(app_->store(), Operator(), f.id, "confirm", " ", now).error().code(),
            core::ErrorCode::kInvalidInput);  // a confirmation says what was found
  auto review = ReviewStation(app_->store(), Operator(), f.id, "confirm", "采样头被遮挡", now);
  ASSERT_TRUE(review.has_value()) << review.status().ToString();
  EXPECT_GT(review->falsification, 0);
  EXPECT_EQ(ReviewStation(app_->store(), Operator(), f.id, "dismiss", "", now).error().code(),
            core::ErrorCode::kConflict);
  auto recorded = app_->store().FalsificationFindings();
  ASSERT_EQ(recorded->size(), 1u);
  EXPECT_EQ(recorded->at(0).city_code, "130100");
  EXPECT_EQ(recorded->at(0).phase, "2020Q4");
  auto request = AssessmentRequest("2020Q4");
  auto inputs = LoadCampaignInputs(app_->store(), *request);
  ASSERT_TRUE(inputs.has_value()) << inputs.status().ToString();
  auto assessment = Assess(*inputs, "2020Q4", Date::FromYmd(2020, 12, 31));
  ASSERT_TRUE(assessment.has_value()) << assessment.status().ToString();
  for (const auto& c : assessment->cities) {
    EXPECT_EQ(c.verdict.falsified, c.unit.code == "130100") << c.unit.code;
  }
}

TEST_F(AppTest, TheStationDetectorFindsSyntheticTampering) {
  auto blatant = EvaluateStationDetector(app_->store(), 1);
  ASSERT_TRUE(blatant.has_value()) << blatant.status().ToString();
  EXPECT_GT(blatant->stations, 250);
  EXPECT_GT(blatant->tampered, 5);
  EXPECT_GE(blatant->precision(), 0.9);
  EXPECT_GE(blatant->recall(), 0.9);
  auto subtle = EvaluateStationDetector(app_->store(), 1, demo::Strength::kSubtle);
  EXPECT_GE(subtle->precision(), 0.9);
  EXPECT_LT(subtle->recall(), 0.8);  // a sampler read at half the air or more mostly passes
}

// A device's status counts the whole hours of the last day without hourly
// data, and the open gap findings.
TEST_F(AppTest, DeviceStatusCountsTheMissingHoursOfTheLastDay) {
  auto& store = app_->store();
  ASSERT_TRUE(store
                  .PutMonitoringDevice({"MNGAP", "91130100MA0CEMT01Q", "130100", "DA001", "a21026",
                                        "x", "t", "2020-11-01 09:00:00"})
                  .ok());
  storage::MonitoringBatch batch;
  for (const char* at : {"2020-12-02 07:00:00", "2020-12-02 05:00:00", "2020-12-01 07:00:00"}) {
    batch.values.push_back({"MNGAP", "hourly", at, "a21026", std::nullopt, 10.0, std::nullopt,
                            std::nullopt, std::nullopt, std::nullopt, std::nullopt, "N"});
  }
  batch.packets.push_back(
      {0, "MNGAP", "2061", "q", "2020-12-02 07:00:00", "2020-12-02 08:05:00", "peer", "frame"});
  ASSERT_TRUE(store.AddMonitoringBatch(batch).ok());
  ASSERT_TRUE(
      *store.AddMonitoringFinding({0, "MNGAP", "a21026", "gap", "2020-12-01 08:00:00",
                                   "2020-12-02 05:00:00", "21 hours", "t", "open", "", "", ""}));
  // At 08:10 the last day is [12-01 08:00, 12-02 08:00): two of its hours have data
  // (12-01 07:00 is before it).
  auto statuses = DeviceStatuses(store, auth::Principal::Operator("t"),
                                 *core::ParseInstant("2020-12-02 08:10:00"));
  ASSERT_TRUE(statuses.has_value()) << statuses.status().ToString();
  ASSERT_EQ(statuses->size(), 1u);
  EXPECT_TRUE(statuses->at(0).online);
  EXPECT_EQ(statuses->at(0).missing_hours, 22);
  EXPECT_EQ(statuses->at(0).open_gaps, 1);
}

TEST_F(AppTest, SeasonReportAgainstHandWorkedFigures) {
  // Shijiazhuang (130100): 2 days in 2020Q4, PM2.5 160 (AQI 210, heavy) and 60; baseline 2019Q4:
  // 100. Beijing (110000): one day of 40 in 2020Q4.
  auto day = [](const std::string& station, const std::string& date, int v) {
    std::string s;
    for (int h = 0; h < 24; ++h) {
      s += station + "," + date + " " + (h < 10 ? "0" : "") + std::to_string(h) + ":00,PM2.5," +
           std::to_string(v) + "\n";
    }
    return s;
  };
  const auto file = Write(
      "season.csv", kHeader + day("1029A", "2020-10-05", 160) + day("1029A", "2020-10-06", 60) +
                        day("1029A", "2019-11-01", 100) + day("1001A", "2020-12-01", 40));
  ASSERT_TRUE(app_->ImportLong({file}, Opts(), core::NoProgress()).Overall().ok());
  auto r = app_->Season("2020Q4");
  ASSERT_TRUE(r.has_value()) << r.status().ToString();
  EXPECT_FALSE(r->synthetic);
  EXPECT_EQ(r->baseline.first, Date::FromYmd(2019, 10, 1));
  const CitySeason* sjz = nullptr;
  for (const auto& c : r->cities) {
    if (c.unit.code == "130100") sjz = &c;
  }
  ASSERT_NE(sjz, nullptr);
  EXPECT_EQ(sjz->now.days, 2);
  EXPECT_EQ(sjz->now.pm25, Decimal::FromInt(110));
  EXPECT_EQ(sjz->now.heavy_days, 1);
  EXPECT_EQ(sjz->baseline.pm25, Decimal::FromInt(100));
  EXPECT_EQ(sjz->pm25_change_percent, Decimal::FromInt(10));
  // Shijiazhuang has 12 assessment stations: 48 PM2.5 hours of 12 × 24 × 92 expected.
  EXPECT_EQ(sjz->now.pm25_coverage.expected, 12 * 24 * 92);
  EXPECT_EQ(sjz->now.pm25_coverage.present, 48);
  const RegionSeason& jjj = r->regions[0];
  EXPECT_EQ(jjj.region, campaign::Region::kJJJ);
  EXPECT_EQ(jjj.cities, 2);
  EXPECT_EQ(jjj.pm25, Decimal::FromInt(75));  // (110 + 40) / 2
  EXPECT_EQ(jjj.heavy_days_per_city, *Decimal::Parse("0.5"));
  ASSERT_TRUE(jjj.target.has_value());
  EXPECT_EQ(jjj.target->pm25_mean_max, Decimal::FromInt(63));
  EXPECT_EQ(r->regions[1].cities, 0);
}

TEST_F(AppTest, StationsImportAndCnemcCityFiles) {
  const auto stations =
      Write("st.csv", "code,name,city_code,lat,lon\n9001A,New,110000,39.9,116.4\n");
  auto r = app_->ImportStations({stations}, Operator());
  ASSERT_TRUE(r.Overall().ok());
  EXPECT_EQ(r.files[0].records, 1);
  const auto city =
      Write("china_cities_20201202.csv",
            "date,hour,type,北京,天津,某市\n20201202,1,PM2.5,55,60,70\n20201202,1,AQI,78,82,90\n");
  auto c = app_->ImportCnemc({city}, Opts(), core::NoProgress());
  ASSERT_TRUE(c.Overall().ok()) << c.Overall().ToString();
  EXPECT_EQ(c.files[0].kind, "cnemc-city");
  EXPECT_EQ(c.files[0].counts.added, 4);
  ASSERT_EQ(c.files[0].report.warnings().size(), 1u);
  auto beijing =
      app_->store().ReadSiteDay(storage::SiteLevel::kCity, "110000", Date::FromYmd(2020, 12, 2));
  ASSERT_TRUE(beijing->has_value());
  EXPECT_EQ((*beijing)->Of(aq::Published::kAqi).Get(0), Decimal::FromInt(78));
}

}  // namespace
}  // namespace lantian::app
