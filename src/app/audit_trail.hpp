// Reading and checking the audit trail: listing entries by user, object and
// time, verifying the whole hash chain, and the head hash to keep elsewhere.
#pragma once

#include <optional>
#include <vector>

#include "audit/chain.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct AuditVerification {
  int64_t entries = 0;                 // entries checked before the first break (all when intact)
  std::string head;                    // hash of the last intact entry
  std::optional<audit::Break> broken;  // the first break
  // With an anchor (a head hash recorded earlier, e.g. printed in a report):
  // whether that entry is still in the intact trail. A missing anchor means
  // entries were cut off the end or the trail was rebuilt.
  bool anchor_found = true;
};

core::Result<AuditVerification> VerifyAuditTrail(storage::Store& store,
                                                 const std::optional<std::string>& anchor);
// One entry as a JSON object (before/after embedded as JSON when they are JSON).
std::string AuditJson(const audit::Entry& entry);

core::Result<std::vector<audit::Entry>> ListAudit(storage::Store& store,
                                                  const storage::AuditFilter& filter);

}  // namespace lantian::app
