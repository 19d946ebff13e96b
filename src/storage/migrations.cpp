#include "storage/migrations.hpp"

#include <algorithm>

#include "core/embedded.hpp"

namespace lantian::embedded {
std::span<const EmbeddedFile> Files_migrations();
}

namespace lantian::storage {
namespace {

void ReplaceAll(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
}

}  // namespace

std::vector<Migration> Migrations() {
  std::vector<Migration> out;
  for (const auto& f : embedded::Files_migrations()) {
    out.push_back(
        {std::stoi(std::string(f.name.substr(0, 4))), std::string(f.name), std::string(f.content)});
  }
  std::sort(out.begin(), out.end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  return out;
}

std::string RenderSql(std::string_view portable_sql, Dialect dialect) {
  std::string s(portable_sql);
  const bool pg = dialect == Dialect::kPostgres;
  ReplaceAll(s, "{{BLOB}}", pg ? "BYTEA" : "BLOB");
  ReplaceAll(s, "{{SERIAL_PK}}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY");
  ReplaceAll(s, "{{WITHOUT_ROWID}}", pg ? "" : "WITHOUT ROWID");
  return s;
}

}  // namespace lantian::storage
