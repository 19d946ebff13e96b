#include "storage/site_day_codec.hpp"

#include <gtest/gtest.h>

#include <random>

namespace lantian::storage {
namespace {

using core::Decimal;

TEST(SiteDayCodecTest, RoundTripsExactValues) {
  std::array<aq::HourlySeries, 3> in;
  in[0].Set(0, Decimal::FromInt(53));
  in[0].Set(23, *Decimal::Parse("0.000000000000000001"));
  in[2].Set(5, *Decimal::Parse("-1.25"));
  in[2].Set(6, *Decimal::Parse("999999999999.5"));
  std::string blob = EncodeSeries(in);
  std::array<aq::HourlySeries, 3> out;
  ASSERT_TRUE(DecodeSeries(blob, out).ok());
  EXPECT_EQ(in, out);
}

TEST(SiteDayCodecTest, IntegersAreCompact) {
  std::array<aq::HourlySeries, 6> in;
  for (auto& s : in) {
    for (int h = 0; h < 24; ++h) s.Set(h, Decimal::FromInt(40 + h));
  }
  // 2 header bytes + 6 × (3 mask + 1 scale + 24 one-byte values)
  EXPECT_EQ(EncodeSeries(in).size(), 2u + 6u * 28u);
}

TEST(SiteDayCodecTest, RandomRoundTrip) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 500; ++trial) {
    std::array<aq::HourlySeries, 9> in;
    for (auto& s : in) {
      for (int h = 0; h < 24; ++h) {
        if (rng() % 3 == 0) continue;
        int places = static_cast<int>(rng() % 19);
        int64_t scaled = static_cast<int64_t>(rng() % 100000000) - 1000;
        s.Set(h, Decimal::FromScaled(scaled, places));
      }
    }
    std::array<aq::HourlySeries, 9> out;
    ASSERT_TRUE(DecodeSeries(EncodeSeries(in), out).ok());
    ASSERT_EQ(in, out);
  }
}

TEST(SiteDayCodecTest, CorruptBlobsAreErrors) {
  std::array<aq::HourlySeries, 1> out;
  EXPECT_FALSE(DecodeSeries("", out).ok());
  EXPECT_FALSE(DecodeSeries(std::string("\x02\x01", 2), out).ok());
  std::array<aq::HourlySeries, 1> in;
  in[0].Set(3, Decimal::FromInt(300));
  std::string blob = EncodeSeries(in);
  EXPECT_FALSE(DecodeSeries(blob.substr(0, blob.size() - 1), out).ok());
  // Fewer stored series than asked for: the rest are empty.
  std::array<aq::HourlySeries, 4> more;
  ASSERT_TRUE(DecodeSeries(blob, more).ok());
  EXPECT_EQ(more[0], in[0]);
  EXPECT_TRUE(more[3].empty());
}

}  // namespace
}  // namespace lantian::storage
