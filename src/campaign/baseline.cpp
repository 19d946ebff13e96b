#include "campaign/baseline.hpp"

namespace lantian::campaign {
namespace {

const core::Period kQ4_2020{core::Date::FromYmd(2020, 10, 1), core::Date::FromYmd(2020, 12, 31)};
const core::Period kQ1_2021{core::Date::FromYmd(2021, 1, 1), core::Date::FromYmd(2021, 3, 31)};

}  // namespace

core::Period BaselineOf(std::string_view /*period_name*/, core::Period period) {
  // Any part of 2021Q1 (the phase, one of its months) looks back to 2019.
  if (kQ1_2021.Contains(period.first) && kQ1_2021.Contains(period.last)) {
    return YearEarlier(YearEarlier(period));
  }
  return YearEarlier(period);
}

core::Result<core::Period> ParseSeasonOrPeriod(std::string_view text) {
  if (text == "season") return core::Period{kQ4_2020.first, kQ1_2021.last};
  return core::ParsePeriod(text);
}

core::Result<AssessmentPeriod> AssessmentPeriodOf(std::string_view name) {
  AssessmentPeriod a;
  a.name = std::string(name);
  if (name == "season") {
    a.period = {kQ4_2020.first, kQ1_2021.last};
    a.baseline = {BaselineOf("2020Q4", kQ4_2020), BaselineOf("2021Q1", kQ1_2021)};
    return a;
  }
  if (name == "2020Q4" || name == "2021Q1") {
    a.period = name == "2020Q4" ? kQ4_2020 : kQ1_2021;
    a.baseline = {BaselineOf(name, a.period)};
    a.is_phase = true;
    return a;
  }
  // A month: YYYY-MM.
  if (name.size() == 7 && name[4] == '-') {
    auto p = core::ParsePeriod(name);
    if (p) {
      a.period = *p;
      a.baseline = {BaselineOf(name, *p)};
      a.is_month = true;
      return a;
    }
  }
  return core::InvalidInput("period must be 2020Q4, 2021Q1, season or a month YYYY-MM, not '" +
                            std::string(name) + "'");
}

std::string PhaseOf(core::Date day) {
  if (kQ4_2020.Contains(day)) return "2020Q4";
  if (kQ1_2021.Contains(day)) return "2021Q1";
  return "";
}

}  // namespace lantian::campaign
