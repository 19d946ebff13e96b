// The verification report of a city's alerts (issue 7 §4): for a period, per
// listed enterprise, what the electricity meters and the online monitoring
// say — each line's load cut in each alert stretch (app/load_verification.hpp,
// stored readings), each treatment facility against its line
// (app/electricity.hpp), each device's hours over its limits during the
// alerts and the detectors' findings (app/outlet_limits.hpp,
// app/monitoring_findings.hpp) — and a verdict per enterprise: suspected
// violation when any of them is suspected (a load cut short, a facility off
// while its line ran, an hour over a limit under alert, a confirmed finding);
// no data when nothing could be checked; compliant otherwise. As a workbook
// a bureau files.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/electricity.hpp"
#include "app/load_verification.hpp"
#include "core/civil_time.hpp"
#include "storage/store.hpp"

namespace lantian::app {

struct DeviceUnderAlert {
  storage::MonitoringDevice device;
  int judged = 0;       // hours under alert judged against the limits
  int exceedances = 0;  // of them over a limit
  int open_findings = 0;
  int confirmed_findings = 0;
};

struct EnterpriseVerdict {
  std::string enterprise;
  std::string name;
  int lines_suspected = 0, lines_compliant = 0, lines_no_data = 0;
  int facilities_suspected = 0;
  int exceedances = 0;
  int confirmed_findings = 0;
  std::string verdict;  // suspected, compliant, no-data
};

struct VerificationReport {
  std::string city;
  std::string city_name;
  core::Period period;
  std::vector<LineLoadVerdict> loads;
  std::vector<TreatmentRow> treatments;
  std::vector<DeviceUnderAlert> devices;
  std::vector<EnterpriseVerdict> enterprises;
};

core::Result<VerificationReport> CityVerification(storage::Store& store, const auth::Principal& p,
                                                  const std::string& city, core::Period period,
                                                  core::Instant now);

// The whole report as the API gives it (docs/api.md): the enterprises'
// verdicts and every line, facility and device with its numbers.
nlohmann::json VerificationJson(const VerificationReport& report);

core::Status WriteVerificationXlsx(const VerificationReport& report, const std::string& path);

}  // namespace lantian::app
