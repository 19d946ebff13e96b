#include "app/monitoring_devices.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "emergency/credit_code.hpp"
#include "hj212/fields.hpp"
#include "hj212/packet.hpp"
#include "hj212/values.hpp"
#include "io/device_table.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

core::Status Validate(const DeviceInput& in) {
  if (std::string why = hj212::CheckMn(in.mn); !why.empty()) {
    return core::InvalidInput(why, "mn");
  }
  if (std::string why = emergency::CheckCreditCode(in.credit_code); !why.empty()) {
    return core::InvalidInput(why, "credit_code");
  }
  if (in.outlet.empty() || in.outlet.size() > 64) {
    return core::InvalidInput("the outlet (e.g. DA001) is 1-64 characters", "outlet");
  }
  if (std::string why = hj212::CheckPollutantCodes(in.pollutants); !why.empty()) {
    return core::InvalidInput(why, "pollutants");
  }
  if (std::string why = hj212::CheckPassword(in.password); !why.empty()) {
    return core::InvalidInput(why, "password");
  }
  return core::Status::Ok();
}

bool MaySee(const auth::Principal& p, const storage::MonitoringDevice& d,
            const std::map<std::string, campaign::Unit>& cities) {
  if (p.role == auth::Role::kEnterprise) return p.scope == d.credit_code;
  auto it = cities.find(d.city_code);
  if (it == cities.end()) return p.role == auth::Role::kNational;
  return auth::CanReadList(p, auth::PlaceOf(it->second)) == auth::Access::kAllowed;
}

// Checks the actor may keep each device's city, then stores and audits them
// all in one transaction.
core::Status StoreDevices(storage::Store& store, const std::vector<storage::MonitoringDevice>& ds,
                          const Actor& actor, const std::string& now) {
  std::vector<std::string> cities;
  for (const auto& d : ds) cities.push_back(d.city_code);
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  auto described = [](const storage::MonitoringDevice& x) {
    return nlohmann::json{{"credit_code", x.credit_code},
                          {"city", x.city_code},
                          {"outlet", x.outlet},
                          {"pollutants", x.pollutants}}
        .dump();
  };
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto before, store.MonitoringDevices());
    std::map<std::string, std::string> old;
    for (const auto& b : before) old[b.mn] = described(b);
    for (const auto& d : ds) {
      LANTIAN_RETURN_IF_ERROR(store.PutMonitoringDevice(d));
      LANTIAN_RETURN_IF_ERROR(storage::AppendAudit(
          store, audit::Entry{0, now, actor.name, actor.action, "monitoring-device", d.mn,
                              old.count(d.mn) ? old[d.mn] : "", described(d), "", ""}));
    }
    return core::Status::Ok();
  });
}

storage::MonitoringDevice DeviceOf(const DeviceInput& in, const Actor& actor,
                                   const std::string& now) {
  return {in.mn,         in.credit_code,
          in.city_code,  in.outlet,
          in.pollutants, crypto::Sha256Hex(in.password),
          actor.name,    now};
}

}  // namespace

core::Status CanKeepMonitoringOf(storage::Store& store, const auth::Principal& p,
                                 const std::vector<std::string>& city_codes) {
  LANTIAN_ASSIGN_OR_RETURN(auto cities, UnitsByCode(store));
  for (const auto& code : city_codes) {
    auto city = cities.find(code);
    if (city == cities.end()) return core::NotFound("no unit " + code + " in the plan", "city");
    LANTIAN_RETURN_IF_ERROR(
        AccessStatus(auth::CanDraftList(p, auth::PlaceOf(city->second)), "city " + code,
                     "only the bureaus that keep the city's list register its enterprises' "
                     "devices and limits"));
  }
  return core::Status::Ok();
}

core::Result<storage::MonitoringDevice> RegisterDevice(storage::Store& store,
                                                       const DeviceInput& input, const Actor& actor,
                                                       const std::string& now) {
  LANTIAN_RETURN_IF_ERROR(Validate(input));
  storage::MonitoringDevice d = DeviceOf(input, actor, now);
  LANTIAN_RETURN_IF_ERROR(StoreDevices(store, {d}, actor, now));
  return d;
}

core::Result<std::vector<storage::MonitoringDevice>> ImportDevices(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto rows = io::ReadDeviceTable(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no device was registered"));
  if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<storage::MonitoringDevice> ds;
  for (const auto& r : rows) {
    ds.push_back(DeviceOf({r.mn, r.credit_code, r.city_code, r.outlet, r.pollutants, r.password},
                          actor, now));
  }
  LANTIAN_RETURN_IF_ERROR(StoreDevices(store, ds, actor, now));
  return ds;
}

core::Result<std::vector<storage::MonitoringDevice>> VisibleDevices(storage::Store& store,
                                                                    const auth::Principal& p) {
  if (!p.authenticated()) {
    return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto cities, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  std::vector<storage::MonitoringDevice> out;
  for (auto& d : devices) {
    if (MaySee(p, d, cities)) out.push_back(std::move(d));
  }
  return out;
}

core::Result<storage::MonitoringDevice> VisibleDevice(storage::Store& store,
                                                      const auth::Principal& p,
                                                      const std::string& mn) {
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  for (auto& d : devices) {
    if (d.mn == mn) return std::move(d);
  }
  return core::NotFound("no device " + mn, "mn");
}

core::Result<std::vector<DeviceStatus>> DeviceStatuses(storage::Store& store,
                                                       const auth::Principal& p, core::Instant now,
                                                       int64_t online_within) {
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  LANTIAN_ASSIGN_OR_RETURN(auto activities, store.DeviceActivities());
  std::map<std::string, storage::DeviceActivity> by_mn;
  for (auto& a : activities) by_mn.emplace(a.mn, a);
  // The last 24 whole hours: [hour − 24 h, hour).
  const core::Instant hour{now.seconds - now.seconds % 3600};
  const std::string day_from = core::FormatInstant(hour - 24 * 3600);
  const std::string day_to = core::FormatInstant(hour - 1);
  std::vector<DeviceStatus> out;
  for (auto& d : devices) {
    DeviceStatus s{d, 0, "", false, 24, 0};
    if (auto it = by_mn.find(d.mn); it != by_mn.end()) {
      s.packets = it->second.packets;
      s.last_received_at = it->second.last_received_at;
      auto last = core::ParseInstant(s.last_received_at);
      s.online = last && now.seconds - last->seconds <= online_within;
      LANTIAN_ASSIGN_OR_RETURN(auto values,
                               store.MonitoringValues({d.mn, "hourly", day_from, day_to}));
      std::set<std::string> hours;
      for (const auto& v : values) hours.insert(v.data_time);
      s.missing_hours = 24 - static_cast<int>(hours.size());
    }
    LANTIAN_ASSIGN_OR_RETURN(auto open, store.MonitoringFindings(d.mn, "open"));
    for (const auto& f : open) s.open_gaps += f.detector == "gap";
    out.push_back(std::move(s));
  }
  return out;
}

core::Result<std::vector<storage::MonitoringValue>> DeviceValues(
    storage::Store& store, const auth::Principal& p, const storage::MonitoringQuery& query) {
  LANTIAN_RETURN_IF_ERROR(VisibleDevice(store, p, query.mn).status());
  LANTIAN_ASSIGN_OR_RETURN(auto out, store.MonitoringValues(query));
  if (!query.kind.empty() && query.kind != "real-time") return out;
  // Real-time values from their frames; a frame sent again replaces the
  // values of the same time, as stored rows are replaced.
  LANTIAN_ASSIGN_OR_RETURN(auto packets,
                           store.MonitoringPacketsOf(query.mn, "2011", query.from, query.to));
  const hj212::ParseOptions lenient{9999, false};
  std::map<std::pair<std::string, std::string>, storage::MonitoringValue> real_time;
  for (const auto& packet : packets) {
    auto parsed = hj212::ParseFrame(packet.frame, lenient);
    if (!parsed) continue;  // stored frames were parsed once; a later rule may differ
    auto record = hj212::ReadDataRecord(*parsed);
    if (!record) continue;
    for (auto& v : record->values) {
      real_time[{record->data_time, v.pollutant}] = {
          query.mn, "real-time", record->data_time, v.pollutant, v.rtd, v.avg, v.min,
          v.max,    v.cou,       v.zs_rtd,          v.zs_avg,    v.flag};
    }
  }
  for (auto& [key, v] : real_time) out.push_back(std::move(v));
  return out;
}

}  // namespace lantian::app
