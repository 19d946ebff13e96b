#include "app/list_revisions.hpp"

#include <gtest/gtest.h>

namespace lantian::app {
namespace {

nlohmann::json Edit(nlohmann::json extra) {
  nlohmann::json j{{"credit_code", "91130100MA0CEMT01Q"},
                   {"line", "1"},
                   {"level", "orange"},
                   {"measure", "limit"}};
  if (!extra.is_null()) j.update(extra);
  return j;
}

std::string FieldOf(const nlohmann::json& j) {
  auto m = MeasureEditFromJson(j, 2);
  return m ? "" : std::string(m.error().field());
}

TEST(ListRevisionsTest, EditsReadAsMeasures) {
  auto m = MeasureEditFromJson(Edit({{"percent", 25.5}, {"meter", "E-1"}, {"video", true}}), 0);
  ASSERT_TRUE(m) << m.error().message();
  EXPECT_EQ(m->level, alert::Level::kOrange);
  EXPECT_EQ(m->kind, emergency::MeasureKind::kLimit);
  EXPECT_EQ(m->permille, (emergency::PerPollutant{255, 255, 255, 255}));
  EXPECT_EQ(m->verify.meter, "E-1");
  EXPECT_TRUE(m->verify.video);

  auto stop = MeasureEditFromJson(Edit({{"measure", "停产"}}), 0);
  ASSERT_TRUE(stop);
  EXPECT_EQ(stop->permille, (emergency::PerPollutant{1000, 1000, 1000, 1000}));

  auto self = MeasureEditFromJson(Edit({{"measure", "self"}, {"percent_by", {{"VOCs", 30}}}}), 0);
  ASSERT_TRUE(self);
  EXPECT_EQ(self->permille, (emergency::PerPollutant{0, 0, 0, 300}));
}

TEST(ListRevisionsTest, BadEditsNameTheirField) {
  EXPECT_EQ(FieldOf(Edit({})), "measures[2].percent");  // a limit needs its share
  EXPECT_EQ(FieldOf(Edit({{"percent", 10.25}})), "measures[2].percent");
  EXPECT_EQ(FieldOf(Edit({{"percent", 120}})), "measures[2].percent");
  EXPECT_EQ(FieldOf(Edit({{"percent", "10"}})), "measures[2].percent");
  EXPECT_EQ(FieldOf(Edit({{"level", "blue"}, {"percent", 10}})), "measures[2].level");
  EXPECT_EQ(FieldOf(Edit({{"measure", "pause"}})), "measures[2].measure");
  EXPECT_EQ(FieldOf(Edit({{"line", nullptr}, {"percent", 10}})), "measures[2].line");
  EXPECT_EQ(FieldOf(Edit({{"percent", 10}, {"gate", "yes"}})), "measures[2].gate");
  EXPECT_EQ(FieldOf(Edit({{"measure", "self"}, {"percent_by", {{"PM", -1}}}})),
            "measures[2].percent_by.PM");
  EXPECT_EQ(FieldOf(nlohmann::json::array()), "measures[2]");
}

}  // namespace
}  // namespace lantian::app
