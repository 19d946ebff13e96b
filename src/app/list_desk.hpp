// Emergency lists in the store (issue 6 §5): each import of a city's list is
// a new version (a draft), kept whole; the review steps (submit, return,
// approve, report) follow emergency/workflow.hpp, each in the audit trail; a
// city's emission inventory; and the check, the optimizer and the diff over
// stored versions. Access: auth/access.hpp (draft, review, read).
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/list_check.hpp"
#include "app/table_file.hpp"
#include "emergency/diff.hpp"
#include "emergency/workflow.hpp"
#include "storage/store.hpp"

namespace lantian::app {

// A new draft version of the list's city; refused whole when the file has any
// structural problem. Findings of the rules do not stop an import (a draft may
// be incomplete); the answer counts them. `at` is when the version was drawn
// up ("" = now; a bureau entering a past season gives the real dates, which
// decide the list in force during each alert); the audit entry keeps `now`.
struct ListImported {
  storage::ListVersion version;
  size_t enterprises = 0;
  size_t lines = 0;
  size_t measures = 0;
  size_t findings = 0;
};
core::Result<ListImported> ImportList(storage::Store& store, const TableFile& file,
                                      const Actor& actor, const std::string& now,
                                      std::vector<io::FileReport>& reports,
                                      const std::string& at = "");

// Stores `list` as the next draft version of the unit's list (the caller has
// checked the right to draft): counted, checked against the rules, audited with
// `audit_extra`'s fields added. `source` names where it came from (a file, an
// edit, the optimizer).
core::Result<ListImported> StoreListDraft(storage::Store& store, const campaign::Unit& unit,
                                          emergency::EmergencyList list, const std::string& source,
                                          const Actor& actor, const std::string& now,
                                          const std::string& taken_at, nlohmann::json audit_extra);

// Replaces the city's inventory (city,pollutant,t_per_day[,source]).
core::Result<emergency::Inventory> ImportInventory(storage::Store& store, const TableFile& file,
                                                   const Actor& actor, const std::string& now,
                                                   std::vector<io::FileReport>& reports);

// A review step on a version (0: the latest) of the city's list, taken at
// `at` ("" = now; not before the version's previous step).
core::Result<storage::ListVersion> TakeListStep(storage::Store& store, const std::string& city,
                                                int version, emergency::ListStep step,
                                                const std::string& comment, const Actor& actor,
                                                const std::string& now, const std::string& at = "");

struct ListVersionView {
  storage::ListVersion version;  // content left empty
  std::vector<storage::ListStepRecord> steps;
  size_t confirmations = 0;  // enterprises that confirmed their sheet in this version
};
// The versions of a city ("" = every city the principal may read).
core::Result<std::vector<ListVersionView>> ListVersionsOf(storage::Store& store,
                                                          const auth::Principal& principal,
                                                          const std::string& city);

// A stored version (0: the latest) with its content.
core::Result<std::pair<storage::ListVersion, emergency::EmergencyList>> ListVersionContent(
    storage::Store& store, const auth::Principal& principal, const std::string& city, int version);

// The check of a stored version (0: the latest) against the stored inventory.
core::Result<ListCheckResult> CheckStoredList(storage::Store& store,
                                              const auth::Principal& principal,
                                              const std::string& city, int version);

// The optimizer over a stored version (0: the latest) and the stored inventory.
core::Result<emergency::Optimization> OptimizeStoredList(storage::Store& store,
                                                         const auth::Principal& principal,
                                                         const std::string& city, int version,
                                                         alert::Level level);

core::Result<std::vector<emergency::Change>> DiffListVersions(storage::Store& store,
                                                              const auth::Principal& principal,
                                                              const std::string& city, int from,
                                                              int to);

}  // namespace lantian::app
