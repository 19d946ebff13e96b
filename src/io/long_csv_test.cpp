#include "io/long_csv.hpp"

#include <gtest/gtest.h>

namespace lantian::io {
namespace {

using core::Decimal;

LongObservations Read(const std::string& content, FileReport& report) {
  auto reader = CsvReader::FromString("obs.csv", content);
  return ReadLongCsv(reader, report);
}

TEST(LongCsvTest, ReadsValuesAndKeepsTimeText) {
  FileReport report("obs.csv");
  auto obs = Read(
      "station,time,pollutant,value\n"
      "A,2020-10-01 00:00,PM2.5,12\n"
      "A,2020-10-01T01:00,pm25,13.5\n"
      "B,2020-10-02 23:00,CO,1.25\n",
      report);
  ASSERT_TRUE(report.ok()) << report.ToStatus().ToString();
  ASSERT_EQ(obs.ids, (std::vector<std::string>{"A", "B"}));
  const auto& a = obs.days[0].at(core::Date::FromYmd(2020, 10, 1).days);
  EXPECT_EQ(a.measured[aq::Index(aq::Pollutant::kPM25)].Get(1), *Decimal::Parse("13.5"));
  auto h1 = core::HourStart::Of(core::Date::FromYmd(2020, 10, 1), 1);
  EXPECT_EQ(obs.TimeText(0, h1), "2020-10-01T01:00");
  EXPECT_EQ(obs.TimeText(0, h1 - 1), "2020-10-01 00:00");
  EXPECT_EQ(report.values_read, 3);
}

TEST(LongCsvTest, RejectsBadValuesAndReportsErrors) {
  FileReport report("obs.csv");
  Read(
      "station,time,pollutant,value\n"
      "A,2020-10-01 00:00,PM2.5,-999\n"
      "A,2020-10-01 01:00,PM2.5,\n"
      "A,2020-10-01 02:00,PM2.5,n/a\n",
      report);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.rejected_count(), 3);
  EXPECT_EQ(report.rejected()[0].line, 2);
  EXPECT_EQ(report.rejected()[0].column, 4);

  FileReport bad("obs.csv");
  Read(
      "station,time,pollutant,value\n"
      "A,2020-10-01 00:30,PM2.5,1\n"
      "A,2020-10-01 00:00,PM1,1\n"
      ",2020-10-01 00:00,PM2.5,1\n"
      "A,2020-10-01 00:00,PM2.5,1,2\n"
      "A,2020-10-01 03:00,NO2,4\n"
      "A,2020-10-01 03:00,NO2,5\n",
      bad);
  ASSERT_EQ(bad.error_count(), 5);
  EXPECT_NE(bad.errors()[0].message.find("start of an hour"), std::string::npos);
  EXPECT_EQ(bad.errors()[0].column, 2);
  EXPECT_EQ(bad.errors()[1].column, 3);
  EXPECT_EQ(bad.errors()[2].column, 1);
  EXPECT_EQ(bad.errors()[3].line, 5);
  EXPECT_EQ(bad.errors()[4].line, 7);
  EXPECT_NE(bad.errors()[4].message.find("twice"), std::string::npos);

  FileReport header("obs.csv");
  Read("site,time,pollutant,value\n", header);
  EXPECT_FALSE(header.ok());
}

}  // namespace
}  // namespace lantian::io
