// Decimal: an exact decimal number, a signed count of 10^-18 units held in a
// 128-bit integer. Concentrations, means and percentiles are computed with it so
// that rounding at .5 and IAQI ceilings at breakpoints are exact whatever the
// inputs (GB/T 8170 rounding, HJ 633-2012 ceilings); no floating point is used.
// Magnitudes are limited to 10^12 so that sums of millions of values and the
// products of the IAQI formula never overflow. Value type, thread-compatible.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace lantian::core {

__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

class Decimal {
 public:
  static constexpr int kFractionDigits = 18;
  static constexpr Int128 kOne = static_cast<Int128>(1'000'000'000'000'000'000LL);
  // Largest accepted magnitude: 10^12.
  static constexpr Int128 kMaxUnits = kOne * 1'000'000'000'000LL;

  constexpr Decimal() = default;
  static constexpr Decimal FromInt(int64_t v) { return Decimal(static_cast<Int128>(v) * kOne); }
  static constexpr Decimal FromUnits(Int128 units) { return Decimal(units); }
  // v × 10^-digits, e.g. FromScaled(12, 1) == 1.2.
  static Decimal FromScaled(int64_t v, int digits);

  // Parses "12", "-0.5", "1.25e-3", "+3." … exactly. Rejects text that is not a
  // number, more than 18 decimal places, and magnitudes above 10^12. The error
  // message says which.
  static Result<Decimal> Parse(std::string_view text);

  // Parse without building an error: for hot loops that report errors themselves.
  enum class ParseError { kNone, kNotANumber, kTooPrecise, kOutOfRange };
  static ParseError TryParse(std::string_view text, Decimal& out);
  static std::string ParseErrorMessage(ParseError e, std::string_view text);

  constexpr Int128 units() const { return units_; }
  bool IsNegative() const { return units_ < 0; }
  bool IsZero() const { return units_ == 0; }

  // Round half to even (GB/T 8170 §3.3) to `digits` decimal places (0..18).
  Decimal RoundHalfEven(int digits) const;
  // The value times 10^digits, rounded half to even, as an integer.
  int64_t ScaledHalfEven(int digits) const;

  // Shortest exact text: "12", "1.2", "-0.05".
  std::string ToString() const;
  // Exactly `digits` decimal places after rounding half to even: ToFixed(1) of 1 is "1.0".
  std::string ToFixed(int digits) const;

  friend constexpr auto operator<=>(Decimal a, Decimal b) = default;
  friend constexpr bool operator==(Decimal a, Decimal b) = default;
  friend constexpr Decimal operator+(Decimal a, Decimal b) { return Decimal(a.units_ + b.units_); }
  friend constexpr Decimal operator-(Decimal a, Decimal b) { return Decimal(a.units_ - b.units_); }
  friend constexpr Decimal operator*(Decimal a, int64_t k) { return Decimal(a.units_ * k); }
  Decimal& operator+=(Decimal b) {
    units_ += b.units_;
    return *this;
  }

 private:
  constexpr explicit Decimal(Int128 units) : units_(units) {}
  Int128 units_ = 0;
};

// Writes ToString(); for diagnostics and test messages.
std::ostream& operator<<(std::ostream& out, Decimal v);

// 10^n for 0 <= n <= 36.
Int128 Pow10(int n);

// The fewest decimal places that write `v` exactly (0 for integers, 18 at most).
int DecimalPlaces(Decimal v);
// v × 10^places as an integer; `places` must be at least DecimalPlaces(v).
// Exact division without hardware division: multiplies by the inverse of 5^k
// modulo 2^128 (fast on the storage hot path).
Int128 ScaledExact(Decimal v, int places);

// num / den rounded half to even; den > 0.
Int128 DivideHalfEven(Int128 num, Int128 den);
// ceil(num / den); den > 0.
Int128 DivideCeil(Int128 num, Int128 den);

// The mean sum/count rounded half to even to `digits` places: one exact rounding
// of the exact mean (GB/T 8170 forbids rounding in steps). count > 0.
Decimal RoundedMean(Decimal sum, int64_t count, int digits);
// The fewest decimal places that write `v` exactly (0 for integers, 18 at most).
int DecimalPlaces(Decimal v);
// v × 10^places as an integer; `places` must be at least DecimalPlaces(v).
// Exact division without hardware division: multiplies by the inverse of 5^k
// modulo 2^128 (fast on the storage hot path).
Int128 ScaledExact(Decimal v, int places);

// num / den rounded half to even to `digits` places; den > 0.
Decimal RoundedRatio(Decimal num, Decimal den, int digits);
// a + (b - a) * num / den rounded half to even to `digits` places; den > 0.
Decimal RoundedInterpolation(Decimal a, Decimal b, int64_t num, int64_t den, int digits);

}  // namespace lantian::core
