#include "app/audit_trail.hpp"

#include <nlohmann/json.hpp>

namespace lantian::app {

core::Result<AuditVerification> VerifyAuditTrail(storage::Store& store,
                                                 const std::optional<std::string>& anchor) {
  AuditVerification out;
  audit::Verifier verifier;
  out.anchor_found = !anchor || *anchor == audit::kGenesisHash;
  const core::Status scan = store.ScanAudit({}, [&](const audit::Entry& e) -> core::Status {
    if (auto b = verifier.Add(e)) {
      out.broken = b;
      return core::Conflict("stop");  // ends the scan at the first break
    }
    if (anchor && e.hash == *anchor) out.anchor_found = true;
    return core::Status::Ok();
  });
  if (!scan.ok() && !out.broken) return scan;
  out.entries = verifier.count();
  out.head = verifier.head();
  return out;
}

std::string AuditJson(const audit::Entry& e) {
  auto value = [](const std::string& text) {
    if (text.empty()) return nlohmann::json();
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    return parsed.is_discarded() ? nlohmann::json(text) : parsed;
  };
  return nlohmann::json{{"id", e.id},
                        {"at", e.at},
                        {"actor", e.actor},
                        {"action", e.action},
                        {"object_type", e.object_type},
                        {"object_id", e.object_id},
                        {"before", value(e.before)},
                        {"after", value(e.after)},
                        {"prev_hash", e.prev_hash},
                        {"hash", e.hash}}
      .dump();
}

core::Result<std::vector<audit::Entry>> ListAudit(storage::Store& store,
                                                  const storage::AuditFilter& filter) {
  std::vector<audit::Entry> out;
  LANTIAN_RETURN_IF_ERROR(store.ScanAudit(filter, [&](const audit::Entry& e) {
    out.push_back(e);
    return core::Status::Ok();
  }));
  return out;
}

}  // namespace lantian::app
