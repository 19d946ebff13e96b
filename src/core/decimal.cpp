#include "core/decimal.hpp"

#include <array>
#include <cassert>
#include <ostream>

namespace lantian::core {
namespace {

constexpr std::array<Int128, 37> MakePowers() {
  std::array<Int128, 37> p{};
  p[0] = 1;
  for (size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}
constexpr std::array<Int128, 37> kPow10 = MakePowers();

// Inverse of an odd number modulo 2^128 by Newton iteration (each step doubles
// the number of correct low bits).
constexpr UInt128 InverseMod2_128(UInt128 odd) {
  UInt128 x = odd;  // correct to 3 bits for any odd number
  for (int i = 0; i < 7; ++i) x *= 2 - odd * x;
  return x;
}

struct FivePower {
  UInt128 inverse;  // (5^k)^-1 mod 2^128
  UInt128 limit;    // (2^128 - 1) / 5^k: x is divisible by 5^k iff x·inverse ≤ limit
};

constexpr std::array<FivePower, 19> MakeFivePowers() {
  std::array<FivePower, 19> t{};
  UInt128 p = 1;
  for (size_t k = 0; k < t.size(); ++k) {
    t[k] = {InverseMod2_128(p), ~UInt128{0} / p};
    p *= 5;
  }
  return t;
}
constexpr std::array<FivePower, 19> kFivePowers = MakeFivePowers();

// Whether the non-negative x is divisible by 10^k (k ≤ 18).
bool DivisibleByPow10(UInt128 x, int k) {
  if (k == 0) return true;
  if (x & ((UInt128{1} << k) - 1)) return false;
  const FivePower& f = kFivePowers[static_cast<size_t>(k)];
  return (x >> k) * f.inverse <= f.limit;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Unsigned decimal text of a non-negative Int128.
std::string DigitsOf(Int128 v) {
  if (v == 0) return "0";
  char buf[48];
  int n = 0;
  while (v > 0) {
    buf[n++] = static_cast<char>('0' + static_cast<int>(v % 10));
    v /= 10;
  }
  std::string s;
  s.reserve(n);
  while (n > 0) s.push_back(buf[--n]);
  return s;
}

}  // namespace

Int128 Pow10(int n) {
  assert(n >= 0 && n <= 36);
  return kPow10[static_cast<size_t>(n)];
}

Int128 DivideHalfEven(Int128 num, Int128 den) {
  assert(den > 0);
  Int128 q = num / den;
  Int128 r = num % den;  // same sign as num
  if (r < 0) {           // make floor division: 0 <= r < den
    r += den;
    q -= 1;
  }
  Int128 twice = 2 * r;
  if (twice > den || (twice == den && (q % 2 != 0))) q += 1;
  return q;
}

Int128 DivideCeil(Int128 num, Int128 den) {
  assert(den > 0);
  Int128 q = num / den;
  if (num % den > 0) q += 1;
  return q;
}

std::ostream& operator<<(std::ostream& out, Decimal v) { return out << v.ToString(); }

Decimal Decimal::FromScaled(int64_t v, int digits) {
  assert(digits >= 0 && digits <= kFractionDigits);
  return Decimal(static_cast<Int128>(v) * Pow10(kFractionDigits - digits));
}

Decimal::ParseError Decimal::TryParse(std::string_view s, Decimal& out) {
  const size_t n = s.size();
  size_t i = 0;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) {
    negative = s[i] == '-';
    ++i;
  }
  size_t int_begin = i;
  while (i < n && IsDigit(s[i])) ++i;
  std::string_view int_part = s.substr(int_begin, i - int_begin);
  std::string_view frac_part;
  if (i < n && s[i] == '.') {
    ++i;
    size_t frac_begin = i;
    while (i < n && IsDigit(s[i])) ++i;
    frac_part = s.substr(frac_begin, i - frac_begin);
  }
  if (int_part.empty() && frac_part.empty()) return ParseError::kNotANumber;
  int64_t exponent = 0;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      exp_negative = s[i] == '-';
      ++i;
    }
    size_t exp_begin = i;
    while (i < n && IsDigit(s[i]) && i - exp_begin < 6) {
      exponent = exponent * 10 + (s[i] - '0');
      ++i;
    }
    if (i == exp_begin) return ParseError::kNotANumber;
    if (exp_negative) exponent = -exponent;
  }
  if (i != n) return ParseError::kNotANumber;

  // value = D × 10^(exponent − fraction length), D = integer digits ++ fraction
  // digits. Drop zeros that do not change D's significant digits.
  while (!int_part.empty() && int_part.front() == '0') int_part.remove_prefix(1);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.remove_suffix(1);
  int64_t unit_shift = kFractionDigits + exponent - static_cast<int64_t>(frac_part.size());
  if (frac_part.empty()) {
    while (!int_part.empty() && int_part.back() == '0') {
      int_part.remove_suffix(1);
      ++unit_shift;
    }
  }
  if (int_part.empty()) {
    while (!frac_part.empty() && frac_part.front() == '0') frac_part.remove_prefix(1);
  }
  const int64_t significant = static_cast<int64_t>(int_part.size() + frac_part.size());
  if (significant == 0) {  // zero, whatever the sign or exponent
    out = Decimal();
    return ParseError::kNone;
  }
  if (unit_shift < 0) {
    return ParseError::kTooPrecise;
  }
  // 10^12 in units of 10^-18 has 31 digits.
  if (significant + unit_shift > 31) {
    return ParseError::kOutOfRange;
  }
  Int128 units = 0;
  for (char c : int_part) units = units * 10 + (c - '0');
  for (char c : frac_part) units = units * 10 + (c - '0');
  units *= Pow10(static_cast<int>(unit_shift));
  if (units > kMaxUnits) {
    return ParseError::kOutOfRange;
  }
  out = Decimal(negative ? -units : units);
  return ParseError::kNone;
}

Result<Decimal> Decimal::Parse(std::string_view s) {
  Decimal v;
  const ParseError e = TryParse(s, v);
  if (e != ParseError::kNone) return InvalidInput(ParseErrorMessage(e, s));
  return v;
}

std::string Decimal::ParseErrorMessage(ParseError e, std::string_view s) {
  switch (e) {
    case ParseError::kNone:
      return {};
    case ParseError::kNotANumber:
      return "not a number: '" + std::string(s) + "'";
    case ParseError::kTooPrecise:
      return "more than 18 decimal places: '" + std::string(s) + "'";
    case ParseError::kOutOfRange:
      return "value out of range (magnitude above 10^12): '" + std::string(s) + "'";
  }
  return {};
}

Decimal Decimal::RoundHalfEven(int digits) const {
  assert(digits >= 0 && digits <= kFractionDigits);
  const Int128 step = Pow10(kFractionDigits - digits);
  return Decimal(DivideHalfEven(units_, step) * step);
}

int64_t Decimal::ScaledHalfEven(int digits) const {
  assert(digits >= 0 && digits <= kFractionDigits);
  return static_cast<int64_t>(DivideHalfEven(units_, Pow10(kFractionDigits - digits)));
}

std::string Decimal::ToString() const {
  Int128 a = units_ < 0 ? -units_ : units_;
  std::string s = units_ < 0 ? "-" : "";
  s += DigitsOf(a / kOne);
  Int128 frac = a % kOne;
  if (frac != 0) {
    std::string f = DigitsOf(frac);
    f.insert(0, static_cast<size_t>(kFractionDigits) - f.size(), '0');
    while (f.back() == '0') f.pop_back();
    s += '.';
    s += f;
  }
  return s;
}

std::string Decimal::ToFixed(int digits) const {
  assert(digits >= 0 && digits <= kFractionDigits);
  Int128 scaled = DivideHalfEven(units_, Pow10(kFractionDigits - digits));
  Int128 a = scaled < 0 ? -scaled : scaled;
  std::string s = scaled < 0 ? "-" : "";
  Int128 div = Pow10(digits);
  s += DigitsOf(a / div);
  if (digits > 0) {
    std::string f = DigitsOf(a % div);
    f.insert(0, static_cast<size_t>(digits) - f.size(), '0');
    s += '.';
    s += f;
  }
  return s;
}

int DecimalPlaces(Decimal v) {
  const Int128 u = v.units();
  const UInt128 a = u < 0 ? static_cast<UInt128>(-u) : static_cast<UInt128>(u);
  for (int k = Decimal::kFractionDigits; k > 0; --k) {
    if (DivisibleByPow10(a, k)) return Decimal::kFractionDigits - k;
  }
  return Decimal::kFractionDigits;
}

Int128 ScaledExact(Decimal v, int places) {
  const int k = Decimal::kFractionDigits - places;
  assert(k >= 0 && k <= Decimal::kFractionDigits);
  // units is divisible by 2^k and 5^k: shift out the first, multiply by the
  // inverse of the second. Two's complement arithmetic keeps the sign right.
  const Int128 shifted = v.units() >> k;
  return static_cast<Int128>(static_cast<UInt128>(shifted) *
                             kFivePowers[static_cast<size_t>(k)].inverse);
}

Decimal RoundedMean(Decimal sum, int64_t count, int digits) {
  assert(count > 0);
  const Int128 step = Pow10(Decimal::kFractionDigits - digits);
  return Decimal::FromUnits(DivideHalfEven(sum.units(), step * count) * step);
}

Decimal RoundedRatio(Decimal num, Decimal den, int digits) {
  assert(den.units() > 0);
  return Decimal::FromUnits(DivideHalfEven(num.units() * Pow10(digits), den.units()) *
                            Pow10(Decimal::kFractionDigits - digits));
}

Decimal RoundedInterpolation(Decimal a, Decimal b, int64_t num, int64_t den, int digits) {
  assert(den > 0);
  const Int128 step = Pow10(Decimal::kFractionDigits - digits);
  Int128 numerator = a.units() * den + (b.units() - a.units()) * num;
  return Decimal::FromUnits(DivideHalfEven(numerator, step * den) * step);
}

}  // namespace lantian::core
