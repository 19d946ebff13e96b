// A synthetic emergency list of a city for the demo (issue 6 §6): enterprises
// of a realistic industrial mix (steel, coking, cement, glass, ceramics,
// bricks, foundries, lime, refractories, petrochemicals, pharmaceuticals,
// printing, furniture, coating, wood panels), graded mostly B and C with some
// A, D and non-compliant works, some 保障类 and small/micro; one to three
// lines each with baseline emissions from an industry profile scaled by the
// works' size; measures at each level per the grade templates (A
// self-determined at B's shares, non-compliant stopped, D stopped where its
// template demands it), verified by a meter and, on large lines, an online
// outlet. About one line in twenty-five carries a defect a bureau would find
// (a level without a measure, no verification, a C line at B's shares), so
// that the rules have something to say. The city's society-wide inventory is
// the listed baseline over a listed share drawn per pollutant (50–80 %, VOCs
// 45–70 %), so the list meets yellow in many cities and falls short at orange
// and red in most, as first drafts did. Names and codes are marked and made up: NOT real
// enterprises. Pure and deterministic in (seed, city).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "emergency/list.hpp"
#include "emergency/rules.hpp"

namespace lantian::demo {

struct SyntheticCityList {
  emergency::EmergencyList list;
  emergency::Inventory inventory;
};

SyntheticCityList SyntheticEmergencyList(uint64_t seed, const std::string& city_code,
                                         std::optional<double> lat, std::optional<double> lon,
                                         const emergency::Templates& templates,
                                         int enterprises = 60);

}  // namespace lantian::demo
