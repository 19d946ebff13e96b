#include "io/station_city_map.hpp"

#include <gtest/gtest.h>

namespace lantian::io {
namespace {

TEST(StationCityMapTest, ReadsAndChecks) {
  auto good = CsvReader::FromString("m.csv", "station,city\nA,1\nB,1\nA,1\n");
  FileReport report("m.csv");
  auto map = ReadStationCityMap(good, report);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(map.size(), 2u);
  EXPECT_EQ(map.at("B"), "1");

  auto bad = CsvReader::FromString("m.csv", "station,city\nA,1\nA,2\n,3\nC\n");
  FileReport errors("m.csv");
  ReadStationCityMap(bad, errors);
  ASSERT_EQ(errors.error_count(), 3);
  EXPECT_EQ(errors.Format(errors.errors()[0]),
            "m.csv:3:2: station A is mapped to two cities (1, 2)");
  EXPECT_EQ(errors.errors()[1].column, 1);
  EXPECT_EQ(errors.errors()[2].line, 5);

  auto header = CsvReader::FromString("m.csv", "id,city\n");
  FileReport wrong("m.csv");
  ReadStationCityMap(header, wrong);
  EXPECT_FALSE(wrong.ok());
}

}  // namespace
}  // namespace lantian::io
