#include "audit/chain.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace lantian::audit {
namespace {

std::vector<Entry> Trail(int n) {
  std::vector<Entry> out;
  for (int i = 0; i < n; ++i) {
    Entry e{0,
            "2020-12-01 08:00:0" + std::to_string(i),
            "zhang (city 130100)",
            "POST /api/imports/long",
            "import",
            std::to_string(i),
            "",
            "{\"added\":" + std::to_string(i) + "}",
            "",
            ""};
    Link(e, out.empty() ? nullptr : &out.back());
    out.push_back(e);
  }
  return out;
}

std::optional<Break> Verify(const std::vector<Entry>& entries) {
  Verifier v;
  for (const auto& e : entries) {
    if (auto b = v.Add(e)) return b;
  }
  return std::nullopt;
}

TEST(ChainTest, AnIntactTrailVerifies) {
  auto t = Trail(5);
  EXPECT_EQ(t[0].id, 1);
  EXPECT_EQ(t[0].prev_hash, kGenesisHash);
  EXPECT_EQ(t[4].prev_hash, t[3].hash);
  Verifier v;
  for (const auto& e : t) ASSERT_EQ(v.Add(e), std::nullopt);
  EXPECT_EQ(v.count(), 5);
  EXPECT_EQ(v.head(), t[4].hash);
  EXPECT_EQ(Verifier().head(), kGenesisHash);
}

TEST(ChainTest, EditsDeletionsAndReorderingBreakIt) {
  auto edited = Trail(5);
  edited[2].after = "{\"added\":999}";
  EXPECT_EQ(Verify(edited)->id, 3);
  EXPECT_NE(Verify(edited)->reason.find("edited"), std::string::npos);

  auto rehashed = Trail(5);  // an edit with a recomputed hash breaks the next link
  rehashed[2].after = "{\"added\":999}";
  rehashed[2].hash = EntryHash(rehashed[2]);
  EXPECT_EQ(Verify(rehashed)->id, 4);

  auto deleted = Trail(5);
  deleted.erase(deleted.begin() + 1);
  EXPECT_EQ(Verify(deleted)->id, 3);
  EXPECT_NE(Verify(deleted)->reason.find("missing"), std::string::npos);

  auto swapped = Trail(5);  // contents of entries 2 and 3 swapped, ids kept
  std::swap(swapped[1], swapped[2]);
  std::swap(swapped[1].id, swapped[2].id);
  EXPECT_EQ(Verify(swapped)->id, 2);

  auto renumbered = Trail(3);
  renumbered[1].id = 7;
  EXPECT_EQ(Verify(renumbered)->id, 7);
}

TEST(ChainTest, FieldsCannotBeShiftedBetweenEachOther) {
  Entry a{1, "t", "ab", "c", "x", "y", "", "", std::string(kGenesisHash), ""};
  Entry b{1, "t", "a", "bc", "x", "y", "", "", std::string(kGenesisHash), ""};
  EXPECT_NE(EntryHash(a), EntryHash(b));
}

}  // namespace
}  // namespace lantian::audit
