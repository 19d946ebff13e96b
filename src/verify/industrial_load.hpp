// Does an electricity account's load look like a workshop's? (issue 8 §3,
// plan （十）: 充分运用电网公司专用变压器电量数据 … 开展"散乱污"企业排查.) From
// the grid company's 15-minute readings of a dedicated-transformer account
// (专变用户) over a period of at least a week. Each quarter hour belongs to the
// day and clock hour in which it starts; a day counts when at least 90 % of
// its 96 quarter hours have a reading. Per counted day:
//
//   energy     kWh = Σ kW ÷ 4;
//   working    mean kW of the quarter hours starting 08:00–17:45;
//   evening    mean kW of those starting 18:00–21:45 (a household's peak);
//   night      mean kW of those starting 00:00–05:45;
//   operating  energy ≥ 100 kWh (a household uses about 10, a small shop a few
//              tens);
//   one shift  operating, working ≥ 2 × night and working ≥ 1.2 × evening —
//              machines run by day and stop at night, no evening peak;
//   round the clock  operating, night ≥ 0.7 × working and the day's mean at
//              least 0.6 of its highest quarter hour — a steady process load.
//
// The account looks industrial when at least 7 days count, at least 60 % of
// them are operating days and at least 60 % of the operating days follow one
// of the two patterns. This is a lead for a visit, not a finding: a bakery
// or a cold store can look the same; the register decides on site.
// Pure.
#pragma once

#include <string_view>

#include "verify/load.hpp"

namespace lantian::verify {

struct IndustrialLoadOptions {
  int min_days = 7;
  double day_coverage = 0.9;
  double operating_kwh = 100;
  double shift_ratio = 2.0;    // working ÷ night
  double evening_ratio = 1.2;  // working ÷ evening
  double steady_night = 0.7;   // night ÷ working
  double steady_factor = 0.6;  // mean ÷ highest quarter hour
  double operating_share = 0.6;
  double pattern_share = 0.6;
};

enum class LoadPattern { kNone, kOneShift, kRoundTheClock };
std::string_view LoadPatternName(LoadPattern p);  // "none", "one-shift", "round-the-clock"

struct IndustrialLoad {
  bool industrial = false;
  LoadPattern pattern = LoadPattern::kNone;  // the more frequent of the two on operating days
  int days = 0;                              // counted days
  int operating_days = 0;
  int one_shift_days = 0;
  int round_the_clock_days = 0;
  double mean_kwh = 0;    // per counted day
  double working_kw = 0;  // means over the counted days
  double evening_kw = 0;
  double night_kw = 0;
  std::string why;  // one sentence, Chinese, for the candidate list
};

IndustrialLoad ClassifyLoad(const LoadSeries& series, const IndustrialLoadOptions& options = {});

}  // namespace lantian::verify
