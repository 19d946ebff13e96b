// Civil time in Beijing (UTC+8, no daylight saving), the only clock of the plan.
// Date counts days and HourStart counts hours since 1970-01-01 00:00 Beijing time.
// An hourly value belongs to the interval [start, start + 1h). Period is an
// inclusive range of dates such as a campaign phase ("2020Q4"). Value types.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.hpp"

namespace lantian::core {

struct Date {
  int32_t days = 0;  // since 1970-01-01

  static Date FromYmd(int year, int month, int day);
  int year() const;
  int month() const;
  int day() const;
  // Days in this date's month.
  int DaysInMonth() const;

  Date operator+(int n) const { return Date{days + n}; }
  Date operator-(int n) const { return Date{days - n}; }
  int operator-(Date other) const { return days - other.days; }
  friend auto operator<=>(Date a, Date b) = default;
};

struct HourStart {
  int64_t hours = 0;  // since 1970-01-01 00:00

  static HourStart Of(Date date, int hour) { return HourStart{date.days * int64_t{24} + hour}; }
  Date date() const;
  int hour() const;  // 0..23
  HourStart operator+(int64_t n) const { return HourStart{hours + n}; }
  HourStart operator-(int64_t n) const { return HourStart{hours - n}; }
  friend auto operator<=>(HourStart a, HourStart b) = default;
};

// A moment to the second, Beijing time: audit entries, sessions, provenance.
struct Instant {
  int64_t seconds = 0;  // since 1970-01-01 00:00:00 Beijing time

  Date date() const { return Date{static_cast<int32_t>(Floor(seconds, 86400))}; }
  Instant operator+(int64_t s) const { return Instant{seconds + s}; }
  Instant operator-(int64_t s) const { return Instant{seconds - s}; }
  friend auto operator<=>(Instant a, Instant b) = default;

 private:
  static int64_t Floor(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
};

// "YYYY-MM-DD HH:MM:SS"; sorts as text in time order. Parsing also takes
// "YYYY-MM-DD HH:MM" (seconds zero) and a "T" in place of the space.
std::string FormatInstant(Instant t);
Result<Instant> ParseInstant(std::string_view text);

// "YYYY-MM-DD"
Result<Date> ParseIsoDate(std::string_view text);
// "YYYYMMDD" (CNEMC file dates)
Result<Date> ParseCompactDate(std::string_view text);
// "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", optionally with ":00" seconds; the
// minutes and seconds must be zero (the start of an hour).
Result<HourStart> ParseHourStart(std::string_view text);

std::string FormatIsoDate(Date d);
std::string FormatHourStart(HourStart h);  // "YYYY-MM-DD HH:MM"

// An inclusive range of dates.
struct Period {
  Date first;
  Date last;
  int Days() const { return last - first + 1; }
  bool Contains(Date d) const { return d >= first && d <= last; }
};

// "2020Q4", "2021-01" (a month), "2020" (a year), or "YYYY-MM-DD..YYYY-MM-DD".
Result<Period> ParsePeriod(std::string_view text);
// The same period one year earlier (2020Q4 -> 2019Q4), as baselines use.
Period YearEarlier(Period p);

}  // namespace lantian::core
