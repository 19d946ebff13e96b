// Reader of CNEMC hourly files, the format of the national monitoring centre's
// archive: a header `date,hour,type,<id>,<id>,…` and one row per (date, hour,
// type) with one value per column. Site files have station codes as ids
// (china_sites_YYYYMMDD.csv), city files city names (china_cities_…). Types are
// the measured 1h values (PM2.5, PM10, SO2, NO2, O3, CO) and the published values
// (AQI, X_24h, O3_8h, O3_8h_24h, O3_24h). Empty cells are missing values.
//
// Hour labels: `hour` h labels the hour ending at h by default (CNEMC practice,
// docs/standards.md): date D label 0 is [D−1 23:00, D 00:00). With kBegin it is
// the hour beginning at h. Values are returned per natural day in Beijing time.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "aq/site_day.hpp"
#include "io/csv_reader.hpp"
#include "io/file_report.hpp"

namespace lantian::io {

enum class HourLabel { kEnd, kBegin };
std::optional<HourLabel> ParseHourLabel(std::string_view text);  // "end", "begin"
std::string_view HourLabelName(HourLabel label);

enum class CnemcKind { kSite, kCity };
std::string_view CnemcKindName(CnemcKind kind);  // "site", "city"

struct CnemcDay {
  size_t column;  // index into CnemcFile::ids
  aq::SiteDay day;
};

struct CnemcFile {
  CnemcKind kind = CnemcKind::kSite;
  std::vector<std::string> ids;  // ids of the header, each once, in file order
  std::vector<CnemcDay> days;    // days with at least one value, by date then column
};

struct CnemcOptions {
  HourLabel hour_label = HourLabel::kEnd;
  std::optional<CnemcKind> kind;  // detected from the ids when not set
};

// Reads a CNEMC file. Only columns for which `wanted(id)` is true are read; the
// rest are skipped unread. Structural errors and rejected values go to `report`;
// callers must not store anything when !report.ok().
CnemcFile ReadCnemcFile(CsvReader& reader, const CnemcOptions& options,
                        const std::function<bool(std::string_view)>& wanted, FileReport& report);

// True for a CNEMC station code such as "1001A".
bool LooksLikeStationCode(std::string_view id);

}  // namespace lantian::io
