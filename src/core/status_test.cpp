#include "core/status.hpp"

#include <gtest/gtest.h>

#include <set>

namespace lantian::core {
namespace {

Result<int> Half(int v) {
  if (v % 2 != 0) return InvalidInput("odd", "v");
  return v / 2;
}

Result<int> Quarter(int v) {
  LANTIAN_ASSIGN_OR_RETURN(int h, Half(v));
  return Half(h);
}

TEST(StatusTest, ResultCarriesValueOrError) {
  EXPECT_EQ(*Quarter(8), 2);
  auto r = Quarter(6);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(r.error().ToString(), "InvalidInput: odd (v)");
}

TEST(StatusTest, ErrorTableIsCompleteAndDistinct) {
  std::set<int> exits;
  std::set<std::string_view> names;
  for (const auto& info : AllErrorCodes()) {
    EXPECT_EQ(&Info(info.code), &info);
    EXPECT_GE(info.http_status, 400);
    EXPECT_NE(info.exit_code, 0);
    exits.insert(info.exit_code);
    names.insert(info.name);
  }
  EXPECT_EQ(exits.size(), AllErrorCodes().size());
  EXPECT_EQ(names.size(), AllErrorCodes().size());
  EXPECT_EQ(Info(ErrorCode::kNotFound).http_status, 404);
  EXPECT_EQ(Info(ErrorCode::kForbidden).http_status, 403);
}

}  // namespace
}  // namespace lantian::core
