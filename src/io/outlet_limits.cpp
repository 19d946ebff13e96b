#include "io/outlet_limits.hpp"

#include <set>
#include <tuple>

#include "emergency/credit_code.hpp"
#include "hj212/fields.hpp"
#include "io/table_columns.hpp"

namespace lantian::io {
namespace {

std::optional<double> AsDouble(const std::optional<core::Decimal>& d) {
  if (!d) return std::nullopt;
  return static_cast<double>(d->ScaledHalfEven(6)) / 1e6;
}

}  // namespace

std::vector<OutletLimitLine> ReadOutletLimits(CsvReader& reader, FileReport& report) {
  std::vector<OutletLimitLine> out;
  Columns c;
  if (!c.Read(reader, report, {"enterprise", "city", "outlet", "pollutant", "ordinary"})) {
    return out;
  }
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  ForEachRow(reader, report, c.width(), [&](const std::vector<std::string_view>& f, int64_t line) {
    TableRow row(c, f, line, report);
    const Cell enterprise = row.At("enterprise"), city = row.At("city"), outlet = row.At("outlet"),
               pollutant = row.At("pollutant");
    if (std::string why = emergency::CheckCreditCode(enterprise.text); !why.empty()) {
      row.Error(enterprise, why);
    }
    if (city.text.size() != 6) row.Error(city, "city is a 6-digit code (e.g. 130100)");
    if (outlet.text.empty() || outlet.text.size() > 64) {
      row.Error(outlet, "the outlet (e.g. DA001) is 1-64 characters");
    }
    if (std::string why = hj212::CheckPollutantCodes(pollutant.text);
        !why.empty() || pollutant.text.find(',') != std::string_view::npos) {
      row.Error(pollutant, why.empty() ? "one pollutant code per row" : why);
    }
    const auto ordinary = AsDouble(row.Decimal("ordinary", true));
    const auto ultra_low =
        row.Has("ultra_low") ? AsDouble(row.Decimal("ultra_low", false)) : std::nullopt;
    const auto reference_o2 =
        row.Has("reference_o2") ? AsDouble(row.Decimal("reference_o2", false)) : std::nullopt;
    if (ordinary && *ordinary <= 0) row.Error(row.At("ordinary"), "a limit is above 0");
    if (ultra_low && ordinary && (*ultra_low <= 0 || *ultra_low > *ordinary)) {
      row.Error(row.At("ultra_low"), "the ultra-low limit is above 0 and not above the ordinary");
    }
    if (reference_o2 && (*reference_o2 < 0 || *reference_o2 >= 21)) {
      row.Error(row.At("reference_o2"), "the reference O2 is a share of air: 0 to below 21 %");
    }
    if (row.failed() || !ordinary) return;
    if (!seen.emplace(std::string(enterprise.text), std::string(outlet.text),
                      std::string(pollutant.text))
             .second) {
      return row.Error(pollutant, std::string(pollutant.text) + " of outlet " +
                                      std::string(outlet.text) + " is on an earlier line too");
    }
    out.push_back({line, std::string(enterprise.text), std::string(city.text),
                   std::string(outlet.text), std::string(pollutant.text), *ordinary, ultra_low,
                   reference_o2});
  });
  return out;
}

}  // namespace lantian::io
