#include "app/outlet_limits.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/monitoring_devices.hpp"
#include "io/outlet_limits.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

// HJ 212-2017 appendix B: the flue gas's oxygen content.
constexpr const char* kOxygen = "a19001";

nlohmann::json LimitJson(const storage::OutletLimitRow& r) {
  nlohmann::json j{{"city", r.city_code}, {"ordinary", r.ordinary}};
  j["ultra_low"] = r.ultra_low ? nlohmann::json(*r.ultra_low) : nlohmann::json(nullptr);
  j["reference_o2"] = r.reference_o2 ? nlohmann::json(*r.reference_o2) : nlohmann::json(nullptr);
  return j;
}

}  // namespace

core::Result<std::vector<storage::OutletLimitRow>> ImportOutletLimits(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto lines = io::ReadOutletLimits(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no limit was stored"));
  if (lines.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<std::string> cities;
  std::vector<storage::OutletLimitRow> rows;
  for (const auto& l : lines) {
    cities.push_back(l.city_code);
    rows.push_back({l.credit_code, l.outlet, l.pollutant, l.city_code, l.ordinary, l.ultra_low,
                    l.reference_o2, actor.name, now});
  }
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    // The audit keeps each outlet's limits before and after.
    std::map<std::string, nlohmann::json> before, after;
    for (const auto& r : rows) {
      const std::string key = r.credit_code + " " + r.outlet;
      if (before.count(key)) continue;
      before[key] = nlohmann::json::object();
      LANTIAN_ASSIGN_OR_RETURN(auto old, store.OutletLimits(r.credit_code));
      for (const auto& o : old) {
        if (o.outlet == r.outlet) before[key][o.pollutant] = LimitJson(o);
      }
    }
    for (const auto& r : rows) after[r.credit_code + " " + r.outlet][r.pollutant] = LimitJson(r);
    LANTIAN_RETURN_IF_ERROR(store.PutOutletLimits(rows));
    for (const auto& [key, limits] : after) {
      LANTIAN_RETURN_IF_ERROR(storage::AppendAudit(
          store,
          audit::Entry{0, now, actor.name, actor.action, "outlet-limits", key,
                       before[key].empty() ? "" : before[key].dump(), limits.dump(), "", ""}));
    }
    return core::Status::Ok();
  }));
  return rows;
}

std::vector<verify::HourValue> HourlySeries(const std::vector<storage::MonitoringValue>& values,
                                            const std::string& pollutant) {
  std::map<std::string, double> oxygen;  // by data time
  for (const auto& v : values) {
    if (v.pollutant == kOxygen && v.avg) oxygen[v.data_time] = *v.avg;
  }
  std::vector<verify::HourValue> out;
  for (const auto& v : values) {
    if (v.pollutant != pollutant || !v.avg) continue;
    auto hour = core::ParseInstant(v.data_time);
    if (!hour) continue;
    verify::HourValue h{*hour, *v.avg, std::nullopt, v.flag.empty() ? 'N' : v.flag[0]};
    if (auto o2 = oxygen.find(v.data_time); o2 != oxygen.end()) h.o2 = o2->second;
    out.push_back(h);
  }
  return out;
}

core::Result<DeviceCheck> CheckDeviceLimits(storage::Store& store, const auth::Principal& p,
                                            const std::string& mn, const std::string& from,
                                            const std::string& to) {
  LANTIAN_ASSIGN_OR_RETURN(storage::MonitoringDevice device, VisibleDevice(store, p, mn));
  DeviceCheck out{device, {}};
  LANTIAN_ASSIGN_OR_RETURN(auto limits, store.OutletLimits(device.credit_code));
  LANTIAN_ASSIGN_OR_RETURN(auto values, store.MonitoringValues({mn, "hourly", from, to}));
  LANTIAN_ASSIGN_OR_RETURN(auto confirmed, store.MonitoringFindings(mn, "confirmed"));
  for (const auto& limit : limits) {
    if (limit.outlet != device.outlet) continue;
    std::vector<verify::HourValue> hours;
    int untrusted = 0;
    for (const verify::HourValue& h : HourlySeries(values, limit.pollutant)) {
      const std::string at = core::FormatInstant(h.hour);
      const bool in_finding = std::any_of(confirmed.begin(), confirmed.end(), [&](const auto& f) {
        return f.pollutant == limit.pollutant && f.from_at <= at && at < f.to_at;
      });
      if (in_finding) {
        ++untrusted;
      } else {
        hours.push_back(h);
      }
    }
    const verify::OutletLimit judged{limit.pollutant, limit.ordinary, limit.ultra_low,
                                     limit.reference_o2};
    const bool ultra_low = limit.ultra_low.has_value();
    out.pollutants.push_back({limit, verify::ApplicableLimit(judged, ultra_low),
                              verify::Exceedances(hours, judged, ultra_low), untrusted});
  }
  return out;
}

}  // namespace lantian::app
