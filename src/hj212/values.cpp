#include "hj212/values.hpp"

#include <charconv>
#include <cmath>

namespace lantian::hj212 {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int Number(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::optional<double> ParseNumber(std::string_view s) {
  double v = 0;
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) {
    return std::nullopt;
  }
  return v;
}

PollutantValue& ValueOf(std::vector<PollutantValue>& values, std::string_view code) {
  for (auto& v : values) {
    if (v.pollutant == code) return v;
  }
  values.push_back({std::string(code), {}, {}, {}, {}, {}, {}, {}, ""});
  return values.back();
}

}  // namespace

std::optional<DataKind> DataKindOf(std::string_view cn) {
  if (cn == "2011") return DataKind::kRealTime;
  if (cn == "2051") return DataKind::kMinute;
  if (cn == "2061") return DataKind::kHourly;
  if (cn == "2031") return DataKind::kDaily;
  return std::nullopt;
}

std::string_view DataKindName(DataKind kind) {
  switch (kind) {
    case DataKind::kRealTime:
      return "real-time";
    case DataKind::kMinute:
      return "minute";
    case DataKind::kHourly:
      return "hourly";
    case DataKind::kDaily:
      return "daily";
  }
  return "";
}

std::optional<std::string> DataTimeText(std::string_view d) {
  if ((d.size() != 14 && d.size() != 17) || !AllDigits(d)) return std::nullopt;
  const int month = Number(d.substr(4, 2)), day = Number(d.substr(6, 2));
  const int hour = Number(d.substr(8, 2)), minute = Number(d.substr(10, 2));
  const int second = Number(d.substr(12, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::string out;
  out.reserve(19);
  out.append(d.substr(0, 4)).push_back('-');
  out.append(d.substr(4, 2)).push_back('-');
  out.append(d.substr(6, 2)).push_back(' ');
  out.append(d.substr(8, 2)).push_back(':');
  out.append(d.substr(10, 2)).push_back(':');
  out.append(d.substr(12, 2));
  return out;
}

core::Result<DataRecord> ReadDataRecord(const Packet& p) {
  DataRecord record;
  const auto time = p.Find("DataTime");
  if (!time) return core::InvalidInput("the upload has no DataTime", "CP.DataTime");
  auto text = DataTimeText(*time);
  if (!text) {
    return core::InvalidInput("DataTime '" + *time + "' is not YYYYMMDDhhmmss[zzz]", "CP.DataTime");
  }
  record.data_time = std::move(*text);
  for (const auto& group : p.cp) {
    for (const auto& item : group) {
      const size_t dash = item.key.rfind('-');
      if (dash == std::string::npos || dash == 0) continue;
      const std::string_view code = std::string_view(item.key).substr(0, dash);
      const std::string_view field = std::string_view(item.key).substr(dash + 1);
      std::optional<double> PollutantValue::*slot = nullptr;
      if (field == "Rtd") slot = &PollutantValue::rtd;
      if (field == "Avg") slot = &PollutantValue::avg;
      if (field == "Min") slot = &PollutantValue::min;
      if (field == "Max") slot = &PollutantValue::max;
      if (field == "Cou") slot = &PollutantValue::cou;
      if (field == "ZsRtd") slot = &PollutantValue::zs_rtd;
      if (field == "ZsAvg") slot = &PollutantValue::zs_avg;
      if (field == "Flag") {
        ValueOf(record.values, code).flag = item.value;
        continue;
      }
      if (!slot) continue;
      auto number = ParseNumber(item.value);
      if (!number) {
        return core::InvalidInput("'" + item.value + "' is not a number", "CP." + item.key);
      }
      ValueOf(record.values, code).*slot = *number;
    }
  }
  return record;
}

}  // namespace lantian::hj212
