// Data coverage: the values present against the values expected — every hour of
// every day of a period for every station — never against the rows a file or
// the store happens to hold, so that a station silent for a whole day counts as
// 24 missing hours. Value type.
#pragma once

#include <cstdint>
#include <optional>

#include "core/civil_time.hpp"
#include "core/decimal.hpp"

namespace lantian::aq {

struct Coverage {
  int64_t expected = 0;
  int64_t present = 0;

  // Expected hourly values of `stations` stations over `period`.
  static Coverage HourlyExpected(int64_t stations, core::Period period) {
    return Coverage{stations * 24 * period.Days(), 0};
  }
  // present / expected in percent, rounded half to even; nullopt when nothing is expected.
  std::optional<core::Decimal> Percent(int digits) const;
};

}  // namespace lantian::aq
