#include "ledger/network_check.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

core::Date Day(const char* s) { return *core::ParseIsoDate(s); }

NetworkSite Site(const char* code, SiteKind kind, const char* city, const char* setting = "",
                 bool connected = true, const char* since = "2020-06-01", const char* county = "") {
  return {code, kind, city, county, std::string("站点") + code, setting, "", connected, since};
}

TEST(NetworkCheckTest, EachCityNeedsAConnectedVocsStationInOperation) {
  std::vector<NetworkSite> sites{Site("V1", SiteKind::kVocs, "130100"),
                                 Site("V2", SiteKind::kVocs, "130200", "", false),
                                 Site("V3", SiteKind::kVocs, "130300", "", true, "2021-01-10")};
  EXPECT_TRUE(CheckVocStations("130100", sites, Day("2020-12-01")).pass);
  auto unconnected = CheckVocStations("130200", sites, Day("2020-12-01"));
  EXPECT_FALSE(unconnected.pass);
  ASSERT_EQ(unconnected.gaps.size(), 1u);
  EXPECT_EQ(unconnected.gaps[0].what, "VOCs 自动监测站点 站点V2 未联网");
  EXPECT_FALSE(CheckVocStations("130300", sites, Day("2020-12-01")).pass);  // not yet running
  EXPECT_TRUE(CheckVocStations("130300", sites, Day("2021-01-10")).pass);
  EXPECT_EQ(CheckVocStations("130400", sites, Day("2020-12-01")).gaps[0].what,
            "没有 VOCs 自动监测站点");
}

TEST(NetworkCheckTest, PortCitiesNeedAStationAtThePortTooOverdueAfterDecember) {
  std::vector<NetworkSite> sites{Site("T1", SiteKind::kTraffic, "120000", "freight-corridor"),
                                 Site("T2", SiteKind::kTraffic, "130100", "freight-corridor")};
  EXPECT_EQ(MajorPortOf("120000"), "天津港");
  EXPECT_EQ(MajorPortOf("130100"), "");
  auto tianjin = CheckTrafficStations("120000", "天津港", sites, Day("2020-12-31"));
  EXPECT_FALSE(tianjin.pass);
  EXPECT_FALSE(tianjin.overdue);
  EXPECT_EQ(tianjin.have, 1);
  EXPECT_EQ(tianjin.need, 2);
  EXPECT_EQ(tianjin.gaps[0].what, "沿海主要港口（天津港）没有建成联网的空气质量监测站");
  EXPECT_TRUE(CheckTrafficStations("120000", "天津港", sites, Day("2021-01-01")).overdue);
  sites.push_back(Site("T3", SiteKind::kTraffic, "120000", "port"));
  EXPECT_TRUE(CheckTrafficStations("120000", "天津港", sites, Day("2021-01-01")).pass);
  EXPECT_TRUE(CheckTrafficStations("130100", "", sites, Day("2021-01-01")).pass);
  EXPECT_TRUE(CheckTrafficStations("130200", "唐山港", sites, Day("2021-01-01")).overdue);
}

TEST(NetworkCheckTest, HighStacksAndVocsKeySourcesMustBeInstalledAndConnected) {
  EXPECT_TRUE(IsKeyVocIndustry("packaging-printing"));
  EXPECT_FALSE(IsKeyVocIndustry("cement"));
  std::vector<KeySource> sources{
      {"A", "甲钢铁", "DA001", 80.0, "steel-long", "stack", "MN1", 100, "2020-12-30 10:00:00"},
      {"B", "乙水泥", "DA002", 60.0, "cement", "stack", "", 0, ""},
      {"C", "丙印刷", "", std::nullopt, "packaging-printing", "vocs", "MN3", 0, ""},
      {"D", "丁化工", "", std::nullopt, "coatings", "vocs", "MN4", 50, "2020-12-01 08:00:00"}};
  auto c = CheckKeySources("130100", sources, Day("2020-12-31"));
  EXPECT_FALSE(c.pass);
  EXPECT_EQ(c.have, 2);
  EXPECT_EQ(c.need, 4);
  ASSERT_EQ(c.gaps.size(), 3u);
  EXPECT_EQ(c.gaps[0].what, "乙水泥 DA002（排气筒高 60 米） 未安装自动监控设施");
  EXPECT_EQ(c.gaps[1].what, "丙印刷（VOCs 排放重点源） 自动监控设施 MN3 未联网（从未上传数据）");
  EXPECT_TRUE(c.gaps[2].note);  // silent for 30 days: noted, still counted
  EXPECT_EQ(c.gaps[2].what, "丁化工 自动监控设施 MN4 已 30 天无数据（最后 2020-12-01）");
}

TEST(NetworkCheckTest, DustFallEveryMonthAndAFenweiCountyTown) {
  const auto oct = Day("2020-10-01"), nov = Day("2020-11-01");
  auto c = CheckDustfall("130100", false, {oct}, {}, oct, Day("2020-12-15"));
  EXPECT_EQ(c.have, 1);  // October and November are due by 15 December
  EXPECT_EQ(c.need, 2);
  ASSERT_EQ(c.gaps.size(), 1u);
  EXPECT_EQ(c.gaps[0].object, "2020-11");
  EXPECT_EQ(c.gaps[0].what, "2020 年 11 月没有降尘监测结果");
  EXPECT_TRUE(CheckDustfall("130100", false, {oct, nov}, {}, oct, Day("2020-12-15")).pass);
  auto xian = CheckDustfall("610100", true, {oct, nov}, {}, oct, Day("2020-12-15"));
  EXPECT_FALSE(xian.pass);
  EXPECT_EQ(xian.gaps.back().what, "汾渭平原城市：没有登记县城降尘监测点位");
  std::vector<NetworkSite> sites{
      Site("D1", SiteKind::kDustfall, "610100", "", true, "2020-01-01", "周至县")};
  EXPECT_TRUE(CheckDustfall("610100", true, {oct, nov}, sites, oct, Day("2020-12-15")).pass);
}

}  // namespace
}  // namespace lantian::ledger
