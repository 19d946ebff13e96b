#include "storage/store.hpp"

#include <cstdio>
#include <cstdlib>

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

namespace {

std::string CoordinateText(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", *v);
  return buf;
}

bool CoordinateOf(const std::string& text, std::optional<double>& out) {
  if (text.empty()) return true;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return false;
  out = v;
  return true;
}

}  // namespace

std::vector<std::string> WorkshopColumns(const Workshop& w) {
  return {w.city_code,
          w.district,
          w.township,
          w.name,
          w.address,
          CoordinateText(w.lat),
          CoordinateText(w.lon),
          w.industry,
          w.what,
          w.source,
          w.source_ref,
          w.found_by,
          w.found_at,
          w.photos,
          w.deadline,
          w.status,
          std::to_string(w.rebound_of),
          w.updated_at};
}

core::Result<Workshop> WorkshopOfColumns(int64_t id, const std::vector<std::string>& c) {
  if (c.size() != kWorkshopColumns) return core::Internal("workshop: wrong column count");
  Workshop w{id,           c[0],  c[1],  c[2], c[3],  c[4],  std::nullopt,
             std::nullopt, c[7],  c[8],  c[9], c[10], c[11], c[12],
             c[13],        c[14], c[15], 0,    c[17]};
  char* end = nullptr;
  w.rebound_of = std::strtoll(c[16].c_str(), &end, 10);
  if (!CoordinateOf(c[5], w.lat) || !CoordinateOf(c[6], w.lon) || c[16].empty() ||
      end != c[16].c_str() + c[16].size()) {
    return core::Internal("corrupt workshop " + std::to_string(id));
  }
  return w;
}

std::vector<std::string> PowerAccountColumns(const PowerAccount& a) {
  return {a.account,
          a.city_code,
          a.district,
          a.customer,
          a.address,
          CoordinateText(a.lat),
          CoordinateText(a.lon),
          a.tariff,
          a.capacity_kva,
          a.registered_by,
          a.registered_at};
}

core::Result<PowerAccount> PowerAccountOfColumns(const std::vector<std::string>& c) {
  if (c.size() != kPowerAccountColumns) return core::Internal("power account: wrong column count");
  PowerAccount a{c[0], c[1], c[2], c[3], c[4], std::nullopt, std::nullopt, c[7], c[8], c[9], c[10]};
  if (!CoordinateOf(c[5], a.lat) || !CoordinateOf(c[6], a.lon)) {
    return core::Internal("corrupt power account " + c[0]);
  }
  return a;
}

}  // namespace lantian::storage
