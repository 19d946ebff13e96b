// The review queue of falsified or bad monitoring data (issue 7 §5): the
// detectors (verify/detectors.hpp) run over the devices' hourly data of a
// period, each pollutant with a limit, with their city's alert stretches;
// what they find waits, open, until a bureau that keeps the city's devices
// confirms it (the stretch's data are then not judged against the limits:
// app/outlet_limits.hpp) or dismisses it, with a note. Audited.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "auth/principal.hpp"
#include "core/status.hpp"
#include "storage/store.hpp"
#include "verify/detectors.hpp"

namespace lantian::app {

// A city's alert stretches of any level, [from, to); one still in force ends
// at `until`.
core::Result<verify::Spans> AlertStretches(storage::Store& store, const std::string& city,
                                           core::Instant until);

struct ScanSummary {
  int64_t devices = 0;
  int64_t found = 0;  // findings the detectors gave
  int64_t added = 0;  // of them new to the queue
};

// Scans the devices the actor keeps (every device of the cities whose lists
// it keeps) over [from, to) ("YYYY-MM-DD HH:MM:SS").
core::Result<ScanSummary> ScanDevices(storage::Store& store, const Actor& actor,
                                      const std::string& from, const std::string& to,
                                      const std::string& now);

// The findings of the devices `p` may see, with `status` ("" = any).
core::Result<std::vector<storage::MonitoringFinding>> VisibleFindings(storage::Store& store,
                                                                      const auth::Principal& p,
                                                                      const std::string& status);

// decision: confirm or dismiss; only an open finding (Conflict otherwise).
core::Result<storage::MonitoringFinding> ReviewFinding(storage::Store& store, const Actor& actor,
                                                       int64_t id, const std::string& decision,
                                                       const std::string& note,
                                                       const std::string& now);

}  // namespace lantian::app
