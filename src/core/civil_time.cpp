#include "core/civil_time.hpp"

#include <chrono>
#include <cstdio>

namespace lantian::core {
namespace {

namespace chr = std::chrono;

chr::year_month_day Ymd(Date d) { return chr::year_month_day{chr::sys_days{chr::days{d.days}}}; }

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

Result<Date> CheckedDate(int y, int m, int d, std::string_view text) {
  chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                          chr::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1900 || y > 2200) {
    return InvalidInput("not a valid date: '" + std::string(text) + "'");
  }
  return Date{static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count())};
}

}  // namespace

Date Date::FromYmd(int year, int month, int day) {
  chr::year_month_day ymd{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                          chr::day{static_cast<unsigned>(day)}};
  return Date{static_cast<int32_t>(chr::sys_days{ymd}.time_since_epoch().count())};
}

int Date::year() const { return static_cast<int>(Ymd(*this).year()); }
int Date::month() const { return static_cast<int>(static_cast<unsigned>(Ymd(*this).month())); }
int Date::day() const { return static_cast<int>(static_cast<unsigned>(Ymd(*this).day())); }
int Date::DaysInMonth() const {
  auto ymd = Ymd(*this);
  chr::year_month_day_last last{ymd.year(), chr::month_day_last{ymd.month()}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

Date HourStart::date() const {
  int64_t d = hours >= 0 ? hours / 24 : -((-hours + 23) / 24);
  return Date{static_cast<int32_t>(d)};
}
int HourStart::hour() const { return static_cast<int>(hours - int64_t{date().days} * 24); }

Result<Date> ParseIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !AllDigits(t.substr(0, 4)) ||
      !AllDigits(t.substr(5, 2)) || !AllDigits(t.substr(8, 2))) {
    return InvalidInput("expected a date YYYY-MM-DD, got '" + std::string(t) + "'");
  }
  return CheckedDate(ToInt(t.substr(0, 4)), ToInt(t.substr(5, 2)), ToInt(t.substr(8, 2)), t);
}

Result<Date> ParseCompactDate(std::string_view t) {
  if (t.size() != 8 || !AllDigits(t)) {
    return InvalidInput("expected a date YYYYMMDD, got '" + std::string(t) + "'");
  }
  return CheckedDate(ToInt(t.substr(0, 4)), ToInt(t.substr(4, 2)), ToInt(t.substr(6, 2)), t);
}

Result<HourStart> ParseHourStart(std::string_view t) {
  auto bad = [&] {
    return InvalidInput(
        "expected a time YYYY-MM-DD HH:MM (Beijing time, start of the hour), got '" +
        std::string(t) + "'");
  };
  if (t.size() != 16 && t.size() != 19) return bad();
  if (t[10] != ' ' && t[10] != 'T') return bad();
  if (t[13] != ':' || !AllDigits(t.substr(11, 2)) || !AllDigits(t.substr(14, 2))) return bad();
  if (t.size() == 19 && (t[16] != ':' || !AllDigits(t.substr(17, 2)))) return bad();
  auto date = ParseIsoDate(t.substr(0, 10));
  if (!date) return bad();
  int hour = ToInt(t.substr(11, 2));
  int minute = ToInt(t.substr(14, 2));
  int second = t.size() == 19 ? ToInt(t.substr(17, 2)) : 0;
  if (hour > 23 || minute > 59 || second > 59) return bad();
  if (minute != 0 || second != 0) {
    return InvalidInput("time '" + std::string(t) + "' is not the start of an hour");
  }
  return HourStart::Of(*date, hour);
}

std::string FormatIsoDate(Date d) {
  auto ymd = Ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string FormatHourStart(HourStart h) {
  char buf[8];
  std::snprintf(buf, sizeof buf, " %02d:00", h.hour());
  return FormatIsoDate(h.date()) + buf;
}

std::string FormatInstant(Instant t) {
  const Date d = t.date();
  const int64_t rest = t.seconds - int64_t{d.days} * 86400;
  char buf[16];
  std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", static_cast<int>(rest / 3600),
                static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return FormatIsoDate(d) + buf;
}

Result<Instant> ParseInstant(std::string_view t) {
  auto bad = [&] {
    return InvalidInput("expected a time YYYY-MM-DD HH:MM[:SS] (Beijing time), got '" +
                        std::string(t) + "'");
  };
  const bool seconds = t.size() == 19;
  if ((t.size() != 16 && !seconds) || (t[10] != ' ' && t[10] != 'T') || t[13] != ':' ||
      (seconds && t[16] != ':'))
    return bad();
  auto date = ParseIsoDate(t.substr(0, 10));
  if (!date || !AllDigits(t.substr(11, 2)) || !AllDigits(t.substr(14, 2)) ||
      (seconds && !AllDigits(t.substr(17, 2)))) {
    return bad();
  }
  const int h = ToInt(t.substr(11, 2)), m = ToInt(t.substr(14, 2));
  const int s = seconds ? ToInt(t.substr(17, 2)) : 0;
  if (h > 23 || m > 59 || s > 59) return bad();
  return Instant{int64_t{date->days} * 86400 + h * 3600 + m * 60 + s};
}

Result<Period> ParsePeriod(std::string_view t) {
  auto bad = [&] {
    return InvalidInput(
        "expected a period like 2020Q4, 2021-01, 2020 or 2020-10-01..2020-12-31, got '" +
        std::string(t) + "'");
  };
  if (auto dots = t.find(".."); dots != std::string_view::npos) {
    auto a = ParseIsoDate(t.substr(0, dots));
    auto b = ParseIsoDate(t.substr(dots + 2));
    if (!a || !b || *b < *a) return bad();
    return Period{*a, *b};
  }
  if (t.size() == 4 && AllDigits(t)) {
    int y = ToInt(t);
    return Period{Date::FromYmd(y, 1, 1), Date::FromYmd(y, 12, 31)};
  }
  if (t.size() == 6 && AllDigits(t.substr(0, 4)) && (t[4] == 'Q' || t[4] == 'q') && t[5] >= '1' &&
      t[5] <= '4') {
    int y = ToInt(t.substr(0, 4));
    int q = t[5] - '0';
    Date first = Date::FromYmd(y, 3 * q - 2, 1);
    Date last_month = Date::FromYmd(y, 3 * q, 1);
    return Period{first, last_month + (last_month.DaysInMonth() - 1)};
  }
  if (t.size() == 7 && t[4] == '-' && AllDigits(t.substr(0, 4)) && AllDigits(t.substr(5, 2))) {
    int m = ToInt(t.substr(5, 2));
    if (m < 1 || m > 12) return bad();
    Date first = Date::FromYmd(ToInt(t.substr(0, 4)), m, 1);
    return Period{first, first + (first.DaysInMonth() - 1)};
  }
  return bad();
}

Period YearEarlier(Period p) {
  auto shift = [](Date d) {
    int y = d.year() - 1, m = d.month(), day = d.day();
    Date first = Date::FromYmd(y, m, 1);
    return first + (std::min(day, first.DaysInMonth()) - 1);
  };
  return Period{shift(p.first), shift(p.last)};
}

}  // namespace lantian::core
