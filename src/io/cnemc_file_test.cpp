#include "io/cnemc_file.hpp"

#include <gtest/gtest.h>

namespace lantian::io {
namespace {

using core::Date;
using core::Decimal;

const auto kAll = [](std::string_view) { return true; };

CnemcFile Read(const std::string& content, FileReport& report, CnemcOptions options = {}) {
  auto reader = CsvReader::FromString("day.csv", content);
  return ReadCnemcFile(reader, options, kAll, report);
}

const aq::SiteDay* Find(const CnemcFile& f, std::string_view id, Date d) {
  for (const auto& e : f.days) {
    if (f.ids[e.column] == id && e.day.date == d) return &e.day;
  }
  return nullptr;
}

TEST(CnemcFileTest, HourLabelsEndTheHourByDefault) {
  FileReport report("day.csv");
  auto f = Read(
      "date,hour,type,1001A,1002A\r\n"
      "20190112,0,PM2.5,53,\r\n"
      "20190112,0,AQI,73,\r\n"
      "20190112,1,PM2.5,60,61\r\n"
      "20190112,23,PM2.5_24h,70,1.5\r\n",
      report);
  ASSERT_TRUE(report.ok()) << report.ToStatus().ToString();
  EXPECT_EQ(f.kind, CnemcKind::kSite);
  const Date d11 = Date::FromYmd(2019, 1, 11), d12 = Date::FromYmd(2019, 1, 12);
  // Label 0 of the 12th is 23:00-24:00 of the 11th.
  const aq::SiteDay* prev = Find(f, "1001A", d11);
  ASSERT_NE(prev, nullptr);
  EXPECT_EQ(prev->Measured(aq::Pollutant::kPM25).Get(23), Decimal::FromInt(53));
  EXPECT_EQ(prev->Of(aq::Published::kAqi).Get(23), Decimal::FromInt(73));
  const aq::SiteDay* day = Find(f, "1001A", d12);
  EXPECT_EQ(day->Measured(aq::Pollutant::kPM25).Get(0), Decimal::FromInt(60));
  EXPECT_EQ(day->Of(aq::Published::kPM25_24h).Get(22), Decimal::FromInt(70));
  EXPECT_EQ(Find(f, "1002A", d11), nullptr);  // 1002A has nothing on the 11th
  EXPECT_EQ(Find(f, "1002A", d12)->Of(aq::Published::kPM25_24h).Get(22), *Decimal::Parse("1.5"));
  EXPECT_EQ(report.values_read, 6);
}

TEST(CnemcFileTest, HourLabelsCanBeginTheHour) {
  FileReport report("day.csv");
  auto f = Read("date,hour,type,1001A\n20190112,0,PM2.5,53\n", report,
                CnemcOptions{HourLabel::kBegin, std::nullopt});
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(Find(f, "1001A", Date::FromYmd(2019, 1, 12))->Measured(aq::Pollutant::kPM25).Get(0),
            Decimal::FromInt(53));
}

TEST(CnemcFileTest, CityFilesHaveNames) {
  FileReport report("c.csv");
  auto f = Read("date,hour,type,北京,天津\n20190112,1,PM2.5,190,150\n", report);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(f.kind, CnemcKind::kCity);
  EXPECT_EQ(f.ids, (std::vector<std::string>{"北京", "天津"}));
}

TEST(CnemcFileTest, BadValuesAreRejectedNotStored) {
  FileReport report("day.csv");
  auto f =
      Read("date,hour,type,1001A,1002A\n20190112,1,PM2.5,-999,abc\n20190112,2,PM2.5,5,\n", report);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.rejected_count(), 2);
  EXPECT_EQ(report.Format(report.rejected()[0]).substr(0, 14), "day.csv:2:4: P");
  EXPECT_NE(report.rejected()[0].message.find("negative"), std::string::npos);
  EXPECT_EQ(report.rejected()[1].column, 5);
  EXPECT_NE(report.rejected()[1].message.find("not a number"), std::string::npos);
  EXPECT_EQ(report.values_read, 1);
}

TEST(CnemcFileTest, StructuralErrorsNameLineAndColumn) {
  struct Case {
    std::string content;
    int64_t line;
    int column;
    std::string words;
  };
  std::vector<Case> cases = {
      {"day,hour,type,1001A\n", 1, 1, "header must start with date,hour,type"},
      {"date,hour,type\n", 1, 4, "no station or city columns"},
      {"date,hour,type,1001A\n2019011,1,PM2.5,5\n", 2, 1, "YYYYMMDD"},
      {"date,hour,type,1001A\n20190112,24,PM2.5,5\n", 2, 2, "hour must be 0..23"},
      {"date,hour,type,1001A\n20190112,1,PM1,5\n", 2, 3, "unknown type"},
      {"date,hour,type,1001A\n20190112,1,PM2.5\n", 2, 0, "expected 4 fields"},
      {"date,hour,type,1001A\n20190112,1,PM2.5,5\n20190112,1,PM2.5,6\n", 3, 4, "twice"},
      {"", 0, 0, "empty file"},
  };
  for (const auto& c : cases) {
    FileReport report("day.csv");
    Read(c.content, report);
    ASSERT_FALSE(report.ok()) << c.content;
    EXPECT_EQ(report.errors()[0].line, c.line) << c.content;
    EXPECT_EQ(report.errors()[0].column, c.column) << c.content;
    EXPECT_NE(report.errors()[0].message.find(c.words), std::string::npos)
        << report.errors()[0].message;
    EXPECT_NE(report.ToStatus().message().find("nothing from this file was stored"),
              std::string::npos);
  }
}

TEST(CnemcFileTest, RepeatedColumnsMustAgree) {
  FileReport same("day.csv");
  auto f = Read("date,hour,type,1001A,1002A,1001A\n20190112,1,PM2.5,5,6,5\n", same);
  EXPECT_TRUE(same.ok());
  ASSERT_EQ(same.warnings().size(), 1u);
  EXPECT_NE(same.warnings()[0].find("'1001A' appears more than once (column 6)"),
            std::string::npos);
  EXPECT_EQ(f.ids, (std::vector<std::string>{"1001A", "1002A"}));
  EXPECT_EQ(same.values_read, 2);
  FileReport differ("day.csv");
  Read("date,hour,type,1001A,1001A\n20190112,1,PM2.5,5,7\n", differ);
  ASSERT_FALSE(differ.ok());
  EXPECT_EQ(differ.errors()[0].column, 5);
}

TEST(CnemcFileTest, IdenticalDuplicateRowsAreHarmless) {
  FileReport report("day.csv");
  Read("date,hour,type,1001A\n20190112,1,PM2.5,5\n20190112,1,PM2.5,5.0\n", report);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.values_read, 1);
}

TEST(CnemcFileTest, UnwantedColumnsAreNotRead) {
  FileReport report("day.csv");
  auto reader =
      CsvReader::FromString("day.csv", "date,hour,type,1001A,9999Z\n20190112,1,PM2.5,5,-1\n");
  auto f = ReadCnemcFile(
      reader, {}, [](std::string_view id) { return id != "9999Z"; }, report);
  EXPECT_TRUE(report.ok());
  EXPECT_EQ(report.rejected_count(), 0);
  ASSERT_EQ(f.days.size(), 1u);
  EXPECT_EQ(f.ids[f.days[0].column], "1001A");
}

}  // namespace
}  // namespace lantian::io
