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

namespace lantian::storage {

std::vector<std::string> TaskUnitColumns(const ledger::TaskUnit& u) {
  return {u.task_id,
          u.unit,
          u.parent,
          std::string(ledger::LevelName(u.level)),
          u.name,
          u.target.ToString(),
          u.deadline,
          std::string(ledger::RhythmName(u.rhythm)),
          u.start_date,
          u.start_value ? u.start_value->ToString() : "",
          u.responsible_name,
          u.responsible_office,
          u.assigned_by,
          u.assigned_at};
}

core::Result<ledger::TaskUnit> TaskUnitOfColumns(const std::vector<std::string>& c) {
  if (c.size() != kTaskUnitColumns) return core::Internal("task unit: wrong column count");
  const auto corrupt = core::Internal("corrupt task unit " + c[0] + " " + c[1]);
  auto level = ledger::ParseLevel(c[3]);
  auto target = core::Decimal::Parse(c[5]);
  auto rhythm = ledger::ParseRhythm(c[7]);
  if (!level || !target || !rhythm) return corrupt;
  ledger::TaskUnit u{c[0],    c[1], c[2],         *level, c[4],  *target, c[6],
                     *rhythm, c[8], std::nullopt, c[10],  c[11], c[12],   c[13]};
  if (!c[9].empty()) {
    auto start = core::Decimal::Parse(c[9]);
    if (!start) return corrupt;
    u.start_value = *start;
  }
  return u;
}

std::vector<std::string> ProblemColumns(const Problem& p) {
  return {p.city_code, p.district, p.credit_code, p.site,     p.kind,
          p.what,      p.source,   p.source_ref,  p.found_by, p.found_at,
          p.photos,    p.deadline, p.plan,        p.status,   std::to_string(p.rebound_of),
          p.updated_at};
}

core::Result<Problem> ProblemOfColumns(int64_t id, const std::vector<std::string>& c) {
  if (c.size() != kProblemColumns) return core::Internal("problem: wrong column count");
  int64_t rebound = 0;
  try {
    rebound = std::stoll(c[14]);
  } catch (...) {
    return core::Internal("corrupt problem " + std::to_string(id));
  }
  return Problem{id,   c[0], c[1],  c[2],  c[3],  c[4],  c[5],    c[6], c[7],
                 c[8], c[9], c[10], c[11], c[12], c[13], rebound, c[15]};
}

}  // namespace lantian::storage
