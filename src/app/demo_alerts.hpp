// The alert part of the synthetic demo season: a daily regional forecast run
// (issued 16:00, three days ahead, demo/synthetic_forecast.hpp) made from the
// demo's own city daily AQI, regional prompts where enough cities are forecast
// to reach a level (alert/linkage.hpp, default rule), and each city's alert
// steps following its forecasts: issue, upgrade, downgrade and lift at 18:00.
// A few cities act the next morning (late responses) and a few keep an alert a
// day after the forecast stops supporting it (unsupported alerts), so that the
// dashboard shows what it watches for. Every record is marked SYNTHETIC.
#pragma once

#include <cstdint>
#include <string>

#include "storage/store.hpp"

namespace lantian::app {

struct DemoAlertSummary {
  int64_t forecast_runs = 0;
  int64_t forecast_values = 0;
  int64_t steps = 0;
  int64_t prompts = 0;
};

// Call inside the demo data's transaction, after its station data are written.
core::Result<DemoAlertSummary> WriteDemoAlerts(storage::Store& store, uint64_t seed,
                                               core::Period period, const std::string& now);

}  // namespace lantian::app
