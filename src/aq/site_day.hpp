// SiteDay: everything known about one monitoring site (a station, or a city as a
// data provider publishes it) for one natural day in Beijing time: the hourly
// measured concentrations of the six pollutants, and the values the provider
// computed and published beside them (AQI, 24h moving means, O3 8h values). Hour
// h of a day is the interval [h:00, h+1:00). Value type.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "aq/pollutant.hpp"
#include "core/civil_time.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

// One value per hour of a day, each present or absent.
class HourlySeries {
 public:
  static constexpr int kHours = 24;

  bool Has(int hour) const { return (present_ >> hour) & 1u; }
  core::Decimal At(int hour) const { return values_[static_cast<size_t>(hour)]; }
  std::optional<core::Decimal> Get(int hour) const {
    return Has(hour) ? std::optional(At(hour)) : std::nullopt;
  }
  void Set(int hour, core::Decimal v) {
    values_[static_cast<size_t>(hour)] = v;
    present_ |= 1u << hour;
  }
  void Clear(int hour) {
    values_[static_cast<size_t>(hour)] = core::Decimal();
    present_ &= ~(1u << hour);
  }
  int Count() const { return __builtin_popcount(present_); }
  bool empty() const { return present_ == 0; }
  uint32_t mask() const { return present_; }
  friend bool operator==(const HourlySeries&, const HourlySeries&) = default;

 private:
  std::array<core::Decimal, kHours> values_{};
  uint32_t present_ = 0;
};

// Values a data provider (CNEMC) publishes beside the measured 1h values. The
// names are those of the `type` column of CNEMC site files.
enum class Published : uint8_t {
  kAqi,
  kPM25_24h,
  kPM10_24h,
  kSO2_24h,
  kNO2_24h,
  kCO_24h,
  kO3_24h,    // largest 1h O3 of the last 24 hours
  kO3_8h,     // O3 8h moving mean ending at the hour
  kO3_8h_24h  // largest O3 8h moving mean of the day so far
};
inline constexpr size_t kPublishedCount = 9;
std::string_view PublishedName(Published p);
std::optional<Published> ParsePublishedName(std::string_view text);
// The 24h moving-mean series of a pollutant, for the five that have one.
std::optional<Published> Published24hOf(Pollutant p);

struct SiteDay {
  core::Date date;
  std::array<HourlySeries, kPollutantCount> measured{};
  std::array<HourlySeries, kPublishedCount> published{};

  HourlySeries& Measured(Pollutant p) { return measured[Index(p)]; }
  const HourlySeries& Measured(Pollutant p) const { return measured[Index(p)]; }
  HourlySeries& Of(Published p) { return published[static_cast<size_t>(p)]; }
  const HourlySeries& Of(Published p) const { return published[static_cast<size_t>(p)]; }
  bool empty() const;
  // Number of present values, measured and published.
  int64_t ValueCount() const;
  friend bool operator==(const SiteDay&, const SiteDay&) = default;
};

struct MergeCounts {
  int64_t added = 0;        // absent before, now present
  int64_t unchanged = 0;    // present before with the same value
  int64_t replaced = 0;     // present before with another value, overwritten
  int64_t conflicting = 0;  // present before with another value, kept
  MergeCounts& operator+=(const MergeCounts& o);
};

struct MergeConflict {
  bool published;  // false: measured pollutant series
  uint8_t series;  // Pollutant or Published index
  int hour;
  core::Decimal existing;
  core::Decimal incoming;
};

// Merges `incoming` into `target` (same date). Values that differ from stored ones
// are overwritten only when `replace` is set; otherwise they are counted as
// conflicting, listed in `conflicts` when given, and the stored value stays.
MergeCounts MergeSiteDay(SiteDay& target, const SiteDay& incoming, bool replace,
                         std::vector<MergeConflict>* conflicts);

}  // namespace lantian::aq
