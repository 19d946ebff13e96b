#include "ledger/key_task.hpp"

#include <gtest/gtest.h>

namespace lantian::ledger {
namespace {

TEST(KeyTaskTest, ComparisonsRoundTrip) {
  for (auto c : {Comparison::kAtLeast, Comparison::kAtMost, Comparison::kAbout}) {
    EXPECT_EQ(ParseComparison(ComparisonSymbol(c)), c);
  }
  EXPECT_EQ(ParseComparison("="), std::nullopt);
}

}  // namespace
}  // namespace lantian::ledger
