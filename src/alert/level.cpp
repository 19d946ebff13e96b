#include "alert/level.hpp"

namespace lantian::alert {

std::string_view LevelName(Level l) {
  switch (l) {
    case Level::kNone:
      return "none";
    case Level::kBlue:
      return "blue";
    case Level::kYellow:
      return "yellow";
    case Level::kOrange:
      return "orange";
    case Level::kRed:
      return "red";
  }
  return "?";
}

std::string_view LevelNameZh(Level l) {
  switch (l) {
    case Level::kNone:
      return "无";
    case Level::kBlue:
      return "蓝色";
    case Level::kYellow:
      return "黄色";
    case Level::kOrange:
      return "橙色";
    case Level::kRed:
      return "红色";
  }
  return "?";
}

std::optional<Level> ParseLevel(std::string_view name) {
  for (Level l : {Level::kNone, Level::kBlue, Level::kYellow, Level::kOrange, Level::kRed}) {
    if (LevelName(l) == name) return l;
  }
  return std::nullopt;
}

}  // namespace lantian::alert
