// Outlets' emission limits and the exceedances of their devices' hourly data
// (issue 7 §2): limits registered per enterprise, outlet and pollutant by the
// bureaus that keep the city's list; exceedances derived from the stored
// hourly values when asked (verify/emission.hpp: O2-corrected where the
// outlet has a reference O2, only hours flagged N judged), never stored apart.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "auth/principal.hpp"
#include "core/status.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"
#include "verify/emission.hpp"

namespace lantian::app {

// A table of limits (io/outlet_limits.hpp), all or none, audited; each
// (enterprise, outlet) named replaces that outlet's limits.
core::Result<std::vector<storage::OutletLimitRow>> ImportOutletLimits(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// A device's hourly averages of `pollutant` as the limit check and the
// detectors take them: the hour, the value as measured, the same hour's O2
// (HJ 212 a19001, the flue gas's oxygen) and the data flag (N when none was
// sent). Values without an average are left out.
std::vector<verify::HourValue> HourlySeries(const std::vector<storage::MonitoringValue>& values,
                                            const std::string& pollutant);

struct PollutantCheck {
  storage::OutletLimitRow limit;
  double applied = 0;  // the ultra-low limit when the outlet has one, else the ordinary
  verify::ExceedanceResult result;
  int untrusted = 0;  // hours within a confirmed finding (app/monitoring_findings.hpp): not judged
};

struct DeviceCheck {
  storage::MonitoringDevice device;
  std::vector<PollutantCheck> pollutants;  // those of the outlet's limits
};

// The hourly data of device `mn` within [from, to] ("" = open) against its
// outlet's limits; O2 from the device's a19001 hourly average; the hours a
// confirmed finding covers are left out and counted. When `p` may see the
// device (404 otherwise).
core::Result<DeviceCheck> CheckDeviceLimits(storage::Store& store, const auth::Principal& p,
                                            const std::string& mn, const std::string& from,
                                            const std::string& to);

}  // namespace lantian::app
