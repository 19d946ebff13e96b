// The audited writes of dust and data-quality records: sand-and-dust days
// flagged or unflagged by hand (who and why in the audit trail) or imported
// from a table, monthly dust fall imported from a table, and findings of
// falsified monitoring data. Each is scoped by the actor's role (auth/access.hpp)
// and stored with its audit entry in one transaction; a table with any problem
// stores nothing.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct DustMark {
  std::string city;  // code or Chinese name
  core::Date date;
  std::string reason;
};

core::Status MarkDustDay(storage::Store& store, const DustMark& mark, const Actor& actor,
                         const std::string& now);
core::Status UnmarkDustDay(storage::Store& store, const std::string& city, core::Date date,
                           const std::string& reason, const Actor& actor, const std::string& now);

struct TableImportResult {
  std::string file;
  size_t rows = 0;
};
core::Result<TableImportResult> ImportDustDays(storage::Store& store, const TableFile& table,
                                               const Actor& actor, const std::string& now);
core::Result<TableImportResult> ImportDustfall(storage::Store& store, const TableFile& table,
                                               const Actor& actor, const std::string& now);

struct FindingInput {
  std::string city;
  std::string phase;
  core::Date found_on;
  std::string description;
};
core::Result<int64_t> RecordFalsification(storage::Store& store, const FindingInput& finding,
                                          const Actor& actor, const std::string& now);

// Adds an already checked finding and its audit entry, in the caller's
// transaction; its id.
core::Result<int64_t> StoreFalsification(storage::Store& store,
                                         storage::FalsificationFinding finding, const Actor& actor,
                                         const std::string& now);

}  // namespace lantian::app
