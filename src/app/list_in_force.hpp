// The alert link of the emergency lists (issue 6 §5): while a city's alert is
// in force at a level, the measures of that level of the list it works by
// (app/list_store.hpp: ListInForceAt, taken at the start of each stretch)
// are in force for every listed line. Derived from the stored alert log and
// list versions, never stored apart from them, so it cannot drift.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "alert/history.hpp"
#include "app/list_store.hpp"
#include "emergency/in_force.hpp"

namespace lantian::app {

struct InForceSpan {
  alert::LevelSpan span;
  std::optional<storage::ListVersion> version;  // content left empty; nullopt: no list yet
  bool approved = false;
  std::vector<emergency::LineDuty> duties;
  emergency::PerPollutant reduction_kg{};  // Σ duties
  size_t lines_without_measure = 0;
  size_t enterprises = 0;
};

struct CityInForce {
  std::string city;
  std::string name;
  std::vector<InForceSpan> spans;
};

// The stretches of the city's alerts that overlap `period` (an alert still in
// force runs on), each with the duties of its level; `enterprise` ("" = all)
// keeps only that enterprise's lines.
core::Result<CityInForce> MeasuresInForce(storage::Store& store, const auth::Principal& principal,
                                          const std::string& city, core::Period period,
                                          const std::string& enterprise = "");

// The same for a unit whose list the caller has already been allowed to read
// (an enterprise's own sheet).
core::Result<CityInForce> InForceOf(storage::Store& store, const campaign::Unit& unit,
                                    core::Period period, const std::string& enterprise);

nlohmann::json InForceJson(const CityInForce& c, bool with_duties);

}  // namespace lantian::app
