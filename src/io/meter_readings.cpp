#include "io/meter_readings.hpp"

#include "io/table_columns.hpp"

namespace lantian::io {

MeterReadings ReadMeterReadings(CsvReader& reader, FileReport& report) {
  MeterReadings out;
  Columns c;
  if (!c.Read(reader, report, {"meter", "time"})) return out;
  const bool kw = c.Find("kw").has_value(), kwh = c.Find("kwh").has_value();
  if (kw == kwh) {
    report.Error(reader.line(), 0, "give one of the columns kw (average power) or kwh (energy)");
    return out;
  }
  const std::string_view value_column = kw ? "kw" : "kwh";
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    const std::string meter(row.At("meter").text);
    if (meter.empty()) return row.Error(row.At("meter"), "meter is empty");
    const Cell time = row.At("time");
    auto at = core::ParseInstant(time.text);
    if (!at) return row.Error(time, at.error().message());
    if (at->seconds % 900 != 0) {
      return row.Error(time, "a reading ends a quarter hour (:00, :15, :30, :45), not " +
                                 std::string(time.text));
    }
    auto value = row.Decimal(value_column, true);
    if (!value) return;
    if (value->IsNegative()) {
      return row.Error(row.At(value_column), std::string(value_column) + " is negative");
    }
    // Watts (three decimals of kW) are as fine as meters read.
    const double v = static_cast<double>(value->ScaledHalfEven(3)) / 1000.0;
    if (!out[meter].emplace(*at, kw ? v : v * 4.0).second) {
      row.Error(time, "meter " + meter + " has two readings for " + std::string(time.text));
    }
  });
  return out;
}

}  // namespace lantian::io
