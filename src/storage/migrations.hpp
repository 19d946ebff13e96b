// The numbered schema migrations (src/storage/migrations/NNNN_name.sql, compiled
// into the binary) and their rendering per SQL dialect. Migrations are written once
// in portable SQL; the tokens {{BLOB}}, {{SERIAL_PK}} and {{WITHOUT_ROWID}} take
// each backend's spelling. A migration is never edited once released: changes
// are new files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lantian::storage {

enum class Dialect { kSqlite, kPostgres };

struct Migration {
  int version;       // NNNN of the file name
  std::string name;  // file name
  std::string sql;   // portable text
};

// All migrations in version order.
std::vector<Migration> Migrations();
std::string RenderSql(std::string_view portable_sql, Dialect dialect);

}  // namespace lantian::storage
