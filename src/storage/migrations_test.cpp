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

// Citus (distributed PostgreSQL) needs every primary key and unique constraint
// of a distributed table to contain the table's distribution column. The time
// series are distributed by site (docs/architecture.md); this keeps the schema
// movable to Citus without a change.
TEST(MigrationsTest, DistributedTablesKeepTheirDistributionColumnInEveryKey) {
  const std::vector<std::pair<std::string, std::string>> distributed = {
      {"station_days", "station_id"}, {"city_days", "city_code"}, {"dust_days", "city_code"}};
  std::string all;
  for (const auto& m : Migrations()) all += RenderSql(m.sql, Dialect::kPostgres);
  for (const auto& [table, column] : distributed) {
    const size_t start = all.find("CREATE TABLE " + table + " (");
    ASSERT_NE(start, std::string::npos) << table;
    const std::string body =
        all.substr(start, all.find("\n)", start) - start);  // to the closing paren
    const size_t pk = body.find("PRIMARY KEY (");
    ASSERT_NE(pk, std::string::npos) << table << " has no composite primary key";
    EXPECT_NE(body.substr(pk, body.find(')', pk) - pk).find(column), std::string::npos) << table;
    EXPECT_EQ(body.find("UNIQUE"), std::string::npos)
        << table << ": a unique key without " << column;
    // Nor may a unique index on the table leave the column out.
    for (size_t u = all.find("UNIQUE INDEX"); u != std::string::npos;
         u = all.find("UNIQUE INDEX", u + 1)) {
      const size_t on = all.find(" ON ", u), open = all.find('(', u), close = all.find(')', u);
      const std::string target = all.substr(on + 4, open - on - 4);
      if (target.find(table) != 0) continue;
      EXPECT_NE(all.substr(open, close - open).find(column), std::string::npos) << table;
    }
  }
}

}  // namespace
}  // namespace lantian::storage
