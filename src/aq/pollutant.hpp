// The six pollutants of the AQI (HJ 633-2012 §3), their codes, units and the
// precision at which concentrations are reported and rounded (GB 3095-2012,
// HJ 663-2013: integers in µg/m³, CO to 0.1 mg/m³).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lantian::aq {

enum class Pollutant : uint8_t { kSO2, kNO2, kCO, kO3, kPM10, kPM25 };

inline constexpr std::array<Pollutant, 6> kPollutants = {Pollutant::kSO2,  Pollutant::kNO2,
                                                         Pollutant::kCO,   Pollutant::kO3,
                                                         Pollutant::kPM10, Pollutant::kPM25};
inline constexpr size_t kPollutantCount = kPollutants.size();

inline constexpr size_t Index(Pollutant p) { return static_cast<size_t>(p); }

// "SO2", "NO2", "CO", "O3", "PM10", "PM2.5"
std::string_view Code(Pollutant p);
// Official Chinese name as CNEMC publishes it, e.g. "细颗粒物(PM2.5)".
std::string_view NameZh(Pollutant p);
// "µg/m³", or "mg/m³" for CO.
std::string_view Unit(Pollutant p);
// Decimal places of reported concentrations: 1 for CO, 0 otherwise.
int ReportDigits(Pollutant p);
// Accepts the codes above case-insensitively and the spellings PM25, PM2_5.
std::optional<Pollutant> ParsePollutant(std::string_view text);

// A set of pollutants (primary or exceeding pollutants of an AQI).
class PollutantSet {
 public:
  void Add(Pollutant p) { bits_ |= static_cast<uint8_t>(1u << Index(p)); }
  bool Contains(Pollutant p) const { return (bits_ >> Index(p)) & 1u; }
  bool empty() const { return bits_ == 0; }
  // Codes in the order SO2, NO2, CO, O3, PM10, PM2.5 joined by `separator`.
  std::string Join(std::string_view separator) const;
  friend bool operator==(PollutantSet, PollutantSet) = default;

 private:
  uint8_t bits_ = 0;
};

}  // namespace lantian::aq
