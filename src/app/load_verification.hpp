// The load check of a city's alerts (issue 7 §4, first part): for every
// stretch of an alert level in the period and every listed line whose measure
// names an electricity meter, whether the line cut its load as the measure
// says (verify/load.hpp: baseline, tolerance and verdicts), from the grid
// company's 15-minute readings (io/meter_readings.hpp: from files, or as
// stored, app/electricity.hpp); lines whose measure names no meter are listed
// as not checked.
#pragma once

#include <string>
#include <vector>

#include "app/list_in_force.hpp"
#include "io/meter_readings.hpp"
#include "verify/load.hpp"

namespace lantian::app {

struct LineLoadVerdict {
  alert::LevelSpan span;
  std::string enterprise;
  std::string enterprise_name;
  std::string line;
  std::string meter;
  std::optional<emergency::Measure> measure;
  verify::LoadCheck check;
};

// Stretches still in force are checked up to `now`.
core::Result<std::vector<LineLoadVerdict>> VerifyLoads(storage::Store& store,
                                                       const auth::Principal& principal,
                                                       const std::string& city, core::Period period,
                                                       const io::MeterReadings& readings,
                                                       core::Instant now);

}  // namespace lantian::app
