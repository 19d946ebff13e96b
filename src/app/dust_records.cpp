#include "app/dust_records.hpp"

#include "app/access_status.hpp"
#include "app/records.hpp"
#include "auth/access.hpp"
#include "campaign/city_target.hpp"
#include "crypto/crypto.hpp"
#include "io/campaign_tables.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

core::Result<campaign::Unit> UnitOf(storage::Store& store, const std::string& city) {
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const campaign::Unit* u = io::FindUnit(city, units);
  if (!u) return core::NotFound("no unit " + city + " in the plan", "city");
  return *u;
}

core::Status CheckDustWrite(const Actor& actor, const campaign::Unit& u) {
  return AccessStatus(auth::CanWriteDust(actor.principal, auth::PlaceOf(u)), "unit " + u.code,
                      "this role may not flag dust days or import dust fall");
}

nlohmann::json DustDayJson(const std::string& city, core::Date date, const std::string& reason) {
  return {{"city_code", city}, {"date", core::FormatIsoDate(date)}, {"reason", reason}};
}

// A dust table read whole: its hash for the source and the audit trail, and its
// rows, each checked against the actor's right to write for the row's city.
template <class RowT>
struct DustTable {
  std::string sha;
  std::vector<RowT> rows;
};

template <class RowT, class Read>
core::Result<DustTable<RowT>> ReadDustTable(storage::Store& store, const TableFile& table,
                                            const Actor& actor, Read read) {
  DustTable<RowT> t;
  LANTIAN_ASSIGN_OR_RETURN(t.sha, crypto::Sha256OfFile(table.path));
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(table.path));
  io::FileReport report(table.name);
  t.rows = read(reader, units, report);
  LANTIAN_RETURN_IF_ERROR(report.ToStatus());
  for (const auto& r : t.rows) {
    LANTIAN_RETURN_IF_ERROR(CheckDustWrite(actor, *io::FindUnit(r.city_code, units)));
  }
  return t;
}

}  // namespace

core::Status MarkDustDay(storage::Store& store, const DustMark& mark, const Actor& actor,
                         const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, UnitOf(store, mark.city));
  LANTIAN_RETURN_IF_ERROR(CheckDustWrite(actor, u));
  if (mark.reason.empty()) return core::InvalidInput("a dust day needs its reason", "reason");
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto existing, store.DustDays({mark.date, mark.date}));
    nlohmann::json before;
    for (const auto& d : existing) {
      if (d.city_code == u.code) before = DustDayJson(d.city_code, d.date, d.note);
    }
    LANTIAN_ASSIGN_OR_RETURN(int64_t source,
                             store.AddSource({0, "dust-day", actor.name, false, now, mark.reason}));
    LANTIAN_RETURN_IF_ERROR(store.MarkDustDay({u.code, mark.date, source, mark.reason}));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "dust-day",
                            u.code + " " + core::FormatIsoDate(mark.date),
                            before.is_null() ? "" : before.dump(),
                            DustDayJson(u.code, mark.date, mark.reason).dump(), "", ""});
  });
}

core::Status UnmarkDustDay(storage::Store& store, const std::string& city, core::Date date,
                           const std::string& reason, const Actor& actor, const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, UnitOf(store, city));
  LANTIAN_RETURN_IF_ERROR(CheckDustWrite(actor, u));
  if (reason.empty()) return core::InvalidInput("removing a dust flag needs its reason", "reason");
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(auto existing, store.DustDays({date, date}));
    nlohmann::json before;
    for (const auto& d : existing) {
      if (d.city_code == u.code) before = DustDayJson(d.city_code, d.date, d.note);
    }
    LANTIAN_ASSIGN_OR_RETURN(bool removed, store.UnmarkDustDay(u.code, date));
    if (!removed) {
      return core::NotFound(u.code + " " + core::FormatIsoDate(date) + " is not a dust day",
                            "date");
    }
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "dust-day",
                            u.code + " " + core::FormatIsoDate(date), before.dump(),
                            nlohmann::json{{"removed", true}, {"reason", reason}}.dump(), "", ""});
  });
}

core::Result<TableImportResult> ImportDustDays(storage::Store& store, const TableFile& table,
                                               const Actor& actor, const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(auto t,
                           (ReadDustTable<io::DustDayRow>(store, table, actor, io::ReadDustDays)));
  const std::string& sha = t.sha;
  const auto& rows = t.rows;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(
        int64_t source, store.AddSource({0, "dust-days", table.name, false, now, "sha256 " + sha}));
    nlohmann::json after = nlohmann::json::array();
    for (const auto& r : rows) {
      const std::string reason = r.reason.empty() ? "imported from " + table.name : r.reason;
      LANTIAN_RETURN_IF_ERROR(store.MarkDustDay({r.city_code, r.date, source, reason}));
      after.push_back(DustDayJson(r.city_code, r.date, reason));
    }
    return storage::AppendAudit(store, audit::Entry{0, now, actor.name, actor.action, "dust-days",
                                                    sha, "", after.dump(), "", ""});
  }));
  return TableImportResult{table.name, rows.size()};
}

core::Result<TableImportResult> ImportDustfall(storage::Store& store, const TableFile& table,
                                               const Actor& actor, const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto t, (ReadDustTable<campaign::DustfallReading>(store, table, actor, io::ReadDustfall)));
  const std::string& sha = t.sha;
  const auto& rows = t.rows;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(
        int64_t source, store.AddSource({0, "dustfall", table.name, false, now, "sha256 " + sha}));
    nlohmann::json before = nlohmann::json::array(), after = nlohmann::json::array();
    for (const auto& r : rows) {
      LANTIAN_ASSIGN_OR_RETURN(auto existing, store.Dustfall({r.month, r.month}));
      for (const auto& e : existing) {
        if (e.city_code == r.city_code) before.push_back(DustfallRecord(e));
      }
      LANTIAN_RETURN_IF_ERROR(store.UpsertDustfall(r, source));
      after.push_back(DustfallRecord(r));
    }
    return storage::AppendAudit(store, audit::Entry{0, now, actor.name, actor.action, "dustfall",
                                                    sha, before.dump(), after.dump(), "", ""});
  }));
  return TableImportResult{table.name, rows.size()};
}

core::Result<int64_t> StoreFalsification(storage::Store& store,
                                         storage::FalsificationFinding finding, const Actor& actor,
                                         const std::string& now) {
  finding.recorded_by = actor.name;
  finding.recorded_at = now;
  LANTIAN_ASSIGN_OR_RETURN(finding.id, store.AddFalsificationFinding(finding));
  LANTIAN_RETURN_IF_ERROR(storage::AppendAudit(
      store, audit::Entry{0, now, actor.name, actor.action, "falsification",
                          std::to_string(finding.id), "", FindingRecord(finding).dump(), "", ""}));
  return finding.id;
}

core::Result<int64_t> RecordFalsification(storage::Store& store, const FindingInput& f,
                                          const Actor& actor, const std::string& now) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, UnitOf(store, f.city));
  LANTIAN_RETURN_IF_ERROR(
      AccessStatus(auth::CanRecordFalsification(actor.principal, auth::PlaceOf(u)),
                   "unit " + u.code, "only national and regional offices record falsified data"));
  if (!campaign::IsPhase(f.phase)) {
    return core::InvalidInput("phase must be 2020Q4 or 2021Q1", "phase");
  }
  if (f.description.empty()) {
    return core::InvalidInput("a finding needs its description", "description");
  }
  int64_t id = 0;
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(
        id, StoreFalsification(store, {0, u.code, f.phase, f.found_on, f.description, "", ""},
                               actor, now));
    return core::Status::Ok();
  }));
  return id;
}

}  // namespace lantian::app
