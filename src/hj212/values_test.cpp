#include "hj212/values.hpp"

#include <gtest/gtest.h>

namespace lantian::hj212 {
namespace {

Packet Upload(std::string cp) {
  auto p = ParseDataSegment(
      "QN=20201201103000000;ST=31;CN=2061;PW=123456;MN=TEST0001;Flag=5;CP=&&" + cp + "&&");
  EXPECT_TRUE(p) << p.error().message();
  return p ? *p : Packet{};
}

TEST(DataRecordTest, ReadsEveryFieldOfEveryPollutant) {
  auto r = ReadDataRecord(
      Upload("DataTime=20201201100000;a34013-Avg=8.5,a34013-Max=12,a34013-Min=3.25,a34013-Flag=N;"
             "a21026-Avg=20.1,a21026-ZsAvg=24.3,a21026-Cou=1.2,a21026-Flag=M;a19001-Avg=11.0"));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->data_time, "2020-12-01 10:00:00");
  ASSERT_EQ(r->values.size(), 3u);
  EXPECT_EQ(r->values[0].pollutant, "a34013");
  EXPECT_EQ(r->values[0].avg, 8.5);
  EXPECT_EQ(r->values[0].max, 12);
  EXPECT_EQ(r->values[0].min, 3.25);
  EXPECT_EQ(r->values[0].flag, "N");
  EXPECT_EQ(r->values[1].zs_avg, 24.3);
  EXPECT_EQ(r->values[1].cou, 1.2);
  EXPECT_EQ(r->values[1].flag, "M");
  EXPECT_EQ(r->values[2].pollutant, "a19001");
  EXPECT_EQ(r->values[2].flag, "");
  EXPECT_FALSE(r->values[2].rtd);
}

TEST(DataRecordTest, ErrorsNameTheField) {
  auto no_time = ReadDataRecord(Upload("a34013-Avg=8.5"));
  ASSERT_FALSE(no_time);
  EXPECT_EQ(no_time.error().field(), "CP.DataTime");
  auto bad_time = ReadDataRecord(Upload("DataTime=20201301100000;a34013-Avg=8.5"));
  ASSERT_FALSE(bad_time);
  EXPECT_EQ(bad_time.error().field(), "CP.DataTime");
  // The parser already refuses such numbers; a packet built by hand is checked too.
  Packet built;
  built.cn = "2061";
  built.cp = {{{"DataTime", "20201201100000"}, {"a34013-Avg", "8.5x"}}};
  auto bad_value = ReadDataRecord(built);
  ASSERT_FALSE(bad_value);
  EXPECT_EQ(bad_value.error().field(), "CP.a34013-Avg");
  built.cp[0][1].value = "inf";
  EXPECT_FALSE(ReadDataRecord(built));
}

TEST(DataRecordTest, TimesWithMillisecondsAndKinds) {
  EXPECT_EQ(DataTimeText("20160824003817000"), "2016-08-24 00:38:17");
  EXPECT_FALSE(DataTimeText("2016082400381"));
  EXPECT_FALSE(DataTimeText("20160824246000"));
  EXPECT_EQ(DataKindOf("2011"), DataKind::kRealTime);
  EXPECT_EQ(DataKindOf("2031"), DataKind::kDaily);
  EXPECT_FALSE(DataKindOf("1062"));
  EXPECT_EQ(DataKindName(DataKind::kHourly), "hourly");
}

}  // namespace
}  // namespace lantian::hj212

#include "hj212/fields.hpp"

namespace lantian::hj212 {
namespace {

TEST(DeviceFieldsTest, MnPasswordAndCodes) {
  EXPECT_EQ(CheckMn("010000A8900016F000169DC0"), "");  // the standard's example, 24 characters
  EXPECT_NE(CheckMn("010000A8900016F000169DC01"), "");
  EXPECT_NE(CheckMn("MN-1"), "");
  EXPECT_NE(CheckMn(""), "");
  EXPECT_EQ(CheckPassword("123456"), "");
  EXPECT_NE(CheckPassword("1234567890"), "");
  EXPECT_NE(CheckPassword("12;4"), "");
  EXPECT_EQ(CheckPollutantCodes("a21026,a34013,011,B01"), "");
  EXPECT_NE(CheckPollutantCodes("a21026,,a34013"), "");
  EXPECT_NE(CheckPollutantCodes("a21026,"), "");
  EXPECT_NE(CheckPollutantCodes(""), "");
}

}  // namespace
}  // namespace lantian::hj212
