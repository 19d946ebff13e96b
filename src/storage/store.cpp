#include "storage/store.hpp"

#include "storage/postgres/pg_store.hpp"
#include "storage/sqlite/sqlite_store.hpp"

namespace lantian::storage {

core::Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
  if (location.empty()) return core::InvalidInput("no database given", "--db");
  if (location.rfind("postgres://", 0) == 0 || location.rfind("postgresql://", 0) == 0) {
    LANTIAN_ASSIGN_OR_RETURN(auto pg, postgres::PgStore::Open(location));
    return std::unique_ptr<Store>(std::move(pg));
  }
  LANTIAN_ASSIGN_OR_RETURN(auto store, sqlite::SqliteStore::Open(location));
  return std::unique_ptr<Store>(std::move(store));
}

core::Status InTransaction(Store& store, const std::function<core::Status()>& work) {
  LANTIAN_RETURN_IF_ERROR(store.Begin());
  core::Status s = work();
  if (!s.ok()) {
    (void)store.Rollback();
    return s;
  }
  s = store.Commit();
  if (!s.ok()) (void)store.Rollback();
  return s;
}

core::Status AppendAudit(Store& store, audit::Entry entry) {
  LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
  LANTIAN_ASSIGN_OR_RETURN(std::optional<audit::Entry> last, store.LastAuditEntry());
  audit::Link(entry, last ? &*last : nullptr);
  return store.AppendAuditEntry(entry);
}

}  // namespace lantian::storage
