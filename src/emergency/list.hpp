// The emergency emission-reduction list of a city (plan （四）（五）, domain.md
// §7): enterprises with their industry, performance grade and categories;
// their production lines with baseline emissions; and each line's measure at
// each alert level, with how it is verified. Value types.
//
// Quantities are exact integers: emissions in kg/day (the tables give t/day
// with at most three decimals), reductions in per mille (percentages with at
// most one decimal), so that "at least 10 %" is decided without rounding.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "alert/level.hpp"

namespace lantian::emergency {

enum class Pollutant { kSO2 = 0, kNOx = 1, kPM = 2, kVOCs = 3 };
inline constexpr std::array<Pollutant, 4> kPollutants = {Pollutant::kSO2, Pollutant::kNOx,
                                                         Pollutant::kPM, Pollutant::kVOCs};
std::string_view PollutantName(Pollutant p);  // "SO2", "NOx", "PM", "VOCs"

// Per pollutant, in kg/day or per mille.
using PerPollutant = std::array<int64_t, 4>;

// The alert levels a list answers (yellow, orange, red) and the share of the
// city's society-wide emissions each must cut (plan （五）: 10 / 20 / 30 %).
inline constexpr std::array<alert::Level, 3> kListLevels = {
    alert::Level::kYellow, alert::Level::kOrange, alert::Level::kRed};
int RequiredPermille(alert::Level level);  // 100, 200, 300
// The position of a level in kListLevels (0 yellow, 1 orange, 2 red); -1 for another.
int ListLevelIndex(alert::Level level);
// A per-mille share as a percentage: 100 → "10 %", 105 → "10.5 %".
std::string PercentText(int64_t permille);

// Performance grades (《重污染天气重点行业应急减排措施制定技术指南》): A, B,
// C, D for graded industries; leading / non-leading (引领性 / 非引领性) for
// the others the guideline names; non-compliant (cannot steadily meet
// standards or its permit: not graded, still listed); other (an industry the
// guideline does not grade, measures by the province).
enum class Grade { kA, kB, kC, kD, kLeading, kNonLeading, kNonCompliant, kOther };
std::string_view GradeName(Grade g);  // "A", "B", "C", "D", "leading", "non-leading", …
// Also the forms of the bureaus' sheets: "A级", "引领性", "不达标"…
std::optional<Grade> ParseGrade(std::string_view text);
// A and leading enterprises choose their own measures during alerts.
bool MaySelfDetermine(Grade g);

struct Categories {
  bool guarantee = false;            // 保障类: livelihood, city operation, strategic industries
  bool small_micro = false;          // 小微涉气企业: lighter control
  bool residential_heating = false;  // 居民供暖: listed, never stopped or limited
  bool life_service = false;         // 小型生活服务: listed, never stopped or limited
  bool ule_steel = false;            // steel certified ultra-low-emission
  bool NeverLimited() const { return residential_heating || life_service; }
};

struct Enterprise {
  std::string credit_code;  // GB 32100
  std::string name;
  std::string city;
  std::string district;
  std::string address;
  std::optional<double> lat;
  std::optional<double> lon;
  std::string industry;  // an industry code (data/industries.csv) or one a province adds
  Grade grade = Grade::kOther;
  Categories categories;
  int64_t row = 0;  // where it was read, for findings
};

struct Line {
  std::string enterprise;  // credit code
  std::string id;          // unique within the enterprise
  std::string name;
  std::string capacity;                // as the sheet states it, with its unit
  std::optional<int64_t> value_added;  // yuan/day, for the optimizer
  PerPollutant baseline_kg{};          // kg/day
  bool can_stop_quickly = true;
  int64_t row = 0;
};

enum class MeasureKind { kStop, kLimit, kStopProcesses, kSelfDetermined, kTransportLimit, kNone };
std::string_view MeasureKindName(
    MeasureKind k);  // stop, limit, stop-processes, self, transport, none
std::optional<MeasureKind> ParseMeasureKind(std::string_view text);  // also 停产, 限产, …
// Whether the measure cuts output (and so must be verifiable on the line).
bool CutsOutput(MeasureKind k);

struct Verification {
  std::string meter;   // electricity meter id
  std::string outlet;  // online-monitoring outlet (HJ 212 MN)
  bool video = false;
  bool gate = false;  // gate records of trucks
  bool Any() const { return !meter.empty() || !outlet.empty() || video || gate; }
};

struct Measure {
  std::string enterprise;
  std::string line;
  alert::Level level = alert::Level::kYellow;
  MeasureKind kind = MeasureKind::kNone;
  // Reduction of the line's emissions per pollutant, ‰: a stop 1000, a limit of
  // p % p × 10 for every pollutant, a stop of named processes their shares, a
  // self-determined measure what the enterprise declares, otherwise 0.
  PerPollutant permille{};
  std::string detail;  // what stops or is limited, as the sheet says
  Verification verify;
  int64_t row = 0;
};

struct EmergencyList {
  std::string city;
  std::vector<Enterprise> enterprises;
  std::vector<Line> lines;
  std::vector<Measure> measures;
};

// The city's society-wide emissions (t/day in the tables, kg/day here).
struct Inventory {
  std::string city;
  PerPollutant kg{};
  std::string source;
};

}  // namespace lantian::emergency
