#include "alert/verification.hpp"

#include <gtest/gtest.h>

namespace lantian::alert {
namespace {

TEST(VerificationTest, ScoresByIssuerAndLead) {
  // Hand-made: five next-day forecasts of issuer A, one two-day forecast.
  const std::vector<ForecastPair> pairs{
      {"A", 1, 230, 200, 250, 240},  // band hit, level 5 hit, heavy hit
      {"A", 1, 180, std::nullopt, std::nullopt,
       210},  // ±25 → 155…205: miss; level 4 vs 5; heavy miss
      {"A", 1, 260, std::nullopt, std::nullopt, 150},  // band miss; false alarm
      {"A", 1, 90, 80, 120, 110},                      // band hit; levels 2…3, observed 3: hit
      {"A", 1, 40, std::nullopt, std::nullopt, 60},    // 15…65: hit; level 1 vs 2: miss
      {"A", 2, 320, 300, 350, 330},
  };
  auto skill = ScoreForecasts(pairs);
  ASSERT_EQ(skill.size(), 2u);
  const Skill& a1 = skill[0];
  EXPECT_EQ(a1.lead_days, 1);
  EXPECT_EQ(a1.n, 5);
  EXPECT_EQ(a1.within_band, 3);
  EXPECT_EQ(a1.level_hits, 2);
  EXPECT_EQ(a1.heavy_hits, 1);
  EXPECT_EQ(a1.heavy_misses, 1);
  EXPECT_EQ(a1.false_alarms, 1);
  EXPECT_EQ(a1.correct_negatives, 2);
  EXPECT_DOUBLE_EQ(*a1.BandRate(), 0.6);
  EXPECT_DOUBLE_EQ(*a1.Pod(), 0.5);
  EXPECT_DOUBLE_EQ(*a1.Far(), 0.5);
  EXPECT_DOUBLE_EQ(*a1.Ts(), 1.0 / 3);
  // errors: −10, −30, 110, −20, −20 → Σ 30, Σ|·| 190
  EXPECT_DOUBLE_EQ(*a1.Bias(), 6.0);
  EXPECT_DOUBLE_EQ(*a1.Mae(), 38.0);
  EXPECT_EQ(skill[1].lead_days, 2);
  EXPECT_FALSE(skill[1].Far() == std::nullopt);
  EXPECT_FALSE(Skill{}.Pod());  // no heavy day at all: no score
}

core::Instant At(int day, int hour) {
  return core::Instant{(core::Date::FromYmd(2020, 12, day).days * int64_t{24} + hour) * 3600};
}

TEST(VerificationTest, Hindsight) {
  std::map<int32_t, int> observed;
  for (int d = 1; d <= 10; ++d) observed[core::Date::FromYmd(2020, 12, d).days] = 150;
  observed[core::Date::FromYmd(2020, 12, 3).days] = 240;
  observed[core::Date::FromYmd(2020, 12, 4).days] = 310;
  observed[core::Date::FromYmd(2020, 12, 8).days] = 220;
  observed[core::Date::FromYmd(2020, 12, 9).days] = 230;
  // An orange alert 2nd 12:00 to 5th 12:00; nothing for the 8th–9th.
  AlertPeriod a{At(2, 12), At(5, 12), Level::kOrange, Level::kOrange, Level::kOrange, "r", false};
  auto h = HindsightOf(std::span(&a, 1), observed, At(20, 0));
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].observed_days, 4);
  EXPECT_EQ(h[0].days_over_200, 2);
  EXPECT_EQ(h[0].max_observed, 310);
  auto episodes = ObservedEpisodes(std::span(&a, 1), observed, NationalDefault(), At(20, 0));
  ASSERT_EQ(episodes.size(), 2u);
  EXPECT_EQ(episodes[0].episode.level, Level::kYellow);  // 2 days > 200, 1 > 300 (orange needs 3)
  EXPECT_EQ(episodes[0].alert_level, Level::kOrange);
  EXPECT_EQ(episodes[1].episode.start, core::Date::FromYmd(2020, 12, 8));
  EXPECT_EQ(episodes[1].alert_level, Level::kNone);  // came without an alert
}

}  // namespace
}  // namespace lantian::alert
