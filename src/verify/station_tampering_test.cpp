#include "verify/station_tampering.hpp"

#include <gtest/gtest.h>

namespace lantian::verify {
namespace {

const core::Date kFirst = core::Date::FromYmd(2020, 12, 1);

// Five stations about 5 km apart around Shijiazhuang, 20 days; days 10-14 polluted.
std::vector<StationDays> Cluster() {
  std::vector<StationDays> s;
  for (int i = 0; i < 5; ++i) {
    StationDays d{"130100" + std::to_string(i), 38.04 + 0.03 * i, 114.51 + 0.02 * i, {}};
    for (int day = 0; day < 20; ++day) {
      const double air = day >= 10 && day < 15 ? 160 : 50;
      d.pm25[kFirst + day] = air * (0.9 + 0.05 * i) + (day % 3);
    }
    s.push_back(d);
  }
  return s;
}

TEST(StationTamperingTest, DistanceOnTheSphere) {
  EXPECT_NEAR(DistanceKm(39.9, 116.4, 39.1, 117.2), 112.8, 1.0);  // Beijing–Tianjin
  EXPECT_DOUBLE_EQ(DistanceKm(38, 114, 38, 114), 0);
}

TEST(StationTamperingTest, AStationFarBelowItsNeighboursOnPollutedDays) {
  auto s = Cluster();
  EXPECT_TRUE(DetectLowStations(s).empty());  // honest differences are its usual ratio
  // Station 2 reads a third of the air on days 11-13 (polluted).
  for (int day = 11; day <= 13; ++day) s[2].pm25[kFirst + day] /= 3;
  auto f = DetectLowStations(s);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].station, "1301002");
  EXPECT_EQ(f[0].from, kFirst + 11);
  EXPECT_EQ(f[0].to, kFirst + 13);
  EXPECT_NE(f[0].evidence.find("3 polluted days"), std::string::npos) << f[0].evidence;
}

TEST(StationTamperingTest, CleanDaysSingleDaysAndLoneStationsAreNotJudged) {
  auto s = Cluster();
  for (int day = 2; day <= 5; ++day) s[2].pm25[kFirst + day] /= 3;  // clean days: nothing to hide
  s[3].pm25[kFirst + 12] /= 1.6;                                    // low, not half its usual
  EXPECT_TRUE(DetectLowStations(s).empty());
  s[3].pm25[kFirst + 13] /= 3;  // one day at a third is enough
  ASSERT_EQ(DetectLowStations(s).size(), 1u);
  EXPECT_EQ(DetectLowStations(s)[0].from, kFirst + 13);
  StationTamperingOptions two_days;
  two_days.min_days = 2;
  EXPECT_TRUE(DetectLowStations(s, two_days).empty());
  // Only two other stations within 50 km: too few to compare with.
  auto few = Cluster();
  few.resize(3);
  for (int day = 11; day <= 13; ++day) few[0].pm25[kFirst + day] /= 3;
  EXPECT_TRUE(DetectLowStations(few).empty());
  // A station 300 km away is not a neighbour.
  auto far = Cluster();
  far[4].lat += 3;
  for (int day = 11; day <= 13; ++day) far[4].pm25[kFirst + day] /= 3;
  EXPECT_TRUE(DetectLowStations(far).empty());
}

}  // namespace
}  // namespace lantian::verify
