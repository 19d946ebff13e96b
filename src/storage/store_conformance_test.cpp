// The store conformance suite: every backend must pass it unchanged.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "storage/migrations.hpp"
#include "storage/store.hpp"

namespace lantian::storage {
namespace {

using core::Date;
using core::Decimal;

struct Backend {
  std::string name;
  // Returns a location for a fresh, empty store.
  std::function<std::string()> fresh;
};

void PrintTo(const Backend& b, std::ostream* os) { *os << b.name; }

std::string FreshSqlite() {
  static int n = 0;
  auto path =
      std::filesystem::temp_directory_path() /
      ("lantian_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++) + ".db");
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

// A new database in the PostgreSQL cluster named by LANTIAN_TEST_PG (a
// postgresql:///postgres?… URL of its maintenance database); "" without one.
std::string FreshPostgres() {
  const char* base = std::getenv("LANTIAN_TEST_PG");
  if (!base || !*base) return "";
  static int n = 0;
  const std::string name =
      "lantian_store_" + std::to_string(::getpid()) + "_" + std::to_string(n++);
  std::string admin(base);
  PGconn* c = PQconnectdb(admin.c_str());
  if (PQstatus(c) == CONNECTION_OK) {
    PQclear(PQexec(c, ("DROP DATABASE IF EXISTS " + name).c_str()));
    PQclear(PQexec(c, ("CREATE DATABASE " + name).c_str()));
  }
  PQfinish(c);
  const size_t slash = admin.find(":///") + 4, query = admin.find('?');
  return admin.substr(0, slash) + name + admin.substr(query);
}

class StoreTest : public testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    location_ = GetParam().fresh();
    if (location_.empty()) GTEST_SKIP() << "no PostgreSQL test cluster (LANTIAN_TEST_PG)";
    auto s = OpenStore(location_);
    ASSERT_TRUE(s.has_value()) << s.status().ToString();
    store_ = std::move(*s);
    ASSERT_TRUE(store_->Migrate().ok());
  }
  std::unique_ptr<Store> Reopen() {
    store_.reset();
    auto s = OpenStore(location_);
    EXPECT_TRUE(s.has_value());
    return std::move(*s);
  }

  static std::vector<aq::Station> TwoStations() {
    return {{"1001A", "万寿西宫", "110000", 39.8784, 116.3621, false, std::nullopt},
            {"1002A", "定陵", "110000", 40.2915, 116.2202, true, Date::FromYmd(2020, 1, 2)}};
  }

  std::string location_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, MigratesOnceAndKeepsItsVersion) {
  const int latest = Migrations().back().version;
  EXPECT_EQ(*store_->SchemaVersion(), latest);
  ASSERT_TRUE(store_->Migrate().ok());
  EXPECT_EQ(*store_->SchemaVersion(), latest);
  store_ = Reopen();
  EXPECT_EQ(*store_->SchemaVersion(), latest);
}

TEST_P(StoreTest, AnEmptyStoreHasNoLatestDay) {
  EXPECT_FALSE(store_->LatestStationDay()->has_value());
}

TEST_P(StoreTest, ReferenceDataRoundTrips) {
  std::vector<campaign::Unit> units = {
      {"110000", "北京市", "Beijing", "北京市", campaign::Region::kJJJ, "municipality", 39.9, 116.4,
       "2+26"},
      {"610100", "西安市", "Xi'an", "陕西省", campaign::Region::kFW, "prefecture", std::nullopt,
       std::nullopt, "Fenwei"}};
  ASSERT_TRUE(store_->ReplaceUnits(units).ok());
  EXPECT_EQ(*store_->Units(), units);
  ASSERT_TRUE(store_->ReplaceUnits(std::span(units).first(1)).ok());
  EXPECT_EQ(store_->Units()->size(), 1u);

  std::vector<campaign::RegionalTarget> targets = {
      {campaign::Region::kJJJ,
       "2020Q4",
       {Date::FromYmd(2020, 10, 1), Date::FromYmd(2020, 12, 31)},
       Decimal::FromInt(63),
       *Decimal::Parse("5.5")}};
  ASSERT_TRUE(store_->ReplaceRegionalTargets(targets).ok());
  EXPECT_EQ(*store_->RegionalTargets(), targets);

  std::vector<ledger::KeyTask> tasks = {{"T08", "八", "散煤替代", "households", "万户", "JJJ+FW",
                                         Decimal::FromInt(709), "2020-10-31",
                                         ledger::Comparison::kAtLeast}};
  ASSERT_TRUE(store_->ReplaceKeyTasks(tasks).ok());
  EXPECT_EQ(*store_->KeyTasks(), tasks);

  auto stations = TwoStations();
  ASSERT_TRUE(store_->UpsertStations(stations).ok());
  EXPECT_EQ(*store_->Stations(), stations);
  stations[0].name = "万寿西宫（更名）";
  ASSERT_TRUE(store_->UpsertStations(std::span(stations).first(1)).ok());
  EXPECT_EQ(store_->Stations()->at(0).name, "万寿西宫（更名）");
  EXPECT_EQ(store_->Stations()->size(), 2u);
}

TEST_P(StoreTest, SiteDaysRoundTripAndScanInOrder) {
  ASSERT_TRUE(store_->UpsertStations(TwoStations()).ok());
  auto src = store_->AddSource({0, "long-csv", "a.csv", false, "2026-01-01 00:00:00", ""});
  ASSERT_TRUE(src.has_value());
  aq::SiteDay day;
  day.date = Date::FromYmd(2020, 10, 1);
  day.Measured(aq::Pollutant::kPM25).Set(0, Decimal::FromInt(53));
  day.Measured(aq::Pollutant::kCO).Set(23, *Decimal::Parse("1.25"));
  day.Of(aq::Published::kAqi).Set(5, Decimal::FromInt(73));
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1002A", day, *src).ok());
  auto back = store_->ReadSiteDay(SiteLevel::kStation, "1002A", day.date);
  ASSERT_TRUE(back.has_value() && back->has_value());
  EXPECT_EQ(**back, day);
  EXPECT_FALSE(store_->ReadSiteDay(SiteLevel::kStation, "1002A", day.date + 1)->has_value());
  auto missing = store_->WriteSiteDay(SiteLevel::kStation, "9999Z", day, *src);
  EXPECT_EQ(missing.code(), core::ErrorCode::kNotFound);

  aq::SiteDay other = day;
  other.date = day.date + 1;
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1001A", other, *src).ok());
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1001A", day, *src).ok());
  day.Measured(aq::Pollutant::kPM25).Set(1, Decimal::FromInt(54));  // overwrite
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1001A", day, *src).ok());

  std::vector<std::pair<std::string, int32_t>> seen;
  auto visit = [&](std::string_view id, const aq::SiteDay& d) {
    seen.emplace_back(std::string(id), d.date.days);
    return core::Status::Ok();
  };
  core::Period all{Date::FromYmd(2020, 1, 1), Date::FromYmd(2020, 12, 31)};
  ASSERT_TRUE(store_->ScanSiteDays(SiteLevel::kStation, {}, all, visit).ok());
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0], std::make_pair(std::string("1001A"), day.date.days));
  EXPECT_EQ(seen[1], std::make_pair(std::string("1001A"), day.date.days + 1));
  EXPECT_EQ(seen[2].first, "1002A");
  seen.clear();
  std::vector<std::string> only = {"1002A", "unknown"};
  ASSERT_TRUE(store_->ScanSiteDays(SiteLevel::kStation, only, all, visit).ok());
  EXPECT_EQ(seen.size(), 1u);
  seen.clear();
  ASSERT_TRUE(
      store_->ScanSiteDays(SiteLevel::kStation, {}, {day.date + 1, day.date + 1}, visit).ok());
  EXPECT_EQ(seen.size(), 1u);
  EXPECT_EQ(store_->ReadSiteDay(SiteLevel::kStation, "1001A", day.date)->value(), day);
  EXPECT_EQ(store_->LatestStationDay()->value(), day.date + 1);

  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kCity, "110000", day, *src).ok());
  EXPECT_EQ(store_->ReadSiteDay(SiteLevel::kCity, "110000", day.date)->value(), day);
  seen.clear();
  ASSERT_TRUE(store_->ScanSiteDays(SiteLevel::kCity, {}, all, visit).ok());
  EXPECT_EQ(seen.size(), 1u);

  // A visitor error stops the scan.
  auto stop = store_->ScanSiteDays(
      SiteLevel::kStation, {}, all,
      [](std::string_view, const aq::SiteDay&) { return core::Conflict("stop"); });
  EXPECT_EQ(stop.code(), core::ErrorCode::kConflict);
}

TEST_P(StoreTest, RollbackKeepsNothing) {
  ASSERT_TRUE(store_->UpsertStations(TwoStations()).ok());
  aq::SiteDay day;
  day.date = Date::FromYmd(2020, 10, 1);
  day.Measured(aq::Pollutant::kSO2).Set(3, Decimal::FromInt(9));
  auto failed = InTransaction(*store_, [&] {
    auto src = store_->AddSource({0, "long-csv", "b.csv", false, "now", ""});
    if (!src) return src.error();
    LANTIAN_RETURN_IF_ERROR(store_->WriteSiteDay(SiteLevel::kStation, "1001A", day, *src));
    return core::InvalidInput("bad row later in the file");
  });
  EXPECT_EQ(failed.code(), core::ErrorCode::kInvalidInput);
  EXPECT_FALSE(store_->ReadSiteDay(SiteLevel::kStation, "1001A", day.date)->has_value());
  EXPECT_TRUE(store_->Sources()->empty());
  store_ = Reopen();
  EXPECT_FALSE(store_->ReadSiteDay(SiteLevel::kStation, "1001A", day.date)->has_value());
}

TEST_P(StoreTest, ProvenanceSyntheticFlagAndDust) {
  ASSERT_TRUE(store_->UpsertStations(TwoStations()).ok());
  core::Period oct{Date::FromYmd(2020, 10, 1), Date::FromYmd(2020, 10, 31)};
  EXPECT_FALSE(*store_->HasSyntheticData(SiteLevel::kStation, oct));
  auto real = store_->AddSource({0, "long-csv", "a.csv", false, "t", ""});
  auto demo = store_->AddSource({0, "demo-data", "seed 1", true, "t", "synthetic"});
  aq::SiteDay day;
  day.date = Date::FromYmd(2020, 10, 5);
  day.Measured(aq::Pollutant::kPM25).Set(0, Decimal::FromInt(1));
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1001A", day, *real).ok());
  EXPECT_FALSE(*store_->HasSyntheticData(SiteLevel::kStation, oct));
  day.date = Date::FromYmd(2020, 11, 5);
  ASSERT_TRUE(store_->WriteSiteDay(SiteLevel::kStation, "1001A", day, *demo).ok());
  EXPECT_FALSE(*store_->HasSyntheticData(SiteLevel::kStation, oct));
  EXPECT_TRUE(*store_->HasSyntheticData(SiteLevel::kStation, {oct.first, day.date}));
  auto sources = store_->Sources();
  ASSERT_EQ(sources->size(), 2u);
  EXPECT_TRUE(sources->at(1).synthetic);

  ASSERT_TRUE(store_->RecordImport({0, *real, "a.csv", "long-csv", "t", 5, 1, 2, 3}).ok());
  auto imports = store_->Imports();
  ASSERT_EQ(imports->size(), 1u);
  EXPECT_EQ(imports->at(0).values_rejected, 3);

  ASSERT_TRUE(store_->MarkDustDay({"110000", Date::FromYmd(2021, 3, 15), *demo, "dust"}).ok());
  ASSERT_TRUE(
      store_->MarkDustDay({"110000", Date::FromYmd(2021, 3, 15), *demo, "dust again"}).ok());
  auto dust = store_->DustDays({Date::FromYmd(2021, 3, 1), Date::FromYmd(2021, 3, 31)});
  ASSERT_EQ(dust->size(), 1u);
  EXPECT_EQ(dust->at(0).note, "dust again");
}

TEST_P(StoreTest, CampaignTablesRoundTrip) {
  auto src = store_->AddSource({0, "city-targets", "targets.csv", false, "t", ""});
  ASSERT_TRUE(src);
  campaign::CityTarget a{.city_code = "130100",
                         .phase = "2020Q4",
                         .pm25 = *Decimal::Parse("59.5"),
                         .heavy_days = 7,
                         .baseline_pm25 = Decimal::FromInt(66),
                         .baseline_heavy_days = 11,
                         .note = "annex"};
  campaign::CityTarget b{
      .city_code = "110000", .phase = "2020Q4", .pm25 = Decimal::FromInt(45), .heavy_days = 2};
  campaign::CityTarget c = b;
  c.phase = "2021Q1";
  ASSERT_TRUE(store_->ReplaceCityTargets("2020Q4", std::vector{a, b}, *src).ok());
  ASSERT_TRUE(store_->ReplaceCityTargets("2021Q1", std::vector{c}, *src).ok());
  // Replacing 2020Q4 keeps 2021Q1.
  ASSERT_TRUE(store_->ReplaceCityTargets("2020Q4", std::vector{a}, *src).ok());
  auto targets = store_->CityTargets();
  ASSERT_TRUE(targets);
  ASSERT_EQ(targets->size(), 2u);
  EXPECT_EQ(targets->at(0), a);
  EXPECT_EQ(targets->at(1).phase, "2021Q1");
  EXPECT_FALSE(targets->at(1).baseline_pm25);
  EXPECT_FALSE(targets->at(1).baseline_heavy_days);

  std::vector<campaign::Tier> tiers = {
      {"2020Q4", 1, Decimal::FromInt(80), *Decimal::Parse("4.5"), 10, 4},
      {"2020Q4", 2, Decimal::FromInt(0), Decimal::FromInt(3), 0, 2}};
  std::vector<campaign::StricterTarget> stricter = {
      {"130100", "", Decimal::FromInt(1), 2, "behind trajectory"}};
  ASSERT_TRUE(store_->ReplaceTierRule(tiers, stricter).ok());
  EXPECT_EQ(*store_->TierRule(), tiers);
  EXPECT_EQ(*store_->StricterTargets(), stricter);

  campaign::DustfallReading d{"130100", Date::FromYmd(2020, 11, 1), *Decimal::Parse("9.4"), ""};
  ASSERT_TRUE(store_->UpsertDustfall(d, *src).ok());
  d.value = *Decimal::Parse("8.7");
  ASSERT_TRUE(store_->UpsertDustfall(d, *src).ok());
  ASSERT_TRUE(
      store_->UpsertDustfall({"110000", Date::FromYmd(2020, 12, 1), Decimal::FromInt(5), "x"}, *src)
          .ok());
  auto november = store_->Dustfall({Date::FromYmd(2020, 11, 1), Date::FromYmd(2020, 11, 30)});
  ASSERT_EQ(november->size(), 1u);
  EXPECT_EQ(november->at(0), d);
  EXPECT_EQ(store_->Dustfall({Date::FromYmd(2020, 10, 1), Date::FromYmd(2020, 12, 31)})->size(),
            2u);

  FalsificationFinding f{0,
                         "130500",
                         "2021Q1",
                         Date::FromYmd(2021, 2, 3),
                         "sampler tampered",
                         "ministry",
                         "2021-02-04 10:00:00"};
  auto id = store_->AddFalsificationFinding(f);
  ASSERT_TRUE(id);
  auto findings = store_->FalsificationFindings();
  ASSERT_EQ(findings->size(), 1u);
  EXPECT_EQ(findings->at(0).id, *id);
  EXPECT_EQ(findings->at(0).description, "sampler tampered");
  EXPECT_EQ(findings->at(0).found_on, Date::FromYmd(2021, 2, 3));

  ASSERT_TRUE(store_->MarkDustDay({"110000", Date::FromYmd(2021, 3, 15), *src, "dust"}).ok());
  EXPECT_TRUE(*store_->UnmarkDustDay("110000", Date::FromYmd(2021, 3, 15)));
  EXPECT_FALSE(*store_->UnmarkDustDay("110000", Date::FromYmd(2021, 3, 15)));
}

TEST_P(StoreTest, ForecastsAlertStepsAndPrompts) {
  ForecastRun run{0,    "京津冀区域中心", "2020-12-08 16:00:00", "daily", "fc.csv",
                  "ab", "cli:root",       "2020-12-08 16:05:00"};
  std::vector<ForecastValue> values{{"130100", "2020-12-10", 230, 200, 250},
                                    {"110000", "2020-12-10", 180, std::nullopt, std::nullopt}};
  auto id = store_->AddForecastRun(run, values);
  ASSERT_TRUE(id) << id.error().message();
  // The same issuer, time and kind again is refused; another time is a new run.
  auto twice = store_->AddForecastRun(run, values);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code(), core::ErrorCode::kConflict);
  ForecastRun later = run;
  later.issued_at = "2020-12-09 16:00:00";
  ASSERT_TRUE(store_->AddForecastRun(later, {}));
  auto runs = store_->ForecastRuns();
  ASSERT_EQ(runs->size(), 2u);
  run.id = *id;
  EXPECT_EQ(runs->at(0), run);
  auto stored = store_->ForecastValues(*id);
  ASSERT_EQ(stored->size(), 2u);
  EXPECT_EQ(stored->at(0), values[1]);  // by city: 110000 first
  EXPECT_EQ(stored->at(1), values[0]);

  AlertStepRecord step{0,
                       "130100",
                       "issue",
                       "orange",
                       "2020-12-09 10:00:00",
                       "石家庄市政府",
                       *id,
                       "note",
                       "cli:root",
                       "2020-12-09 10:01:00"};
  auto step_id = store_->AddAlertStep(step);
  ASSERT_TRUE(step_id);
  step.id = *step_id;
  auto steps = store_->AlertSteps();
  ASSERT_EQ(steps->size(), 1u);
  EXPECT_EQ(steps->at(0), step);

  RegionalPrompt prompt{
      0,
      "JJJ",
      "orange",
      Date::FromYmd(2020, 12, 10),
      Date::FromYmd(2020, 12, 13),
      "2020-12-08 18:00:00",
      "2020-12-09 12:00:00",
      *id,
      "ministry",
      "",
      {{"130100", false, "2020-12-08 18:00:00"}, {"110000", false, "2020-12-08 18:00:00"}}};
  auto prompt_id = store_->AddRegionalPrompt(prompt);
  ASSERT_TRUE(prompt_id);
  ASSERT_TRUE(store_->AddPromptCity(*prompt_id, {"徐州", true, "2020-12-08 19:00:00"}).ok());
  EXPECT_EQ(store_->AddPromptCity(*prompt_id, {"徐州", true, "2020-12-08 19:30:00"}).code(),
            core::ErrorCode::kConflict);
  auto prompts = store_->RegionalPrompts();
  ASSERT_EQ(prompts->size(), 1u);
  prompt.id = *prompt_id;
  prompt.cities = {{"110000", false, "2020-12-08 18:00:00"},
                   {"130100", false, "2020-12-08 18:00:00"},
                   {"徐州", true, "2020-12-08 19:00:00"}};
  EXPECT_EQ(prompts->at(0), prompt);
}

TEST_P(StoreTest, EmergencyListVersionsStepsAndInventories) {
  ListVersion v{0,
                "130100",
                1,
                "draft",
                "{\"enterprises\":[]}",
                "list.xlsx",
                "ab",
                "sjz",
                "2020-10-20 09:00:00"};
  auto id = store_->AddListVersion(v);
  ASSERT_TRUE(id) << id.error().message();
  EXPECT_EQ(store_->AddListVersion(v).error().code(), core::ErrorCode::kConflict);
  ListVersion v2 = v;
  v2.version = 2;
  ASSERT_TRUE(store_->AddListVersion(v2));
  ASSERT_TRUE(store_->AddListVersion({0, "140100", 1, "draft", "{}", "t.csv", "cd", "ty", "x"}));
  ASSERT_TRUE(store_->SetListStatus(*id, "submitted").ok());
  EXPECT_EQ(store_->SetListStatus(9999, "submitted").code(), core::ErrorCode::kNotFound);
  auto sjz = store_->ListVersions("130100");
  ASSERT_EQ(sjz->size(), 2u);
  v.id = *id;
  v.status = "submitted";
  EXPECT_EQ(sjz->at(0), v);
  EXPECT_EQ(store_->ListVersions("")->size(), 3u);

  ListStepRecord step{0, *id, "submit", "", "sjz", "2020-10-20 10:00:00"};
  auto step_id = store_->AddListStep(step);
  ASSERT_TRUE(step_id);
  step.id = *step_id;
  EXPECT_EQ(*store_->ListSteps(*id), std::vector<ListStepRecord>{step});

  SheetConfirmation c{0, *id, "91130100MA0CEMT01Q", "cement", "2020-10-21 09:00:00", "已确认"};
  auto c_id = store_->AddSheetConfirmation(c);
  ASSERT_TRUE(c_id);
  c.id = *c_id;
  EXPECT_EQ(store_->AddSheetConfirmation(c).error().code(), core::ErrorCode::kConflict);
  EXPECT_EQ(*store_->SheetConfirmations(*id), std::vector<SheetConfirmation>{c});
  EXPECT_TRUE(store_->SheetConfirmations(*id + 1000)->empty());

  ProvinceListTable t{"河北省", "templates", "industry,grade,level,min_percent\n",
                      "t.csv",  "hebei",     "2020-10-01 09:00:00"};
  ASSERT_TRUE(store_->PutProvinceListTable(t).ok());
  t.file = "t2.csv";
  ASSERT_TRUE(store_->PutProvinceListTable(t).ok());  // replaced, not added
  ProvinceListTable i{"山西省", "industries", "code\nx\n",
                      "i.csv",  "shanxi",     "2020-10-02 09:00:00"};
  ASSERT_TRUE(store_->PutProvinceListTable(i).ok());
  EXPECT_EQ(*store_->ProvinceListTables("河北省"), std::vector<ProvinceListTable>{t});
  EXPECT_EQ(*store_->ProvinceListTables(""), (std::vector<ProvinceListTable>{i, t}));

  std::vector<InventoryRow> rows{{"130100", "NOx", 2000, "2019"}, {"130100", "SO2", 1000, "2019"}};
  ASSERT_TRUE(store_->ReplaceInventory("130100", rows).ok());
  ASSERT_TRUE(store_->ReplaceInventory("130100", rows).ok());  // replaced, not added
  EXPECT_EQ(*store_->Inventory("130100"), rows);
  EXPECT_TRUE(store_->Inventory("140100")->empty());
}

TEST_P(StoreTest, MonitoringDevicesPacketsAndValues) {
  MonitoringDevice d{"MN0001", "91130100MA0CEMT01Q", "130100", "DA001", "a21026,a34013", "ab12",
                     "hebei",  "2020-11-01 09:00:00"};
  ASSERT_TRUE(store_->PutMonitoringDevice(d).ok());
  d.outlet = "DA002";
  ASSERT_TRUE(store_->PutMonitoringDevice(d).ok());  // replaced by MN
  EXPECT_EQ(*store_->MonitoringDevices(), std::vector<MonitoringDevice>{d});

  MonitoringBatch batch;
  batch.packets = {{0, "MN0001", "2061", "20201201100000000", "2020-12-01 10:00:00",
                    "2020-12-01 10:00:05", "127.0.0.1:4000", "##0010\"quoted\" {a,b}"},
                   {0, "MN0001", "2011", "", "", "2020-12-01 10:00:06", "127.0.0.1:4000", "x"},
                   {0, "MN0002", "2011", "", "", "2020-12-01 10:00:07", "127.0.0.1:4001", "y"}};
  MonitoringValue so2{"MN0001", "hourly", "2020-12-01 10:00:00", "a21026", std::nullopt, 20.5, 10.0,
                      31.25,    1.5e-3,   std::nullopt,          24.0,     "N"};
  MonitoringValue pm{"MN0001",     "hourly",     "2020-12-01 10:00:00", "a34013",
                     std::nullopt, 5.0,          std::nullopt,          std::nullopt,
                     std::nullopt, std::nullopt, std::nullopt,          ""};
  MonitoringValue resent = so2;
  resent.avg = 21.0;
  resent.flag = "M";
  batch.values = {so2, pm, resent};  // the same key twice in a batch: the last wins
  batch.rejections = {{0, "2020-12-01 10:00:08", "10.0.0.9:5000", "", "unknown device"}};
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->AddMonitoringBatch(batch).ok());
  ASSERT_TRUE(store_->Commit().ok());

  EXPECT_EQ(*store_->MonitoringValues({"MN0001", "hourly", "", ""}),
            (std::vector<MonitoringValue>{resent, pm}));
  EXPECT_TRUE(store_->MonitoringValues({"MN0001", "daily", "", ""})->empty());
  EXPECT_TRUE(store_->MonitoringValues({"MN0001", "", "2020-12-01 11:00:00", ""})->empty());
  EXPECT_EQ(store_->MonitoringValues({"MN0001", "", "", "2020-12-01 10:00:00"})->size(), 2u);

  auto packets = store_->MonitoringPackets("MN0001", 0, 10);
  ASSERT_TRUE(packets);
  ASSERT_EQ(packets->size(), 2u);
  EXPECT_EQ((*packets)[0].frame, batch.packets[0].frame);
  EXPECT_EQ((*packets)[1].cn, "2011");
  EXPECT_EQ(store_->MonitoringPackets("MN0001", (*packets)[0].id, 10)->size(), 1u);
  EXPECT_EQ(store_->MonitoringPackets("MN0001", 0, 1)->size(), 1u);
  auto hourly = store_->MonitoringPacketsOf("MN0001", "2061", "2020-12-01 10:00:00", "");
  ASSERT_TRUE(hourly);
  ASSERT_EQ(hourly->size(), 1u);
  EXPECT_EQ((*hourly)[0].qn, "20201201100000000");
  EXPECT_TRUE(store_->MonitoringPacketsOf("MN0001", "2061", "", "2020-12-01 09:59:59")->empty());
  EXPECT_TRUE(store_->MonitoringPacketsOf("MN0001", "2031", "", "")->empty());

  auto activity = store_->DeviceActivities();
  ASSERT_TRUE(activity);
  ASSERT_EQ(activity->size(), 2u);
  EXPECT_EQ((*activity)[0].mn, "MN0001");
  EXPECT_EQ((*activity)[0].packets, 2);
  EXPECT_EQ((*activity)[0].last_received_at, "2020-12-01 10:00:06");
  EXPECT_EQ((*activity)[1].packets, 1);

  std::vector<OutletLimitRow> limits{{"91130100MA0CEMT01Q", "DA001", "a21026", "130100", 35, 35, 6,
                                      "hebei", "2020-11-01 09:00:00"},
                                     {"91130100MA0CEMT01Q", "DA001", "a34013", "130100", 10,
                                      std::nullopt, std::nullopt, "hebei", "2020-11-01 09:00:00"}};
  ASSERT_TRUE(store_->PutOutletLimits(limits).ok());
  std::vector<OutletLimitRow> again{limits[0]};
  again[0].ordinary = 50;
  ASSERT_TRUE(store_->PutOutletLimits(again).ok());  // the outlet's limits replaced
  EXPECT_EQ(*store_->OutletLimits("91130100MA0CEMT01Q"), again);
  EXPECT_TRUE(store_->OutletLimits("91130100MA0PNT001K")->empty());
  EXPECT_EQ(store_->OutletLimits("")->size(), 1u);

  MonitoringFinding f{0,
                      "MN0001",
                      "a21026",
                      "pinned",
                      "2020-12-01 00:00:00",
                      "2021-01-01 00:00:00",
                      "600 of 700 hours",
                      "2021-01-02 09:00:00",
                      "open",
                      "",
                      "",
                      ""};
  EXPECT_TRUE(*store_->AddMonitoringFinding(f));
  EXPECT_FALSE(*store_->AddMonitoringFinding(f));  // found again: kept once
  auto open = store_->MonitoringFindings("MN0001", "open");
  ASSERT_TRUE(open);
  ASSERT_EQ(open->size(), 1u);
  f.id = (*open)[0].id;
  EXPECT_EQ((*open)[0], f);
  ASSERT_TRUE(
      store_->ReviewMonitoringFinding(f.id, "confirmed", "sjz", "2021-01-03 10:00:00", "现场核实")
          .ok());
  EXPECT_TRUE(store_->MonitoringFindings("", "open")->empty());
  EXPECT_EQ((*store_->MonitoringFindings("", "confirmed"))[0].note, "现场核实");
  EXPECT_EQ(store_->ReviewMonitoringFinding(f.id + 99, "dismissed", "x", "y", "").code(),
            core::ErrorCode::kNotFound);

  std::vector<ElectricityMeter> meters{
      {"E-1", "91130100MA0CEMT01Q", "130100", "1", "production", "", "hebei", "2020-11-01"},
      {"E-1T", "91130100MA0CEMT01Q", "130100", "1", "treatment", "脱硫", "hebei", "2020-11-01"}};
  ASSERT_TRUE(store_->PutElectricityMeters(meters).ok());
  ASSERT_TRUE(store_->PutElectricityMeters(meters).ok());  // replaced, not added
  EXPECT_EQ(*store_->ElectricityMeters("130100"), meters);
  EXPECT_TRUE(store_->ElectricityMeters("140100")->empty());
  std::vector<ElectricityReading> readings{{"E-1", "2020-12-10 00:15:00", 500},
                                           {"E-1", "2020-12-10 00:30:00", 480.5},
                                           {"E-1", "2020-12-10 00:15:00", 510}};
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutElectricityReadings(readings).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(*store_->ElectricityReadings("E-1", "", ""),
            (std::vector<ElectricityReading>{{"E-1", "2020-12-10 00:15:00", 510},
                                             {"E-1", "2020-12-10 00:30:00", 480.5}}));
  EXPECT_EQ(store_->ElectricityReadings("E-1", "2020-12-10 00:20:00", "")->size(), 1u);

  auto rejections = store_->DeviceRejections(10);
  ASSERT_TRUE(rejections);
  ASSERT_EQ(rejections->size(), 1u);
  EXPECT_EQ((*rejections)[0].reason, "unknown device");
}

TEST_P(StoreTest, EnforcementTasksOpenedOnceAndClosed) {
  EnforcementTask t{0,
                    "130100",
                    "91130100MA0CEMT01Q",
                    "load-cut",
                    "load:E-1:2020-12-10 00:00:00",
                    "生产线 1 未按措施降低负荷",
                    "load cut 0 %, the measure asks 30 %",
                    "hebei",
                    "2021-01-05 09:00:00",
                    "2021-02-04",
                    "open",
                    "",
                    "",
                    ""};
  auto id = store_->AddEnforcementTask(t);
  ASSERT_TRUE(id.has_value()) << id.status().ToString();
  ASSERT_TRUE(id->has_value());
  t.id = **id;
  EXPECT_FALSE(store_->AddEnforcementTask(t)->has_value());  // the same source: once
  EnforcementTask other = t;
  other.city_code = "610100";
  other.source_key = "treatment:E-9-T:2020-12-10 21:00:00";
  auto other_id = store_->AddEnforcementTask(other);
  ASSERT_TRUE(other_id.has_value() && other_id->has_value());
  other.id = **other_id;
  EXPECT_EQ(*store_->EnforcementTasks("130100", ""), std::vector<EnforcementTask>{t});
  EXPECT_EQ(store_->EnforcementTasks("", "open")->size(), 2u);
  ASSERT_TRUE(store_->CloseEnforcementTask(t.id, "sjz", "2021-01-20 10:00:00", "已处罚").ok());
  t.status = "closed";
  t.closed_by = "sjz";
  t.closed_at = "2021-01-20 10:00:00";
  t.note = "已处罚";
  EXPECT_EQ(*store_->EnforcementTasks("", "closed"), std::vector<EnforcementTask>{t});
  EXPECT_EQ(*store_->EnforcementTasks("", "open"), std::vector<EnforcementTask>{other});
  EXPECT_EQ(store_->CloseEnforcementTask(999, "x", "y", "z").code(), core::ErrorCode::kNotFound);
}

TEST_P(StoreTest, TaskLedgerUnitsReportsAndEvents) {
  ledger::TaskUnit root{"T08-heating",
                        "JJJ+FW",
                        "",
                        ledger::Level::kRegion,
                        "京津冀及周边地区、汾渭平原",
                        *core::Decimal::Parse("709"),
                        "2020-10-31",
                        ledger::Rhythm::kMonthly,
                        "2020-09-01",
                        std::nullopt,
                        "",
                        "",
                        "init",
                        "2020-09-01 00:00:00"};
  ledger::TaskUnit hebei = root;
  hebei.unit = "河北省";
  hebei.parent = "JJJ+FW";
  hebei.level = ledger::Level::kProvince;
  hebei.name = "河北省";
  hebei.target = *core::Decimal::Parse("337.5");
  hebei.start_value = core::Decimal::FromInt(12);
  hebei.rhythm = ledger::Rhythm::kWeekly;
  std::vector<ledger::TaskUnit> units{root, hebei};
  ASSERT_TRUE(store_->PutTaskUnits(units).ok());
  EXPECT_EQ(*store_->TaskUnits("T08-heating"), units);
  hebei.responsible_name = "李四";  // replaced in place, keeps its order
  ASSERT_TRUE(store_->PutTaskUnits(std::vector{hebei}).ok());
  EXPECT_EQ(*store_->TaskUnits(""), (std::vector{root, hebei}));
  ASSERT_TRUE(store_->DeleteTaskUnits("T08-heating", std::vector<std::string>{"河北省"}).ok());
  EXPECT_EQ(*store_->TaskUnits("T08-heating"), std::vector{root});
  EXPECT_TRUE(store_->TaskUnits("T11-ule")->empty());

  TaskReport r{0,
               "T08-heating",
               "河北省",
               "2020-09-30",
               *core::Decimal::Parse("120.25"),
               "a.pdf\nb.jpg",
               "进展顺利",
               "hebei",
               "2020-10-02 10:00:00"};
  auto id = store_->AddTaskReport(r);
  ASSERT_TRUE(id.has_value()) << id.status().ToString();
  r.id = *id;
  EXPECT_EQ(*store_->TaskReports("T08-heating"), std::vector{r});
  EXPECT_TRUE(store_->TaskReports("T11-ule")->empty());
  TaskEvent e{0,     "T08-heating",         "河北省",   "close",
              "jjj", "2020-11-02 10:00:00", "验收.pdf", "完成"};
  auto eid = store_->AddTaskEvent(e);
  ASSERT_TRUE(eid.has_value());
  e.id = *eid;
  EXPECT_EQ(*store_->TaskEvents(""), std::vector{e});
}

TEST_P(StoreTest, ProblemsOnceBySourceUpdatedWithHistory) {
  Problem p{0,
            "130100",
            "130102",
            "91130100MA0CEMT01Q",
            "料场",
            "工业企业",
            "料场未苫盖",
            "enforcement",
            "enforcement:7",
            "hebei",
            "2020-12-01 10:00:00",
            "a.jpg\nb.jpg",
            "2020-12-31",
            "",
            "found",
            0,
            "2020-12-01 10:00:00"};
  auto id = store_->AddProblem(p);
  ASSERT_TRUE(id.has_value() && id->has_value()) << id.status().ToString();
  p.id = **id;
  EXPECT_FALSE(store_->AddProblem(p)->has_value());  // the same source: once
  Problem by_hand = p;
  by_hand.source = "inspection";
  by_hand.source_ref = "";
  by_hand.rebound_of = p.id;
  auto second = store_->AddProblem(by_hand);
  ASSERT_TRUE(second.has_value() && second->has_value());
  by_hand.id = **second;
  auto third = store_->AddProblem(by_hand);  // by hand: no source to be unique on
  ASSERT_TRUE(third.has_value() && third->has_value());
  ASSERT_TRUE(
      store_->UpdateProblem(p.id, "planned", "苫盖并洒水", "2021-01-10", "2020-12-02 09:00:00")
          .ok());
  p.status = "planned";
  p.plan = "苫盖并洒水";
  p.deadline = "2021-01-10";
  p.updated_at = "2020-12-02 09:00:00";
  auto all = store_->Problems("130100");
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0], p);
  EXPECT_EQ((*all)[1], by_hand);
  EXPECT_TRUE(store_->Problems("610100")->empty());
  EXPECT_EQ(store_->UpdateProblem(999, "x", "", "", "").code(), core::ErrorCode::kNotFound);
  ProblemEvent e{0, p.id, "plan", "sjz", "2020-12-02 09:00:00", "planned", "", "苫盖并洒水"};
  auto eid = store_->AddProblemEvent(e);
  ASSERT_TRUE(eid.has_value());
  e.id = *eid;
  EXPECT_EQ(*store_->ProblemEvents(p.id), std::vector{e});
  EXPECT_EQ(*store_->ProblemEvents(0), std::vector{e});
  EXPECT_TRUE(store_->ProblemEvents(by_hand.id)->empty());
}

TEST_P(StoreTest, WorkshopsWithHistoryAndPowerAccounts) {
  Workshop w{0,
             "130100",
             "130182",
             "廉州镇",
             "无名塑料颗粒加工点",
             "藁城区廉州镇东关村12号",
             38.025,
             114.8512,
             "塑料颗粒",
             "无环评、无治理设施",
             "electricity",
             "account:0301002211",
             "sjz",
             "2020-11-05 09:00:00",
             "a.jpg",
             "2020-11-20",
             "found",
             0,
             "2020-11-05 09:00:00"};
  auto id = store_->AddWorkshop(w);
  ASSERT_TRUE(id.has_value()) << id.status().ToString();
  w.id = *id;
  Workshop again = w;
  again.lat.reset();
  again.lon.reset();
  again.rebound_of = w.id;
  auto second = store_->AddWorkshop(again);
  ASSERT_TRUE(second.has_value());
  again.id = *second;
  ASSERT_TRUE(store_->UpdateWorkshop(w.id, "to-close", "2020-11-30", "2020-11-06 10:00:00").ok());
  w.status = "to-close";
  w.deadline = "2020-11-30";
  w.updated_at = "2020-11-06 10:00:00";
  auto all = store_->Workshops("130100");
  ASSERT_TRUE(all.has_value());
  EXPECT_EQ(*all, (std::vector<Workshop>{w, again}));
  EXPECT_EQ(store_->Workshops("")->size(), 2u);
  EXPECT_TRUE(store_->Workshops("610100")->empty());
  EXPECT_EQ(store_->UpdateWorkshop(999, "x", "", "").code(), core::ErrorCode::kNotFound);
  WorkshopEvent e{0,          w.id, "assess-close", "gaocheng", "2020-11-06 10:00:00",
                  "to-close", "",   "无法整改达标"};
  auto eid = store_->AddWorkshopEvent(e);
  ASSERT_TRUE(eid.has_value());
  e.id = *eid;
  EXPECT_EQ(*store_->WorkshopEvents(w.id), std::vector{e});
  EXPECT_EQ(*store_->WorkshopEvents(0), std::vector{e});
  EXPECT_TRUE(store_->WorkshopEvents(again.id)->empty());

  std::vector<PowerAccount> accounts{
      {"0301002211", "130100", "130182", "张某", "藁城区廉州镇东关村12号", 38.025, 114.8512, "居民",
       "200", "sjz", "2020-11-01 08:00:00"},
      {"0301002212", "130100", "", "某超市", "长安区中山东路1号", std::nullopt, std::nullopt,
       "商业", "315", "sjz", "2020-11-01 08:00:00"}};
  ASSERT_TRUE(store_->PutPowerAccounts(accounts).ok());
  accounts[0].tariff = "工业";  // replaced by account number
  ASSERT_TRUE(store_->PutPowerAccounts(std::span(accounts).first(1)).ok());
  EXPECT_EQ(*store_->PowerAccounts("130100"), accounts);
  EXPECT_TRUE(store_->PowerAccounts("130200")->empty());
}

TEST_P(StoreTest, NetworkSitesAndSourceOutletsReplacedByKey) {
  std::vector<NetworkSiteRow> sites{
      {"V-1", "vocs", "130100", "", "世纪公园 VOCs 站", "", "", "38.04", "114.51", "yes",
       "2020-09-01", "sjz", "2020-10-01 09:00:00"},
      {"T-1", "traffic", "120000", "", "天津港交通站", "port", "天津港", "", "", "no", "2020-12-20",
       "tj", "2020-10-01 09:00:00"}};
  ASSERT_TRUE(store_->PutNetworkSites(sites).ok());
  sites[1].connected = "yes";
  ASSERT_TRUE(store_->PutNetworkSites(std::span(sites).subspan(1)).ok());
  EXPECT_EQ(*store_->NetworkSites(""), (std::vector<NetworkSiteRow>{sites[1], sites[0]}));
  EXPECT_EQ(*store_->NetworkSites("130100"), std::vector{sites[0]});
  std::vector<SourceOutletRow> outlets{
      {"91130100MA0CEMT01Q", "DA001", "130100", "窑尾", "80", "sjz", "2020-10-01 09:00:00"},
      {"91130100MA0CEMT01Q", "DA002", "130100", "窑头", "30", "sjz", "2020-10-01 09:00:00"}};
  ASSERT_TRUE(store_->PutSourceOutlets(outlets).ok());
  outlets[1].height_m = "46";
  ASSERT_TRUE(store_->PutSourceOutlets(std::span(outlets).subspan(1)).ok());
  EXPECT_EQ(*store_->SourceOutlets("130100"), outlets);
  EXPECT_TRUE(store_->SourceOutlets("610100")->empty());
}

TEST_P(StoreTest, BoundariesAndFirePoints) {
  std::vector<BoundaryRow> areas{
      {"130102", "长安区", "district", "130100", "130100", "", "{\"type\":\"MultiPolygon\"}"},
      {"130102001", "建北街道", "township", "130102", "130100", "李四", "{}"}};
  ASSERT_TRUE(store_->ReplaceBoundaries(areas).ok());
  EXPECT_EQ(*store_->Boundaries(), areas);
  ASSERT_TRUE(store_->ReplaceBoundaries(std::vector{areas[1]}).ok());
  EXPECT_EQ(*store_->Boundaries(), std::vector{areas[1]});
  FirePoint f{0,
              "VIIRS N",
              "2020-10-05 21:40:00",
              38.05,
              114.52,
              "h",
              "130100",
              "130102",
              "130102001",
              "boundary",
              "李四",
              "dispatched",
              "",
              "",
              "",
              "",
              "2020-10-06 08:00:00"};
  auto id = store_->AddFirePoint(f);
  ASSERT_TRUE(id.has_value() && id->has_value()) << id.status().ToString();
  f.id = **id;
  EXPECT_FALSE(store_->AddFirePoint(f)->has_value());  // the same point: once
  FirePoint earlier = f;
  earlier.observed_at = "2020-10-05 13:30:00";
  earlier.city_code = "610100";
  auto eid = store_->AddFirePoint(earlier);
  ASSERT_TRUE(eid.has_value() && eid->has_value());
  earlier.id = **eid;
  EXPECT_EQ(*store_->FirePoints(""), (std::vector{earlier, f}));
  EXPECT_EQ(*store_->FirePoints("130100"), std::vector{f});
  ASSERT_TRUE(
      store_->RespondFirePoint(f.id, "confirmed", "李四", "2020-10-05 22:30:00", "已扑灭").ok());
  f.status = "responded";
  f.response = "confirmed";
  f.responded_by = "李四";
  f.responded_at = "2020-10-05 22:30:00";
  f.note = "已扑灭";
  EXPECT_EQ(*store_->FirePoints("130100"), std::vector{f});
  EXPECT_EQ(store_->RespondFirePoint(999, "x", "", "", "").code(), core::ErrorCode::kNotFound);
}

TEST_P(StoreTest, StationFindingsOnceAndReviewed) {
  StationFindingRow f{0,
                      "1029A",
                      "130100",
                      "2020-12-11",
                      "2020-12-13",
                      "3 polluted days …",
                      "2021-01-05 09:00:00",
                      "open",
                      "",
                      "",
                      ""};
  ASSERT_TRUE(*store_->AddStationFinding(f));
  EXPECT_FALSE(*store_->AddStationFinding(f));  // the same station and first day: once
  auto all = store_->StationFindings("");
  ASSERT_TRUE(all.has_value());
  ASSERT_EQ(all->size(), 1u);
  f.id = all->at(0).id;
  EXPECT_EQ(all->at(0), f);
  ASSERT_TRUE(
      store_->ReviewStationFinding(f.id, "confirmed", "mee", "2021-01-06", "现场核查").ok());
  EXPECT_EQ(store_->StationFindings("open")->size(), 0u);
  EXPECT_EQ(store_->StationFindings("confirmed")->at(0).note, "现场核查");
  EXPECT_EQ(store_->ReviewStationFinding(99, "confirmed", "x", "y", "z").code(),
            core::ErrorCode::kNotFound);
}

TEST_P(StoreTest, UsersAndSessions) {
  User u{0,
         "zhang",
         "张",
         auth::Role::kCity,
         "130100",
         "$argon2id$x",
         false,
         "2020-12-01 08:00:00",
         "2020-12-01 08:00:00"};
  auto id = store_->InsertUser(u);
  ASSERT_TRUE(id.has_value()) << id.status().ToString();
  EXPECT_EQ(store_->InsertUser(u).error().code(), core::ErrorCode::kConflict);
  auto found = store_->FindUser("zhang");
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->display_name, "张");
  EXPECT_EQ((*found)->role, auth::Role::kCity);
  EXPECT_EQ(store_->UserById(*id)->value().username, "zhang");
  EXPECT_FALSE(store_->FindUser("li")->has_value());
  u.id = *id;
  u.disabled = true;
  ASSERT_TRUE(store_->UpdateUser(u).ok());
  EXPECT_TRUE(store_->Users()->at(0).disabled);

  Session s{"hash1", *id, "cookie", "csrf", "2020-12-01 08:00:00", "2020-12-01 16:00:00"};
  ASSERT_TRUE(store_->InsertSession(s).ok());
  ASSERT_TRUE(store_
                  ->InsertSession(
                      {"hash2", *id, "bearer", "", "2020-12-01 08:00:00", "2020-12-31 08:00:00"})
                  .ok());
  EXPECT_EQ(store_->FindSession("hash1")->value().csrf_token, "csrf");
  ASSERT_TRUE(store_->Expire("2020-12-02 00:00:00", "2020-12-01 00:00:00").ok());
  EXPECT_FALSE(store_->FindSession("hash1")->has_value());
  EXPECT_TRUE(store_->FindSession("hash2")->has_value());
  ASSERT_TRUE(store_->DeleteSessionsOfUser(*id).ok());
  EXPECT_FALSE(store_->FindSession("hash2")->has_value());

  ASSERT_TRUE(store_->RecordLoginFailure("user:zhang", "2020-12-01 08:00:00").ok());
  ASSERT_TRUE(store_->RecordLoginFailure("user:zhang", "2020-12-01 08:10:00").ok());
  EXPECT_EQ(*store_->CountLoginFailures("user:zhang", "2020-12-01 08:05:00"), 1);
  EXPECT_EQ(*store_->CountLoginFailures("user:li", "2020-01-01 00:00:00"), 0);
  ASSERT_TRUE(store_->ClearLoginFailures("user:zhang").ok());
  EXPECT_EQ(*store_->CountLoginFailures("user:zhang", "2020-01-01 00:00:00"), 0);
}

TEST_P(StoreTest, AuditTrailAppendsInOrderAndFilters) {
  EXPECT_FALSE(store_->LastAuditEntry()->has_value());
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(InTransaction(*store_, [&] {
                  return AppendAudit(
                      *store_, audit::Entry{0, "2020-12-0" + std::to_string(i + 1) + " 08:00:00",
                                            i == 1 ? "li (city 140100)" : "zhang (city 130100)",
                                            "POST /api/imports/long", "import",
                                            "sha" + std::to_string(i), "", "{}", "", ""});
                }).ok());
  }
  auto last = store_->LastAuditEntry();
  ASSERT_TRUE(last->has_value());
  EXPECT_EQ((*last)->id, 3);
  audit::Verifier v;
  std::vector<int64_t> ids;
  ASSERT_TRUE(store_
                  ->ScanAudit({},
                              [&](const audit::Entry& e) {
                                ids.push_back(e.id);
                                EXPECT_EQ(v.Add(e), std::nullopt);
                                return core::Status::Ok();
                              })
                  .ok());
  EXPECT_EQ(ids, (std::vector<int64_t>{1, 2, 3}));
  ids.clear();
  AuditFilter f;
  f.actor = "zhang";
  f.from = "2020-12-02 00:00:00";
  ASSERT_TRUE(store_
                  ->ScanAudit(f,
                              [&](const audit::Entry& e) {
                                ids.push_back(e.id);
                                return core::Status::Ok();
                              })
                  .ok());
  EXPECT_EQ(ids, (std::vector<int64_t>{3}));
  ids.clear();
  f = AuditFilter{};
  f.object_id = "sha1";
  ASSERT_TRUE(store_
                  ->ScanAudit(f,
                              [&](const audit::Entry& e) {
                                ids.push_back(e.id);
                                return core::Status::Ok();
                              })
                  .ok());
  EXPECT_EQ(ids, (std::vector<int64_t>{2}));
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest,
                         testing::Values(Backend{"sqlite", FreshSqlite},
                                         Backend{"postgres", FreshPostgres}),
                         [](const testing::TestParamInfo<Backend>& p) { return p.param.name; });

}  // namespace
}  // namespace lantian::storage
