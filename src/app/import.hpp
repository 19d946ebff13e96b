// Importing files into a store. Each file is imported whole or not at all, in
// its own transaction: structural errors or values that differ from stored ones
// (without `replace`) reject the file and nothing of it is stored. Importing the
// same file twice changes nothing. Rejected values (negative, non-numeric,
// sentinels) are reported with file, line and column and counted, never stored.
// Measured data are never imported into a store of synthetic demo data.
//
// Scope: site columns of stations outside the actor's area are skipped with a
// note; a long CSV naming such a station is refused (Forbidden). Every file that
// changes something is audited in the same transaction: the file's SHA-256, the
// counts, and every replaced value with its value before and after.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "aq/site_day.hpp"
#include "core/progress.hpp"
#include "io/cnemc_file.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct ValueConflict {
  std::string site;
  std::string time;    // "YYYY-MM-DD HH:MM"
  std::string series;  // "PM2.5", "AQI", "PM2.5_24h", …
  core::Decimal stored;
  core::Decimal incoming;
};

struct FileOutcome {
  explicit FileOutcome(std::string path) : file(path), report(std::move(path)) {}
  std::string file;
  std::string kind;        // "cnemc-site", "cnemc-city", "long-csv", "stations"
  core::Status status;     // not OK: nothing of the file was stored
  io::FileReport report;   // errors, rejected values, warnings
  aq::MergeCounts counts;  // values added / unchanged / replaced / conflicting
  int64_t records = 0;     // site-days or stations written
  // With --replace: every replaced value; without: the first conflicts found.
  std::vector<ValueConflict> conflicts;
  std::string sha256;  // of the file's content
};

struct ImportResult {
  std::vector<FileOutcome> files;
  // OK when every file was imported; otherwise the status of the first failure.
  core::Status Overall() const;
};

struct ImportOptions {
  io::CnemcOptions cnemc;
  bool replace = false;  // overwrite stored values that differ
  std::string now;       // Beijing time of the import, for provenance
  Actor actor;           // who imports; the scope of the principal applies
  // Names to report and record instead of the paths (uploads), one per file.
  std::vector<std::string> labels;
};

// OK when the principal may import at all (anywhere); the errors say why not.
core::Status CheckImporter(const auth::Principal& principal);

ImportResult ImportCnemcFiles(storage::Store& store, const std::vector<std::string>& files,
                              const ImportOptions& options, core::Progress& progress);
ImportResult ImportLongFiles(storage::Store& store, const std::vector<std::string>& files,
                             const ImportOptions& options, core::Progress& progress);
ImportResult ImportStationFiles(storage::Store& store, const std::vector<std::string>& files,
                                const Actor& actor, const std::string& now);

}  // namespace lantian::app
