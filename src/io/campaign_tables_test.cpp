#include "io/campaign_tables.hpp"

#include <gtest/gtest.h>

namespace lantian::io {
namespace {

using core::Date;
using core::Decimal;

std::vector<campaign::Unit> Units() {
  return {{.code = "130100",
           .name_zh = "石家庄市",
           .region = campaign::Region::kJJJ,
           .kind = "prefecture",
           .note = "2+26"},
          {.code = "610100",
           .name_zh = "西安市",
           .region = campaign::Region::kFW,
           .kind = "prefecture",
           .note = "Fenwei"},
          {.code = "133100",
           .name_zh = "雄安新区",
           .region = campaign::Region::kJJJ,
           .kind = "new_area",
           .note = "named in the plan"}};
}

std::vector<std::string> Errors(const FileReport& r) {
  std::vector<std::string> out;
  for (const auto& e : r.errors()) out.push_back(r.Format(e));
  return out;
}

TEST(CampaignTablesTest, CityTargetsByCodeOrName) {
  auto reader = CsvReader::FromString(
      "t.csv",
      "city_code,city_name,phase,pm25_target,heavy_days_target,baseline_pm25,baseline_heavy_days,"
      "note\n"
      "130100,石家庄市,2020Q4,59.5,7,66,11,annex 1\n"
      "西安,,2020Q4,62,5.0,,,\n");
  FileReport report("t.csv");
  auto rows = ReadCityTargets(reader, Units(), report);
  ASSERT_TRUE(report.ok()) << Errors(report)[0];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].pm25, *Decimal::Parse("59.5"));
  EXPECT_EQ(rows[0].baseline_heavy_days, 11);
  EXPECT_EQ(rows[0].note, "annex 1");
  EXPECT_EQ(rows[1].city_code, "610100");
  EXPECT_EQ(rows[1].heavy_days, 5);
  EXPECT_FALSE(rows[1].baseline_pm25);
}

TEST(CampaignTablesTest, CityTargetErrorsNameLineAndColumn) {
  auto reader = CsvReader::FromString("t.csv",
                                      "city_code,city_name,phase,pm25_target,heavy_days_target\n"
                                      "130100,西安市,2020Q4,59.5,7\n"
                                      "999999,,2020Q4,60,7\n"
                                      "130100,,2020Q3,abc,7.5\n");
  FileReport report("t.csv");
  ReadCityTargets(reader, Units(), report);
  auto e = Errors(report);
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0], "t.csv:2:2: city_name '西安市' is not the name of 130100 (石家庄市)");
  EXPECT_EQ(e[1], "t.csv:3:1: '999999' is not a unit of the plan (code or name)");
  EXPECT_EQ(e[2], "t.csv:4:3: phase must be 2020Q4 or 2021Q1");
  EXPECT_NE(e[3].find("t.csv:4:4: pm25_target: "), std::string::npos);
  EXPECT_EQ(e[4], "t.csv:4:5: heavy_days_target must be a whole number, not '7.5'");
}

TEST(CampaignTablesTest, TableRulesReportTheRowOrTheTable) {
  auto reader = CsvReader::FromString("t.csv",
                                      "city_code,phase,pm25_target,heavy_days_target\n"
                                      "130100,2020Q4,59.5,7\n"
                                      "130100,2020Q4,60,93\n");
  FileReport report("t.csv");
  ReadCityTargets(reader, Units(), report);
  auto e = Errors(report);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0], "t.csv:3:1: 130100 2020Q4 appears twice (first on row 1)");
  EXPECT_EQ(e[1], "t.csv:3:4: heavy-day target 93 is outside 0…92 days");
  EXPECT_NE(e[2].find("no 2020Q4 target for 610100 西安市"), std::string::npos);
}

TEST(CampaignTablesTest, TierRuleAndStricterTargets) {
  auto reader = CsvReader::FromString("r.csv",
                                      "phase,tier,baseline_pm25_from,pm25_reduction_percent,"
                                      "baseline_heavy_days_from,heavy_days_reduction\n"
                                      "2020Q4,1,60,3,5,2\n2020Q4,2,0,2,0,0\n"
                                      "2021Q1,1,90,4.5,10,4\n2021Q1,2,0,3.5,0,2\n");
  FileReport report("r.csv");
  auto tiers = ReadTierRule(reader, report);
  ASSERT_TRUE(report.ok()) << Errors(report)[0];
  ASSERT_EQ(tiers.size(), 4u);
  EXPECT_EQ(tiers[2].pm25_reduction_percent, *Decimal::Parse("4.5"));

  auto bad = CsvReader::FromString("r.csv",
                                   "phase,tier,baseline_pm25_from,pm25_reduction_percent,"
                                   "baseline_heavy_days_from,heavy_days_reduction\n"
                                   "2020Q4,1,60,3.25,0,2\n");
  FileReport bad_report("r.csv");
  ReadTierRule(bad, bad_report);
  EXPECT_EQ(
      Errors(bad_report)[0],
      "r.csv:2:4: pm25_reduction_percent must lie in [0, 100) with at most one decimal place");

  auto stricter = CsvReader::FromString(
      "s.csv",
      "city_code,phase,extra_pm25_percent,extra_heavy_days,reason\n石家庄,,1,2,behind\n"
      "130100,2021Q1,1,2,\n");
  FileReport s_report("s.csv");
  auto s = ReadStricterTargets(stricter, Units(), s_report);
  EXPECT_EQ(Errors(s_report),
            std::vector<std::string>{"s.csv:3:5: a stricter target needs its reason"});
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].city_code, "130100");
}

TEST(CampaignTablesTest, DustDaysDustfallAndCityDaily) {
  auto dust = CsvReader::FromString("d.csv",
                                    "city,date,reason\n石家庄市,2021-03-15,沙尘\n"
                                    "130100,44271,Excel serial\n130100,2021-03-15,x\n");
  FileReport d_report("d.csv");
  auto days = ReadDustDays(dust, Units(), d_report);
  ASSERT_EQ(days.size(), 2u);
  EXPECT_EQ(days[1].date, Date::FromYmd(2021, 3, 15) + 1);  // serial 44271 = 2021-03-16
  EXPECT_EQ(Errors(d_report),
            std::vector<std::string>{"d.csv:4:2: 130100 2021-03-15 appears twice"});

  auto fall = CsvReader::FromString("f.csv",
                                    "city,month,dustfall,note\n130100,2020-11,9.4,\n"
                                    "610100,2020-12,-1,\n");
  FileReport f_report("f.csv");
  auto readings = ReadDustfall(fall, Units(), f_report);
  ASSERT_EQ(readings.size(), 1u);
  EXPECT_EQ(readings[0].month, Date::FromYmd(2020, 11, 1));
  EXPECT_EQ(Errors(f_report),
            std::vector<std::string>{"f.csv:3:3: dustfall must lie in 0…1000 t/(month·km²)"});

  auto daily =
      CsvReader::FromString("c.csv",
                            "city,date,PM2.5,PM10,CO,O3_8h,dust\n130100,2020-12-01,151,200,1.2,,1\n"
                            "130100,2020-12-02,80,,,,0\n130100,2020-12-03,x,,,,maybe\n");
  FileReport c_report("c.csv");
  auto rows = ReadCityDaily(daily, Units(), c_report);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(rows[0].dust);
  EXPECT_EQ(rows[0].values[aq::DailyColumn::kCO], *Decimal::Parse("1.2"));
  EXPECT_FALSE(rows[0].values[aq::DailyColumn::kO3_8h]);
  EXPECT_FALSE(rows[1].dust);
  auto e = Errors(c_report);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_NE(e[0].find("c.csv:4:3: PM2.5: "), std::string::npos);
  EXPECT_EQ(e[1], "c.csv:4:7: dust must be 1/0, Y/N or 是/否");
}

}  // namespace
}  // namespace lantian::io
