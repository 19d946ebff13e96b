#include "io/table_csv.hpp"

namespace lantian::io {
namespace {

void WriteAqi(std::ostream& out, const std::optional<aq::AqiResult>& aqi) {
  if (aqi) {
    out << aqi->aqi << ',' << aqi->level << ',' << aqi->primary.Join(";");
  } else {
    out << ",,";
  }
}

}  // namespace

void WriteDailyCsv(std::ostream& out, std::span<const aq::DailyRow> rows) {
  out << "id,date";
  for (aq::DailyColumn c : aq::kDailyColumns) out << ',' << aq::ColumnName(c);
  out << ",AQI,level,primary\n";
  for (const aq::DailyRow& r : rows) {
    out << r.id << ',' << core::FormatIsoDate(r.date);
    for (aq::DailyColumn c : aq::kDailyColumns) {
      out << ',';
      if (r.values[c]) out << r.values[c]->ToFixed(aq::ReportDigits(aq::PollutantOf(c)));
    }
    out << ',';
    WriteAqi(out, r.aqi);
    out << '\n';
  }
}

void WriteHourlyCsv(std::ostream& out, std::span<const aq::HourlyRow> rows) {
  out << "id,time,AQI,level,primary\n";
  for (const aq::HourlyRow& r : rows) {
    out << r.id << ',' << r.time << ',';
    WriteAqi(out, r.aqi);
    out << '\n';
  }
}

}  // namespace lantian::io
