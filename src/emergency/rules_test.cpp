#include "emergency/rules.hpp"

#include <gtest/gtest.h>

#include "emergency/test_list.hpp"

namespace lantian::emergency {
namespace {

using testing::M;
using testing::SmallList;
constexpr auto Y = alert::Level::kYellow, O = alert::Level::kOrange, R = alert::Level::kRed;

const std::set<std::string> kIndustries{"cement", "industrial-coating"};

Templates Defaults() {
  std::vector<Template> rows;
  for (auto [grade, y, o, r] : {std::tuple{Grade::kB, 100, 200, 300},
                                {Grade::kC, 200, 300, 500},
                                {Grade::kD, 300, 500, 1000}}) {
    rows.push_back({"*", grade, Y, y});
    rows.push_back({"*", grade, O, o});
    rows.push_back({"*", grade, R, r});
  }
  rows.push_back({"cement", Grade::kB, R, 1000});  // cement kilns of grade B stop at red
  return Templates(rows);
}

std::vector<std::string> Rules(const std::vector<Finding>& f) {
  std::vector<std::string> out;
  for (const auto& x : f) out.push_back(x.rule + " " + x.enterprise.substr(0, 4) + "/" + x.line);
  return out;
}

TEST(EmergencyRulesTest, AGoodListHasNoFindings) {
  EXPECT_EQ(Rules(ValidateList(SmallList(), kIndustries, Defaults())), std::vector<std::string>{});
}

TEST(EmergencyRulesTest, TemplatesAndTheirFallback) {
  const Templates t = Defaults();
  EXPECT_EQ(t.MinPermille("cement", Grade::kB, R), 1000);
  EXPECT_EQ(t.MinPermille("cement", Grade::kB, O), 200);  // from "*"
  EXPECT_EQ(t.MinPermille("glass", Grade::kC, Y), 200);
  EXPECT_FALSE(t.MinPermille("glass", Grade::kA, Y));
  EXPECT_EQ(t.Strictest("cement"), 1000);
  EXPECT_EQ(t.Strictest("glass"), 1000);
}

TEST(EmergencyRulesTest, EachRuleNamesEnterpriseLineAndRule) {
  EmergencyList l = SmallList();
  l.measures[0].permille = {50, 50, 50, 50};  // B cement yellow: 5 % < 10 %
  l.measures[1].verify = {};                  // orange limit without any verification
  l.enterprises[1].grade = Grade::kC;         // self-determined no longer allowed
  auto f = ValidateList(l, kIndustries, Defaults());
  auto rules = Rules(f);
  const std::vector<std::string> want{"below-template 9144/1", "unverifiable 9144/1",
                                      "self-not-allowed 9111/c", "self-not-allowed 9111/c",
                                      "self-not-allowed 9111/c"};
  EXPECT_EQ(rules, want);
  EXPECT_EQ(f[0].message,
            "yellow: limit: SO2 cut 5 %, the template for grade B in cement asks at least 10 %");
  EXPECT_EQ(f[0].sheet, "measures");
  EXPECT_EQ(f[0].row, 2);
}

TEST(EmergencyRulesTest, MissingWeakerDuplicateUnknown) {
  EmergencyList l = SmallList();
  l.measures.erase(l.measures.begin() + 1);  // no orange for the kiln
  l.measures.push_back(
      M("91110000802100433B", "c", R, MeasureKind::kSelfDetermined, 200, false, 8));
  l.measures.push_back(M("91110000802100433B", "x", R, MeasureKind::kStop, 1000, true, 9));
  l.enterprises.push_back(l.enterprises[0]);  // listed twice
  l.enterprises.back().row = 4;
  l.enterprises[1].credit_code[17] = 'C';  // bad check character
  auto rules = Rules(ValidateList(l, kIndustries, Defaults()));
  for (const char* want : {"duplicate 9144/", "credit-code 9111/", "missing-measure 9144/1"}) {
    EXPECT_NE(std::find(rules.begin(), rules.end(), want), rules.end()) << want;
  }
  // The bad code makes the coating plant unknown to its lines and measures.
  EXPECT_NE(std::find(rules.begin(), rules.end(), "unknown-enterprise 9111/c"), rules.end());

  l = SmallList();
  l.measures[3].permille = {0, 0, 0, 400};  // A: yellow 40 %, orange 30 %: weaker when stricter
  l.measures.push_back(
      M("91110000802100433B", "c", R, MeasureKind::kSelfDetermined, 600, false, 8));
  l.measures.push_back(M("9144030071526726XG", "9", R, MeasureKind::kStop, 1000, true, 9));
  rules = Rules(ValidateList(l, kIndustries, Defaults()));
  EXPECT_EQ(rules, (std::vector<std::string>{"weaker-when-stricter 9111/c", "duplicate 9111/c",
                                             "unknown-line 9144/9"}));
}

TEST(EmergencyRulesTest, CategoriesAndNonCompliance) {
  EmergencyList l = SmallList();
  l.enterprises[0].categories.residential_heating = true;  // never limited: the limits are findings
  auto rules = Rules(ValidateList(l, kIndustries, Defaults()));
  EXPECT_EQ(rules, (std::vector<std::string>{"never-limited 9144/1", "never-limited 9144/1",
                                             "never-limited 9144/1"}));
  l.measures.erase(l.measures.begin(), l.measures.begin() + 3);  // and needs no measure
  EXPECT_TRUE(ValidateList(l, kIndustries, Defaults()).empty());

  l = SmallList();
  l.enterprises[0].grade = Grade::kNonCompliant;  // stop or the strictest limit (cement: stop)
  rules = Rules(ValidateList(l, kIndustries, Defaults()));
  EXPECT_EQ(rules, (std::vector<std::string>{"non-compliant 9144/1", "non-compliant 9144/1"}));

  l = SmallList();
  l.enterprises[0].categories.guarantee = true;  // own rules: no template minimum
  l.measures[0].permille = {10, 10, 10, 10};
  EXPECT_TRUE(ValidateList(l, kIndustries, Defaults()).empty());

  l = SmallList();
  l.measures[2].kind = MeasureKind::kTransportLimit;
  l.measures[2].permille = {1000, 1000, 1000, 1000};
  l.measures[2].verify = {"", "", true, false};  // video, but no gate records
  rules = Rules(ValidateList(l, kIndustries, Defaults()));
  EXPECT_EQ(rules, (std::vector<std::string>{"unverifiable 9144/1"}));
  l.enterprises[0].industry = "bakery";
  rules = Rules(ValidateList(l, kIndustries, Defaults()));
  EXPECT_EQ(rules.front(), "unknown-industry 9144/");
}

TEST(RulesTest, OnlySteelWorksAreCertifiedUltraLowEmission) {
  EmergencyList l = SmallList();
  l.enterprises[0].categories.ule_steel = true;  // a cement works
  const auto findings = ValidateList(
      l, {"cement", "industrial-coating"},
      Templates({{"*", Grade::kB, Y, 100}, {"*", Grade::kB, O, 200}, {"*", Grade::kB, R, 300}}));
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "ule-not-steel");
  EXPECT_EQ(findings[0].sheet, "enterprises");
  l.enterprises[0].industry = "steel-long";
  for (const auto& f : ValidateList(l, {"steel-long", "industrial-coating"}, Templates())) {
    EXPECT_NE(f.rule, "ule-not-steel");
  }
}

TEST(RulesTest, AProvincesTemplatesReplaceAnIndustrysRowsOnly) {
  const std::vector<Template> built_in{
      {"*", Grade::kB, Y, 100}, {"*", Grade::kC, Y, 200}, {"cement", Grade::kB, Y, 150}};
  const Templates merged(MergeTemplates(built_in, {{"cement", Grade::kC, Y, 400}}));
  EXPECT_EQ(merged.MinPermille("cement", Grade::kC, Y), 400);
  // The province's cement rows replace all built-in cement rows: cement B falls back to "*".
  EXPECT_EQ(merged.MinPermille("cement", Grade::kB, Y), 100);
  EXPECT_EQ(merged.MinPermille("glass", Grade::kC, Y), 200);
  const Templates stricter(MergeTemplates(built_in, {{"*", Grade::kB, Y, 120}}));
  EXPECT_EQ(stricter.MinPermille("glass", Grade::kB, Y), 120);
  EXPECT_EQ(stricter.MinPermille("glass", Grade::kC, Y), std::nullopt);  // "*" replaced whole
  EXPECT_EQ(stricter.MinPermille("cement", Grade::kB, Y), 150);
}

}  // namespace
}  // namespace lantian::emergency
