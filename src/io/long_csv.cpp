#include "io/long_csv.hpp"

#include <unordered_map>

#include "io/value_check.hpp"

namespace lantian::io {

std::string LongObservations::TimeText(size_t i, core::HourStart h) const {
  auto it = time_text[i].find(h.hours);
  return it != time_text[i].end() ? it->second : core::FormatHourStart(h);
}

LongObservations ReadLongCsv(CsvReader& reader, FileReport& report) {
  LongObservations out;
  std::vector<std::string_view> f;
  static constexpr std::string_view kHeader[] = {"station", "time", "pollutant", "value"};
  const bool has_header = NextRecord(reader, f, report);
  if (!report.ok()) return out;
  if (!has_header || f.size() != 4 || f[0] != kHeader[0] || f[1] != kHeader[1] ||
      f[2] != kHeader[2] || f[3] != kHeader[3]) {
    report.Error(has_header ? reader.line() : 0, 0, "header must be station,time,pollutant,value");
    return out;
  }
  std::unordered_map<std::string, size_t> index;
  while (NextRecord(reader, f, report)) {
    const int64_t line = reader.line();
    if (f.size() != 4) {
      report.Error(
          line, 0,
          "expected 4 fields (station,time,pollutant,value), found " + std::to_string(f.size()));
      continue;
    }
    if (f[0].empty()) {
      report.Error(line, 1, "empty station");
      continue;
    }
    auto time = core::ParseHourStart(f[1]);
    if (!time) {
      report.Error(line, 2, time.error().message());
      continue;
    }
    auto pollutant = aq::ParsePollutant(f[2]);
    if (!pollutant) {
      report.Error(line, 3,
                   "unknown pollutant '" + std::string(f[2]) + "' (SO2, NO2, CO, O3, PM10, PM2.5)");
      continue;
    }
    if (f[3].empty()) {
      report.Rejected(line, 4, "empty value; value not stored");
      continue;
    }
    core::Decimal value;
    std::string problem;
    if (!CheckConcentration(f[3], value, &problem)) {
      report.Rejected(line, 4, problem);
      continue;
    }
    auto [it, inserted] = index.try_emplace(std::string(f[0]), out.ids.size());
    if (inserted) {
      out.ids.emplace_back(f[0]);
      out.days.emplace_back();
      out.time_text.emplace_back();
      out.first_line.push_back(line);
    }
    const size_t i = it->second;
    MeasuredDay& day = out.days[i][time->date().days];
    day.date = time->date();
    aq::HourlySeries& s = day.measured[aq::Index(*pollutant)];
    const int h = time->hour();
    if (s.Has(h)) {
      if (s.At(h) != value) {
        report.Error(line, 4,
                     std::string(aq::Code(*pollutant)) + " of " + out.ids[i] + " at " +
                         std::string(f[1]) + " is given twice with different values (" +
                         s.At(h).ToString() + ", " + value.ToString() + ")");
      }
      continue;
    }
    s.Set(h, value);
    ++report.values_read;
    if (f[1] != core::FormatHourStart(*time))
      out.time_text[i].emplace(time->hours, std::string(f[1]));
  }
  return out;
}

}  // namespace lantian::io
