// A small list for the tests of the rules and the check.
#pragma once

#include "emergency/list.hpp"

namespace lantian::emergency::testing {

inline Measure M(const std::string& code, const std::string& line, alert::Level level,
                 MeasureKind kind, int64_t permille, bool verified = true, int64_t row = 0) {
  Measure m{code, line, level, kind, {permille, permille, permille, permille}, "", {}, row};
  if (verified) m.verify.meter = "M-" + line;
  return m;
}

// Two enterprises: a grade-B cement works (kiln line 1: 100 kg SO2, 400 kg NOx,
// 200 kg PM, 0 VOCs a day) and a grade-A coating plant (line c: 500 kg VOCs).
inline EmergencyList SmallList() {
  EmergencyList l;
  l.city = "130100";
  l.enterprises = {
      {"9144030071526726XG", "水泥厂", "130100", "130102", "", {}, {}, "cement", Grade::kB, {}, 2},
      {"91110000802100433B",
       "涂装厂",
       "130100",
       "130104",
       "",
       {},
       {},
       "industrial-coating",
       Grade::kA,
       {},
       3}};
  l.lines = {{"9144030071526726XG", "1", "熟料线", "5000 t/d", {}, {100, 400, 200, 0}, false, 2},
             {"91110000802100433B", "c", "喷涂线", "", {}, {0, 0, 0, 500}, true, 3}};
  const auto Y = alert::Level::kYellow, O = alert::Level::kOrange, R = alert::Level::kRed;
  l.measures = {M("9144030071526726XG", "1", Y, MeasureKind::kLimit, 100, true, 2),
                M("9144030071526726XG", "1", O, MeasureKind::kLimit, 200, true, 3),
                M("9144030071526726XG", "1", R, MeasureKind::kStop, 1000, true, 4),
                M("91110000802100433B", "c", Y, MeasureKind::kSelfDetermined, 0, false, 5),
                M("91110000802100433B", "c", O, MeasureKind::kSelfDetermined, 300, false, 6),
                M("91110000802100433B", "c", R, MeasureKind::kSelfDetermined, 500, false, 7)};
  return l;
}

}  // namespace lantian::emergency::testing
