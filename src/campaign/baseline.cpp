#include "campaign/baseline.hpp"

namespace lantian::campaign {

core::Period BaselineOf(std::string_view period_name, core::Period period) {
  if (period_name == "2021Q1") return YearEarlier(YearEarlier(period));
  return YearEarlier(period);
}

}  // namespace lantian::campaign
