#include "storage/migrations.hpp"

#include <gtest/gtest.h>

namespace lantian::storage {
namespace {

TEST(MigrationsTest, NumberedFromOneWithoutGaps) {
  auto all = Migrations();
  ASSERT_FALSE(all.empty());
  for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].version, static_cast<int>(i) + 1);
}

TEST(MigrationsTest, DialectTokens) {
  const std::string sql = "a {{BLOB}} b {{SERIAL_PK}} c {{WITHOUT_ROWID}};";
  EXPECT_EQ(RenderSql(sql, Dialect::kSqlite), "a BLOB b INTEGER PRIMARY KEY c WITHOUT ROWID;");
  EXPECT_EQ(RenderSql(sql, Dialect::kPostgres), "a BYTEA b BIGSERIAL PRIMARY KEY c ;");
  for (const auto& m : Migrations()) {
    EXPECT_EQ(RenderSql(m.sql, Dialect::kSqlite).find("{{"), std::string::npos) << m.name;
  }
}

}  // namespace
}  // namespace lantian::storage
