#include "core/decimal.hpp"

#include <gtest/gtest.h>

namespace lantian::core {
namespace {

Decimal D(std::string_view s) {
  auto r = Decimal::Parse(s);
  EXPECT_TRUE(r.has_value()) << s << ": " << r.status().ToString();
  return r.has_value() ? *r : Decimal();
}

TEST(DecimalTest, ParsesPlainAndExponentForms) {
  EXPECT_EQ(D("12"), Decimal::FromInt(12));
  EXPECT_EQ(D("1.2"), Decimal::FromScaled(12, 1));
  EXPECT_EQ(D("-0.5"), Decimal::FromScaled(-5, 1));
  EXPECT_EQ(D("+3."), Decimal::FromInt(3));
  EXPECT_EQ(D(".25"), Decimal::FromScaled(25, 2));
  EXPECT_EQ(D("1.25e-3"), Decimal::FromScaled(125, 5));
  EXPECT_EQ(D("1.5E2"), Decimal::FromInt(150));
  EXPECT_EQ(D("000120.000"), Decimal::FromInt(120));
  EXPECT_EQ(D("0"), Decimal());
  EXPECT_EQ(D("-0.000"), Decimal());
  EXPECT_EQ(D("0e999999"), Decimal());
  EXPECT_EQ(D("0.30000000000000004").units(), Decimal::kOne * 3 / 10 + 40);
  EXPECT_EQ(D("0.000000000000000001").units(), 1);
  EXPECT_EQ(D("1000000000000"), Decimal::FromInt(1'000'000'000'000));
}

TEST(DecimalTest, RejectsWithReasons) {
  for (const char* bad : {"", "-", ".", "abc", "1,5", "1.2.3", " 1", "1 ", "e5", "1e", "NaN"}) {
    auto r = Decimal::Parse(bad);
    ASSERT_FALSE(r.has_value()) << bad;
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
    EXPECT_NE(r.error().message().find("not a number"), std::string::npos) << bad;
  }
  auto precise = Decimal::Parse("0.0000000000000000001");
  ASSERT_FALSE(precise.has_value());
  EXPECT_NE(precise.error().message().find("18 decimal places"), std::string::npos);
  auto large = Decimal::Parse("1000000000000.5");
  ASSERT_FALSE(large.has_value());
  EXPECT_NE(large.error().message().find("out of range"), std::string::npos);
  EXPECT_FALSE(Decimal::Parse("1e13").has_value());
  EXPECT_FALSE(Decimal::Parse("1e-19").has_value());
}

TEST(DecimalTest, RoundsHalfToEvenPerGbT8170) {
  EXPECT_EQ(D("74.5").RoundHalfEven(0), Decimal::FromInt(74));
  EXPECT_EQ(D("75.5").RoundHalfEven(0), Decimal::FromInt(76));
  EXPECT_EQ(D("74.500000000000000001").RoundHalfEven(0), Decimal::FromInt(75));
  EXPECT_EQ(D("74.499999999999999999").RoundHalfEven(0), Decimal::FromInt(74));
  EXPECT_EQ(D("1.25").RoundHalfEven(1), D("1.2"));
  EXPECT_EQ(D("1.35").RoundHalfEven(1), D("1.4"));
  EXPECT_EQ(D("1.251").RoundHalfEven(1), D("1.3"));
  EXPECT_EQ(D("-2.5").RoundHalfEven(0), Decimal::FromInt(-2));
  EXPECT_EQ(D("-3.5").RoundHalfEven(0), Decimal::FromInt(-4));
  EXPECT_EQ(D("0.5").ScaledHalfEven(0), 0);
  EXPECT_EQ(D("1.5").ScaledHalfEven(0), 2);
  EXPECT_EQ(D("0.05").ScaledHalfEven(1), 0);
  EXPECT_EQ(D("0.15").ScaledHalfEven(1), 2);
}

TEST(DecimalTest, FormatsExactly) {
  EXPECT_EQ(D("12").ToString(), "12");
  EXPECT_EQ(D("1.20").ToString(), "1.2");
  EXPECT_EQ(D("-0.05").ToString(), "-0.05");
  EXPECT_EQ(D("0.000000000000000001").ToString(), "0.000000000000000001");
  EXPECT_EQ(D("1").ToFixed(1), "1.0");
  EXPECT_EQ(D("0.25").ToFixed(1), "0.2");
  EXPECT_EQ(D("0.35").ToFixed(1), "0.4");
  EXPECT_EQ(D("74.5").ToFixed(0), "74");
  EXPECT_EQ(D("-1.05").ToFixed(1), "-1.0");
}

TEST(DecimalTest, RoundedMeanIsOneExactRounding) {
  // (74 + 75) / 2 = 74.5 -> 74 ; (75 + 76) / 2 = 75.5 -> 76
  EXPECT_EQ(RoundedMean(D("149"), 2, 0), Decimal::FromInt(74));
  EXPECT_EQ(RoundedMean(D("151"), 2, 0), Decimal::FromInt(76));
  // 1/3 = 0.333.. -> 0.3 ; 20/3 = 6.666.. -> 7
  EXPECT_EQ(RoundedMean(D("1"), 3, 1), D("0.3"));
  EXPECT_EQ(RoundedMean(D("20"), 3, 0), Decimal::FromInt(7));
  // A sum that a double cannot hold exactly still rounds right.
  EXPECT_EQ(RoundedMean(D("0.1") + D("0.2") + D("0.2"), 2, 1), D("0.2"));  // 0.25 -> 0.2
  EXPECT_EQ(RoundedMean(D("0.1") + D("0.2") + D("0.4"), 2, 1), D("0.4"));  // 0.35 -> 0.4
}

TEST(DecimalTest, RoundedInterpolation) {
  // 10 + (20 - 10) * 45 / 100 = 14.5 -> 14
  EXPECT_EQ(RoundedInterpolation(D("10"), D("20"), 45, 100, 0), Decimal::FromInt(14));
  EXPECT_EQ(RoundedInterpolation(D("10"), D("20"), 55, 100, 0), Decimal::FromInt(16));
  EXPECT_EQ(RoundedInterpolation(D("1.1"), D("1.2"), 50, 100, 1), D("1.2"));
}

TEST(DecimalTest, RoundedRatio) {
  EXPECT_EQ(RoundedRatio(D("-7"), D("70"), 1), D("-0.1"));
  EXPECT_EQ(RoundedRatio(D("1"), D("8"), 2), D("0.12"));  // 0.125 → 0.12
  EXPECT_EQ(RoundedRatio(D("3"), D("8"), 2), D("0.38"));  // 0.375 → 0.38
  EXPECT_EQ(RoundedRatio(D("2"), D("3"), 0), D("1"));
}

TEST(DecimalTest, PlacesAndExactScaling) {
  EXPECT_EQ(DecimalPlaces(D("53")), 0);
  EXPECT_EQ(DecimalPlaces(D("0")), 0);
  EXPECT_EQ(DecimalPlaces(D("1.2")), 1);
  EXPECT_EQ(DecimalPlaces(D("-1.25")), 2);
  EXPECT_EQ(DecimalPlaces(D("120")), 0);
  EXPECT_EQ(DecimalPlaces(D("0.000000000000000001")), 18);
  EXPECT_EQ(DecimalPlaces(D("999999999999.999999999999999999")), 18);
  EXPECT_EQ(ScaledExact(D("53"), 0), 53);
  EXPECT_EQ(ScaledExact(D("53"), 2), 5300);
  EXPECT_EQ(ScaledExact(D("-1.25"), 2), -125);
  EXPECT_EQ(ScaledExact(D("-1.25"), 5), -125000);
  EXPECT_EQ(ScaledExact(D("-1000000000000"), 0), -1000000000000);
  EXPECT_EQ(ScaledExact(D("0.000000000000000001"), 18), 1);
  for (int64_t v : {1LL, 7LL, 10LL, 12345LL, -99LL, 1000000000000LL}) {
    for (int places = 0; places <= 6; ++places) {
      Decimal d = Decimal::FromScaled(v, places);
      EXPECT_EQ(ScaledExact(d, 6), d.units() / Pow10(12)) << v << " " << places;
      EXPECT_LE(DecimalPlaces(d), places);
    }
  }
}

TEST(DecimalTest, DivisionHelpers) {
  EXPECT_EQ(DivideCeil(7, 2), 4);
  EXPECT_EQ(DivideCeil(8, 2), 4);
  EXPECT_EQ(DivideCeil(0, 5), 0);
  EXPECT_EQ(DivideHalfEven(5, 2), 2);
  EXPECT_EQ(DivideHalfEven(7, 2), 4);
  EXPECT_EQ(DivideHalfEven(-5, 2), -2);
  EXPECT_EQ(DivideHalfEven(-7, 2), -4);
  EXPECT_EQ(DivideHalfEven(-4, 3), -1);
}

}  // namespace
}  // namespace lantian::core
