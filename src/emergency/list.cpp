#include "emergency/list.hpp"

namespace lantian::emergency {

std::string_view PollutantName(Pollutant p) {
  static constexpr std::string_view kNames[] = {"SO2", "NOx", "PM", "VOCs"};
  return kNames[static_cast<int>(p)];
}

int RequiredPermille(alert::Level level) {
  switch (level) {
    case alert::Level::kYellow:
      return 100;
    case alert::Level::kOrange:
      return 200;
    case alert::Level::kRed:
      return 300;
    default:
      return 0;
  }
}

int ListLevelIndex(alert::Level level) {
  for (size_t i = 0; i < kListLevels.size(); ++i) {
    if (kListLevels[i] == level) return static_cast<int>(i);
  }
  return -1;
}

std::string PercentText(int64_t permille) {
  std::string s = std::to_string(permille / 10);
  if (permille % 10) s += "." + std::to_string(permille % 10);
  return s + " %";
}

std::string_view GradeName(Grade g) {
  switch (g) {
    case Grade::kA:
      return "A";
    case Grade::kB:
      return "B";
    case Grade::kC:
      return "C";
    case Grade::kD:
      return "D";
    case Grade::kLeading:
      return "leading";
    case Grade::kNonLeading:
      return "non-leading";
    case Grade::kNonCompliant:
      return "non-compliant";
    case Grade::kOther:
      return "other";
  }
  return "?";
}

std::optional<Grade> ParseGrade(std::string_view t) {
  struct Form {
    std::string_view text;
    Grade grade;
  };
  static constexpr Form kForms[] = {{"A", Grade::kA},
                                    {"A级", Grade::kA},
                                    {"B", Grade::kB},
                                    {"B级", Grade::kB},
                                    {"C", Grade::kC},
                                    {"C级", Grade::kC},
                                    {"D", Grade::kD},
                                    {"D级", Grade::kD},
                                    {"leading", Grade::kLeading},
                                    {"引领性", Grade::kLeading},
                                    {"non-leading", Grade::kNonLeading},
                                    {"非引领性", Grade::kNonLeading},
                                    {"non-compliant", Grade::kNonCompliant},
                                    {"不达标", Grade::kNonCompliant},
                                    {"未纳入绩效分级", Grade::kNonCompliant},
                                    {"other", Grade::kOther},
                                    {"其他", Grade::kOther},
                                    {"", Grade::kOther}};
  for (const Form& f : kForms) {
    if (f.text == t) return f.grade;
  }
  return std::nullopt;
}

bool MaySelfDetermine(Grade g) { return g == Grade::kA || g == Grade::kLeading; }

std::string_view MeasureKindName(MeasureKind k) {
  switch (k) {
    case MeasureKind::kStop:
      return "stop";
    case MeasureKind::kLimit:
      return "limit";
    case MeasureKind::kStopProcesses:
      return "stop-processes";
    case MeasureKind::kSelfDetermined:
      return "self";
    case MeasureKind::kTransportLimit:
      return "transport";
    case MeasureKind::kNone:
      return "none";
  }
  return "?";
}

std::optional<MeasureKind> ParseMeasureKind(std::string_view t) {
  struct Form {
    std::string_view text;
    MeasureKind kind;
  };
  static constexpr Form kForms[] = {{"stop", MeasureKind::kStop},
                                    {"停产", MeasureKind::kStop},
                                    {"limit", MeasureKind::kLimit},
                                    {"限产", MeasureKind::kLimit},
                                    {"stop-processes", MeasureKind::kStopProcesses},
                                    {"停产工序", MeasureKind::kStopProcesses},
                                    {"self", MeasureKind::kSelfDetermined},
                                    {"自主减排", MeasureKind::kSelfDetermined},
                                    {"transport", MeasureKind::kTransportLimit},
                                    {"运输管控", MeasureKind::kTransportLimit},
                                    {"none", MeasureKind::kNone},
                                    {"无", MeasureKind::kNone}};
  for (const Form& f : kForms) {
    if (f.text == t) return f.kind;
  }
  return std::nullopt;
}

bool CutsOutput(MeasureKind k) {
  return k == MeasureKind::kStop || k == MeasureKind::kLimit || k == MeasureKind::kStopProcesses;
}

}  // namespace lantian::emergency
