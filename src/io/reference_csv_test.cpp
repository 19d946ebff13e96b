#include "io/reference_csv.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace lantian::io {
namespace {

std::string SourceDir() {
  const char* dir = std::getenv("LANTIAN_SOURCE_DIR");
  return dir ? dir : ".";
}

TEST(ReferenceCsvTest, TheShippedReferenceDataReads) {
  auto units_reader = CsvReader::Open(SourceDir() + "/data/regions.csv");
  ASSERT_TRUE(units_reader.has_value());
  FileReport report("regions.csv");
  auto units = ReadUnits(*units_reader, report);
  ASSERT_TRUE(report.ok()) << report.ToStatus().ToString();
  EXPECT_EQ(units.size(), 45u);
  int jjj = 0;
  for (const auto& u : units) jjj += u.region == campaign::Region::kJJJ;
  EXPECT_EQ(jjj, 32);

  auto targets_reader = CsvReader::Open(SourceDir() + "/data/plan-targets.csv");
  FileReport tr("plan-targets.csv");
  auto targets = ReadRegionalTargets(*targets_reader, tr);
  ASSERT_TRUE(tr.ok());
  ASSERT_EQ(targets.size(), 4u);
  EXPECT_EQ(targets[0].pm25_mean_max, core::Decimal::FromInt(63));
  EXPECT_EQ(targets[0].dates.Days(), 92);

  auto tasks_reader = CsvReader::Open(SourceDir() + "/data/key-tasks.csv");
  FileReport kr("key-tasks.csv");
  auto tasks = ReadKeyTasks(*tasks_reader, kr);
  ASSERT_TRUE(kr.ok()) << kr.ToStatus().ToString();
  EXPECT_GE(tasks.size(), 30u);

  auto stations_reader = CsvReader::Open(SourceDir() + "/data/stations.csv");
  FileReport sr("stations.csv");
  auto stations = ReadStations(*stations_reader, units, sr);
  ASSERT_TRUE(sr.ok()) << sr.ToStatus().ToString();
  EXPECT_EQ(stations.size(), 349u);
  EXPECT_EQ(stations[0].code, "1001A");
  EXPECT_EQ(stations[0].city_code, "110000");
  EXPECT_FALSE(stations[0].background);
}

TEST(ReferenceCsvTest, CnemcStationListIsMatchedToUnits) {
  std::vector<campaign::Unit> units = {{.code = "110000", .name_zh = "北京市"},
                                       {.code = "610100", .name_zh = "西安市"}};
  auto reader =
      CsvReader::FromString("list.csv",
                            "监测点编码,监测点名称,城市,经度,纬度,对照点,省级行政区,地级行政区\n"
                            "1001A,万寿西宫,北京,116.3621,39.8784,N,北京市,北京市\n"
                            "1002A,定陵(对照点),北京,116.2202,40.2915,Y,北京市,北京市\n"
                            "1013A,市监测中心(停运150702),天津,117.151,39.097,Y,天津市,天津市\n"
                            "3606A,某站,西咸新区,-,,N,陕西省,西咸新区\n");
  FileReport report("list.csv");
  auto stations = ReadStations(reader, units, report);
  ASSERT_TRUE(report.ok()) << report.ToStatus().ToString();
  ASSERT_EQ(stations.size(), 3u);
  EXPECT_TRUE(stations[1].background);
  EXPECT_EQ(stations[2].city_code, "610100");
  EXPECT_EQ(stations[2].lat, std::nullopt);
  ASSERT_EQ(report.warnings().size(), 1u);
  EXPECT_NE(report.warnings()[0].find("1 stations in 1 cities"), std::string::npos);
}

TEST(ReferenceCsvTest, BadRowsAreReportedWithPositions) {
  auto reader = CsvReader::FromString("s.csv",
                                      "code,name,city_code,lat,lon,background,retired_on\n"
                                      "1001A,A,110000,91,116,N,\n"
                                      "1002A,B,110000,39,116,X,\n"
                                      "1003A,C,110000,39,116,N,2015-13-01\n"
                                      "1004A,D,110000,39,116,N,\n"
                                      "1004A,E,110000,39,116,N,\n");
  FileReport report("s.csv");
  ReadStations(reader, {}, report);
  ASSERT_EQ(report.error_count(), 4);
  EXPECT_EQ(report.Format(report.errors()[0]), "s.csv:2:4: latitude must be a number in -90..90");
  EXPECT_EQ(report.errors()[1].column, 6);
  EXPECT_EQ(report.errors()[2].column, 7);
  EXPECT_NE(report.errors()[3].message.find("appears twice"), std::string::npos);
}

}  // namespace
}  // namespace lantian::io
