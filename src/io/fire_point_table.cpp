#include "io/fire_point_table.hpp"

#include <charconv>
#include <set>
#include <tuple>

#include "io/table_columns.hpp"
#include "ledger/fire_point.hpp"

namespace lantian::io {

std::vector<FirePointRow> ReadFirePoints(CsvReader& reader, FileReport& report) {
  std::vector<FirePointRow> out;
  Columns c;
  if (!c.ReadHeader(reader, report)) return out;
  const bool firms = c.Find("acq_date").has_value();
  if (firms) {
    if (!c.Require({"latitude", "longitude", "acq_date", "acq_time", "confidence"}, report)) {
      return out;
    }
  } else if (!c.Require({"time", "lat", "lon", "confidence", "source"}, report,
                        "time,lat,lon,confidence,source, or a NASA FIRMS file")) {
    return out;
  }
  std::set<std::tuple<int64_t, double, double, std::string>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    FirePointRow r;
    r.line = line;
    const Cell lat = row.At(firms ? "latitude" : "lat"), lon = row.At(firms ? "longitude" : "lon"),
               confidence = row.At("confidence");
    if (auto v = ParseDegrees(lat.text, 90)) {
      r.lat = *v;
    } else {
      row.Error(lat, "latitude is a number of degrees from -90 to 90, not '" +
                         std::string(lat.text) + "'");
    }
    if (auto v = ParseDegrees(lon.text, 180)) {
      r.lon = *v;
    } else {
      row.Error(lon, "longitude is a number of degrees from -180 to 180, not '" +
                         std::string(lon.text) + "'");
    }
    r.confidence = std::string(confidence.text);
    if (ledger::ConfidenceClass(r.confidence).empty()) {
      row.Error(confidence, "confidence is l, n, h or 0 to 100, not '" + r.confidence + "'");
    }
    if (firms) {
      const Cell date = row.At("acq_date"), time = row.At("acq_time");
      auto d = core::ParseIsoDate(date.text);
      if (!d) row.Error(date, "acq_date is YYYY-MM-DD, not '" + std::string(date.text) + "'");
      int hhmm = -1;
      auto [end, ec] = std::from_chars(time.text.data(), time.text.data() + time.text.size(), hhmm);
      if (ec != std::errc() || end != time.text.data() + time.text.size() || hhmm < 0 ||
          hhmm % 100 > 59 || hhmm / 100 > 23) {
        row.Error(time, "acq_time is HHMM (UTC), not '" + std::string(time.text) + "'");
      } else if (d) {
        // UTC + 8 h: Beijing time.
        r.observed_at = core::Instant{static_cast<int64_t>(d->days) * 86400 + (hhmm / 100) * 3600 +
                                      (hhmm % 100) * 60 + 8 * 3600};
      }
      std::string source;
      if (row.Has("instrument")) source = std::string(row.At("instrument").text);
      if (row.Has("satellite")) {
        source += (source.empty() ? "" : " ") + std::string(row.At("satellite").text);
      }
      r.source = source.empty() ? "FIRMS" : source;
    } else {
      const Cell time = row.At("time"), source = row.At("source");
      auto t = core::ParseInstant(time.text);
      if (!t) {
        row.Error(time,
                  "time is YYYY-MM-DD HH:MM (Beijing time), not '" + std::string(time.text) + "'");
      } else {
        r.observed_at = *t;
      }
      if (source.text.empty()) row.Error(source, "name the source (VIIRS, MODIS, FY-3D …)");
      r.source = std::string(source.text);
    }
    if (row.failed()) return;
    if (!seen.insert({r.observed_at.seconds, r.lat, r.lon, r.source}).second) {
      return row.Error(lat, "the same fire point (time, place, source) is on an earlier line");
    }
    out.push_back(std::move(r));
  });
  return out;
}

}  // namespace lantian::io
