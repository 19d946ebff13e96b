#include "auth/access.hpp"

#include <gtest/gtest.h>

namespace lantian::auth {
namespace {

const campaign::Unit kSjz{
    "130100", "石家庄市", "Shijiazhuang", "河北省", campaign::Region::kJJJ, "prefecture", {},
    {},       ""};
const campaign::Unit kTaiyuan{"140100",     "太原市", "Taiyuan", "山西省", campaign::Region::kJJJ,
                              "prefecture", {},       {},        ""};
const campaign::Unit kXian{"610100",     "西安市", "Xi'an", "陕西省", campaign::Region::kFW,
                           "prefecture", {},       {},      ""};
const campaign::Unit kBeijing{"110000",       "北京市", "Beijing", "北京市", campaign::Region::kJJJ,
                              "municipality", {},       {},        ""};

Principal P(Role r, std::string scope) { return {1, "u", r, std::move(scope)}; }

TEST(AccessTest, EveryRoleReadsItsAreaOnly) {
  const Place sjz = PlaceOf(kSjz), taiyuan = PlaceOf(kTaiyuan), xian = PlaceOf(kXian);
  EXPECT_EQ(CanReadAirQuality(Principal::Public(), sjz), Access::kNotLoggedIn);
  EXPECT_EQ(CanReadAirQuality(P(Role::kNational, ""), xian), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kRegion, "JJJ"), taiyuan), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kRegion, "JJJ"), xian), Access::kOutOfScope);
  EXPECT_EQ(CanReadAirQuality(P(Role::kProvince, "河北省"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kProvince, "河北省"), taiyuan), Access::kOutOfScope);
  EXPECT_EQ(CanReadAirQuality(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kCity, "130100"), taiyuan), Access::kOutOfScope);
  EXPECT_EQ(CanReadAirQuality(P(Role::kDistrict, "130102"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kDistrict, "130102"), taiyuan), Access::kOutOfScope);
  EXPECT_EQ(CanReadAirQuality(P(Role::kDistrict, "110105"), PlaceOf(kBeijing)), Access::kAllowed);
  EXPECT_EQ(CanReadAirQuality(P(Role::kEnterprise, "91130100X"), sjz), Access::kRoleForbidden);
}

TEST(AccessTest, WritesAndAudit) {
  const Place sjz = PlaceOf(kSjz);
  EXPECT_EQ(CanWriteAirQuality(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanWriteAirQuality(P(Role::kCity, "140100"), sjz), Access::kOutOfScope);
  EXPECT_EQ(CanWriteAirQuality(P(Role::kDistrict, "130102"), sjz), Access::kRoleForbidden);
  EXPECT_EQ(CanWriteAirQuality(Principal::Public(), sjz), Access::kNotLoggedIn);
  EXPECT_EQ(CanReadAudit(P(Role::kRegion, "FW")), Access::kAllowed);
  EXPECT_EQ(CanReadAudit(P(Role::kCity, "130100")), Access::kRoleForbidden);
}

TEST(AccessTest, CampaignDecisions) {
  const Place sjz = PlaceOf(kSjz), xian = PlaceOf(kXian);
  EXPECT_EQ(CanReadAssessment(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReadAssessment(P(Role::kCity, "130100"), xian), Access::kOutOfScope);
  EXPECT_EQ(CanReadAssessment(P(Role::kEnterprise, "x"), sjz), Access::kRoleForbidden);
  EXPECT_EQ(CanReadAssessment(Principal::Public(), sjz), Access::kNotLoggedIn);
  EXPECT_EQ(CanReadRankings(Principal::Public()), Access::kAllowed);
  EXPECT_EQ(CanWriteDust(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanWriteDust(P(Role::kDistrict, "130102"), sjz), Access::kRoleForbidden);
  EXPECT_EQ(CanSetTargets(P(Role::kNational, "")), Access::kAllowed);
  EXPECT_EQ(CanSetTargets(P(Role::kRegion, "JJJ")), Access::kRoleForbidden);
  EXPECT_EQ(CanSetTargets(Principal::Public()), Access::kNotLoggedIn);
  EXPECT_EQ(CanRecordFalsification(P(Role::kRegion, "FW"), xian), Access::kAllowed);
  EXPECT_EQ(CanRecordFalsification(P(Role::kRegion, "FW"), sjz), Access::kOutOfScope);
  EXPECT_EQ(CanRecordFalsification(P(Role::kProvince, "陕西省"), xian), Access::kRoleForbidden);
}

TEST(AccessTest, Alerts) {
  const Place sjz = PlaceOf(kSjz);
  EXPECT_EQ(CanTakeAlertStep(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanTakeAlertStep(P(Role::kCity, "140100"), sjz), Access::kOutOfScope);
  EXPECT_EQ(CanTakeAlertStep(P(Role::kDistrict, "130102"), sjz), Access::kRoleForbidden);
  EXPECT_EQ(CanReadAlerts(P(Role::kDistrict, "130102"), sjz), Access::kAllowed);
  EXPECT_EQ(CanImportForecast(P(Role::kEnterprise, "x")), Access::kRoleForbidden);
  EXPECT_EQ(CanRaisePrompt(P(Role::kNational, ""), campaign::Region::kFW), Access::kAllowed);
  EXPECT_EQ(CanRaisePrompt(P(Role::kRegion, "JJJ"), campaign::Region::kJJJ), Access::kAllowed);
  EXPECT_EQ(CanRaisePrompt(P(Role::kRegion, "JJJ"), campaign::Region::kFW), Access::kOutOfScope);
  EXPECT_EQ(CanRaisePrompt(P(Role::kProvince, "河北省"), campaign::Region::kJJJ),
            Access::kRoleForbidden);
  EXPECT_EQ(CanRaisePrompt(Principal::Public(), campaign::Region::kJJJ), Access::kNotLoggedIn);
}

TEST(AccessTest, EmergencyLists) {
  const Place sjz = PlaceOf(kSjz), taiyuan = PlaceOf(kTaiyuan);
  EXPECT_EQ(CanDraftList(P(Role::kCity, "130100"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReviewList(P(Role::kCity, "130100"), sjz), Access::kRoleForbidden);
  EXPECT_EQ(CanReviewList(P(Role::kProvince, "河北省"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReviewList(P(Role::kProvince, "河北省"), taiyuan), Access::kOutOfScope);
  EXPECT_EQ(CanReviewList(P(Role::kRegion, "JJJ"), taiyuan), Access::kAllowed);
  EXPECT_EQ(CanReadList(P(Role::kDistrict, "130102"), sjz), Access::kAllowed);
  EXPECT_EQ(CanReadList(P(Role::kEnterprise, "x"), sjz), Access::kRoleForbidden);

  const std::string code = "91130100MA0CEMT01Q";
  EXPECT_EQ(CanReadSheet(P(Role::kEnterprise, code), sjz, code), Access::kAllowed);
  EXPECT_EQ(CanReadSheet(P(Role::kEnterprise, "91130100MA0PNT001K"), sjz, code),
            Access::kOutOfScope);
  EXPECT_EQ(CanReadSheet(P(Role::kCity, "130100"), sjz, code), Access::kAllowed);
  EXPECT_EQ(CanReadSheet(P(Role::kCity, "140100"), sjz, code), Access::kOutOfScope);
  EXPECT_EQ(CanReadSheet(Principal::Public(), sjz, code), Access::kNotLoggedIn);
  EXPECT_EQ(CanConfirmSheet(P(Role::kEnterprise, code), code), Access::kAllowed);
  EXPECT_EQ(CanConfirmSheet(P(Role::kEnterprise, "91130100MA0PNT001K"), code), Access::kOutOfScope);
  EXPECT_EQ(CanConfirmSheet(P(Role::kNational, ""), code), Access::kRoleForbidden);
}

TEST(AccessTest, SupervisionProblems) {
  const Place sjz = PlaceOf(kSjz), xian = PlaceOf(kXian);
  // Found by any official within the area; a district only in its own.
  EXPECT_EQ(CanFindProblem(P(Role::kDistrict, "130102"), sjz, "130102"), Access::kAllowed);
  EXPECT_EQ(CanFindProblem(P(Role::kDistrict, "130102"), sjz, "130104"), Access::kOutOfScope);
  EXPECT_EQ(CanFindProblem(P(Role::kDistrict, "130102"), sjz, ""), Access::kOutOfScope);
  EXPECT_EQ(CanFindProblem(P(Role::kRegion, "JJJ"), xian, ""), Access::kOutOfScope);
  EXPECT_EQ(CanFindProblem(P(Role::kEnterprise, "9113"), sjz, ""), Access::kRoleForbidden);
  // Rectified by the unit, verified and closed strictly above it.
  EXPECT_EQ(CanRectifyProblem(P(Role::kCity, "130100"), sjz, ""), Access::kAllowed);
  EXPECT_EQ(CanSuperviseProblem(P(Role::kCity, "130100"), sjz, ""), Access::kRoleForbidden);
  EXPECT_EQ(CanSuperviseProblem(P(Role::kCity, "130100"), sjz, "130102"), Access::kAllowed);
  EXPECT_EQ(CanSuperviseProblem(P(Role::kDistrict, "130102"), sjz, "130102"),
            Access::kRoleForbidden);
  EXPECT_EQ(CanSuperviseProblem(P(Role::kProvince, "河北省"), sjz, ""), Access::kAllowed);
  EXPECT_EQ(CanSuperviseProblem(P(Role::kProvince, "河北省"), xian, ""), Access::kOutOfScope);
  // Read: the area, a district its own, an enterprise what names it.
  EXPECT_EQ(CanReadProblem(P(Role::kDistrict, "130102"), sjz, "130104", ""), Access::kOutOfScope);
  EXPECT_EQ(CanReadProblem(P(Role::kEnterprise, "9113"), sjz, "", "9113"), Access::kAllowed);
  EXPECT_EQ(CanReadProblem(P(Role::kEnterprise, "9113"), sjz, "", "9114"), Access::kOutOfScope);
  EXPECT_EQ(CanReadProblem(Principal::Public(), sjz, "", ""), Access::kNotLoggedIn);
}

TEST(AccessTest, ScopesAreValidated) {
  const std::vector<campaign::Unit> units = {kSjz, kTaiyuan, kXian, kBeijing};
  EXPECT_TRUE(ValidateScope(Role::kNational, "", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kNational, "JJJ", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kRegion, "FW", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kRegion, "YRD", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kProvince, "山西省", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kProvince, "江苏省", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kCity, "130100", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kCity, "320100", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kDistrict, "130102", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kDistrict, "110105", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kDistrict, "130100", units).ok());  // a city, not a district
  EXPECT_FALSE(ValidateScope(Role::kDistrict, "320102", units).ok());
  EXPECT_TRUE(ValidateScope(Role::kEnterprise, "91130100MA0XXXXXX1", units).ok());
  EXPECT_FALSE(ValidateScope(Role::kEnterprise, "", units).ok());
  EXPECT_EQ(ParentCityOfDistrict("120104"), "120000");
  EXPECT_EQ(ParseRole("province"), Role::kProvince);
  EXPECT_EQ(ParseRole("admin"), std::nullopt);
  EXPECT_EQ(P(Role::kCity, "130100").Describe(), "u (city 130100)");
}

}  // namespace
}  // namespace lantian::auth
