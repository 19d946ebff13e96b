#include "aq/tables.hpp"

namespace lantian::aq {

DailyRow MakeDailyRow(std::string id, core::Date date, const DailyValues& values) {
  return DailyRow{std::move(id), date, values, DailyAqi(Hj633_2012(), values)};
}

}  // namespace lantian::aq
