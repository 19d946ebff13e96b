// The measured values a data upload carries (HJ 212-2017 §6.6 and appendix
// tables: CN 2011 real-time, 2051 minute, 2061 hourly, 2031 daily data).
// A CP holds "DataTime=YYYYMMDDhhmmss[zzz]" and, per pollutant code (a21026,
// a34013, 011 of 2005 …), items "<code>-<field>=value": Rtd (real-time),
// Avg/Min/Max (period), Cou (period total), ZsRtd/ZsAvg (converted, i.e.
// O2-corrected, as the device computed it), Flag (data flag: N normal, F
// stopped, M maintenance, S set by hand, D fault, C calibration, T over
// range, B communication fault). Unknown fields are ignored. Pure.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.hpp"
#include "hj212/packet.hpp"

namespace lantian::hj212 {

enum class DataKind { kRealTime, kMinute, kHourly, kDaily };

// The data kind of a command number, if it is a data upload.
std::optional<DataKind> DataKindOf(std::string_view cn);
std::string_view DataKindName(DataKind kind);  // "real-time", "minute", "hourly", "daily"

struct PollutantValue {
  std::string pollutant;  // as sent: "a21026"
  std::optional<double> rtd, avg, min, max, cou, zs_rtd, zs_avg;
  std::string flag;  // "" when the device sent none
  friend bool operator==(const PollutantValue&, const PollutantValue&) = default;
};

struct DataRecord {
  std::string data_time;  // "2020-12-01 10:30:00"
  std::vector<PollutantValue> values;
};

// The record of a data upload. Errors name the CP field: "CP.DataTime" when
// missing or not a valid time, "CP.<code>-<field>" for a number that is not one.
core::Result<DataRecord> ReadDataRecord(const Packet& p);

// "20201201103000" or "20201201103000123" → "2020-12-01 10:30:00".
std::optional<std::string> DataTimeText(std::string_view digits);

}  // namespace lantian::hj212
