// The online-monitoring devices of enterprises' outlets (issue 7 §2): the
// registry a city's bureau keeps (MN → enterprise, outlet, expected pollutant
// codes, password), and what each user may see of them and their data: the
// officials of the city's area, and the enterprise its own devices only.
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "auth/principal.hpp"
#include "core/civil_time.hpp"
#include "core/status.hpp"
#include "io/file_report.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct DeviceInput {
  std::string mn;
  std::string credit_code;
  std::string city_code;
  std::string outlet;
  std::string pollutants;  // comma-separated codes
  std::string password;
};

// Whether `p` may keep the devices and limits of each city: the bureaus that
// keep the city's emergency list. NotFound for a city outside the plan.
core::Status CanKeepMonitoringOf(storage::Store& store, const auth::Principal& p,
                                 const std::vector<std::string>& city_codes);

// Validates (errors name the field: mn, credit_code, city, outlet, pollutants,
// password), checks the actor may keep the city's list, stores (a registered MN
// is replaced) and audits without the password.
core::Result<storage::MonitoringDevice> RegisterDevice(storage::Store& store,
                                                       const DeviceInput& input, const Actor& actor,
                                                       const std::string& now);

// A table of devices (io/device_table.hpp), all or none: the rows are checked
// with file, line and column into `reports`, the actor's right for each city,
// then every device stored and audited in one transaction.
core::Result<std::vector<storage::MonitoringDevice>> ImportDevices(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// The devices `p` may see: every device of its area's cities for officials
// (as for the cities' emergency lists); an enterprise's own.
core::Result<std::vector<storage::MonitoringDevice>> VisibleDevices(storage::Store& store,
                                                                    const auth::Principal& p);

// Device `mn` when `p` may see it; NotFound otherwise, as if it did not exist.
core::Result<storage::MonitoringDevice> VisibleDevice(storage::Store& store,
                                                      const auth::Principal& p,
                                                      const std::string& mn);

struct DeviceStatus {
  storage::MonitoringDevice device;
  int64_t packets = 0;
  std::string last_received_at;  // "" when it never sent
  bool online = false;           // a packet within `online_within` seconds
  int missing_hours = 0;         // of the 24 whole hours before now, those without hourly data
  int open_gaps = 0;             // open gap findings of the detectors' scan
};

core::Result<std::vector<DeviceStatus>> DeviceStatuses(storage::Store& store,
                                                       const auth::Principal& p, core::Instant now,
                                                       int64_t online_within = 600);

// One device's values, when `p` may see the device (404 otherwise, as if it
// did not exist, for an enterprise asking for another's).
core::Result<std::vector<storage::MonitoringValue>> DeviceValues(
    storage::Store& store, const auth::Principal& p, const storage::MonitoringQuery& query);

}  // namespace lantian::app
