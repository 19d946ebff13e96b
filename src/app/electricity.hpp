// Electricity data (issue 7 §3–4): meters on enterprises' production lines
// and treatment facilities registered per city (all or none, audited),
// 15-minute readings stored as the grid company exports them
// (io/meter_readings.hpp), and the check that each treatment facility ran
// whenever its line ran (verify/treatment.hpp).
#pragma once

#include <string>
#include <vector>

#include "app/actor.hpp"
#include "app/table_file.hpp"
#include "auth/principal.hpp"
#include "core/status.hpp"
#include "io/file_report.hpp"
#include "io/meter_readings.hpp"
#include "storage/store.hpp"
#include "verify/treatment.hpp"

namespace lantian::app {

core::Result<std::vector<storage::ElectricityMeter>> ImportMeters(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports);

// Readings of registered meters and power accounts only (an unknown meter is
// an error naming it), of the cities the actor keeps; all files or none. The
// number stored.
core::Result<int64_t> ImportReadings(storage::Store& store, const std::vector<TableFile>& files,
                                     const Actor& actor, const std::string& now,
                                     std::vector<io::FileReport>& reports);

// The stored readings of every meter registered in `city_code`, as the load
// check takes them (app/load_verification.hpp).
core::Result<io::MeterReadings> StoredReadings(storage::Store& store, const std::string& city_code);

// A registered meter's readings with from <= at <= to ("" = open), for the
// enterprise that owns it and the officials who may read its city's lists;
// NotFound for anyone else.
struct MeterLoad {
  storage::ElectricityMeter meter;
  std::vector<storage::ElectricityReading> readings;
};
core::Result<MeterLoad> ReadMeter(storage::Store& store, const auth::Principal& p,
                                  const std::string& meter, const std::string& from,
                                  const std::string& to);

// The enterprise's load: the sum of the readings of its production meters in
// `city_code`, for the quarter hours every one of them read, ending in
// [from, to]; empty when it has none. For the detectors' scan.
core::Result<verify::LoadSeries> EnterpriseLoad(storage::Store& store,
                                                const std::string& credit_code,
                                                const std::string& city_code,
                                                const std::string& from, const std::string& to);

// The load behind a device's outlet, for its monitoring page: the hourly mean
// of its enterprise's production load (EnterpriseLoad; the hour of a quarter
// is the hour it falls in), with data times from <= hour start <= to ("" =
// open); for whoever may see the device (404 otherwise).
struct DeviceLoad {
  std::string mn;
  std::string enterprise;
  int meters = 0;  // production meters of the enterprise in the device's city
  std::vector<std::pair<std::string, double>> hours;  // hour start, kW
};
core::Result<DeviceLoad> LoadBehindDevice(storage::Store& store, const auth::Principal& p,
                                          const std::string& mn, const std::string& from,
                                          const std::string& to);

struct TreatmentRow {
  storage::ElectricityMeter line_meter;
  storage::ElectricityMeter facility_meter;
  verify::TreatmentCheck check;
};

// Each treatment meter of `city` with its line's production meter, over
// [from, to] (quarter-hour ends, "YYYY-MM-DD HH:MM:SS"). Officials who may
// read the city's lists.
core::Result<std::vector<TreatmentRow>> CheckTreatments(storage::Store& store,
                                                        const auth::Principal& p,
                                                        const std::string& city,
                                                        const std::string& from,
                                                        const std::string& to);

}  // namespace lantian::app
