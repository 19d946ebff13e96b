// Heavy-pollution alert levels (重污染天气预警, plan （六）, domain.md §6), from
// mildest to strictest. Blue is used only where a plan enables it.
#pragma once

#include <optional>
#include <string_view>

namespace lantian::alert {

enum class Level { kNone = 0, kBlue = 1, kYellow = 2, kOrange = 3, kRed = 4 };

std::string_view LevelName(Level l);  // "none", "blue", "yellow", "orange", "red"
std::optional<Level> ParseLevel(std::string_view name);
// As a Chinese document names it: "无", "蓝色", "黄色", "橙色", "红色".
std::string_view LevelNameZh(Level l);

}  // namespace lantian::alert
