#include "io/table_csv.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace lantian::io {
namespace {

TEST(TableCsvTest, DailyFormat) {
  aq::DailyValues v;
  v[aq::DailyColumn::kPM25] = core::Decimal::FromInt(160);
  v[aq::DailyColumn::kCO] = core::Decimal::FromInt(1);
  std::vector<aq::DailyRow> rows = {
      aq::MakeDailyRow("1001A", core::Date::FromYmd(2020, 10, 1), v),
      aq::MakeDailyRow("1002A", core::Date::FromYmd(2020, 10, 1), {})};
  std::ostringstream out;
  WriteDailyCsv(out, rows);
  EXPECT_EQ(out.str(),
            "id,date,SO2,NO2,CO,O3_1h,O3_8h,PM10,PM2.5,AQI,level,primary\n"
            "1001A,2020-10-01,,,1.0,,,,160,210,5,PM2.5\n"
            "1002A,2020-10-01,,,,,,,,,,\n");
}

TEST(TableCsvTest, HourlyFormat) {
  std::vector<aq::HourlyRow> rows = {{"A", "2020-10-01 05:00", aq::AqiResult{30, 1, {}, {}}}};
  std::ostringstream out;
  WriteHourlyCsv(out, rows);
  EXPECT_EQ(out.str(), "id,time,AQI,level,primary\nA,2020-10-01 05:00,30,1,\n");
}

}  // namespace
}  // namespace lantian::io
