#include "aq/aqi.hpp"

#include <array>

namespace lantian::aq {

std::optional<AqiResult> CombineSubIndices(std::span<const SubIndex> sub_indices) {
  if (sub_indices.empty()) return std::nullopt;
  AqiResult r;
  for (const SubIndex& s : sub_indices) r.aqi = std::max(r.aqi, s.iaqi);
  r.level = AqiLevel(r.aqi);
  for (const SubIndex& s : sub_indices) {
    if (r.aqi > 50 && s.iaqi == r.aqi) r.primary.Add(PollutantOf(s.metric));
    if (s.iaqi > 100) r.exceeding.Add(PollutantOf(s.metric));
  }
  return r;
}

int AqiLevel(int aqi) {
  if (aqi <= 50) return 1;
  if (aqi <= 100) return 2;
  if (aqi <= 150) return 3;
  if (aqi <= 200) return 4;
  if (aqi <= 300) return 5;
  return 6;
}

std::string_view LevelNameZh(int level) {
  static constexpr std::array<std::string_view, 6> kNames = {"优",       "良",       "轻度污染",
                                                             "中度污染", "重度污染", "严重污染"};
  return kNames[static_cast<size_t>(level - 1)];
}

std::string_view LevelNameEn(int level) {
  static constexpr std::array<std::string_view, 6> kNames = {
      "Excellent",        "Good", "Lightly polluted", "Moderately polluted", "Heavily polluted",
      "Severely polluted"};
  return kNames[static_cast<size_t>(level - 1)];
}

}  // namespace lantian::aq
