#include "app/monitoring_devices.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "emergency/credit_code.hpp"

namespace lantian::app {
namespace {

bool AllOf(std::string_view s, bool (*ok)(char)) { return std::all_of(s.begin(), s.end(), ok); }
bool Alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
// Characters HJ 212 cannot carry inside a field value (its separators).
bool FieldChar(char c) {
  return c > ' ' && c < 127 && c != ';' && c != ',' && c != '&' && c != '=';
}

// HJ 212-2017 §6.3.2: MN up to 24 characters, PW up to 9; pollutant codes
// (appendix B) are letters and digits, as are outlet codes.
core::Status Validate(const DeviceInput& in) {
  if (in.mn.empty() || in.mn.size() > 24 || !AllOf(in.mn, Alnum)) {
    return core::InvalidInput("MN is 1-24 letters or digits, not '" + in.mn + "'", "mn");
  }
  if (std::string why = emergency::CheckCreditCode(in.credit_code); !why.empty()) {
    return core::InvalidInput(why, "credit_code");
  }
  if (in.outlet.empty() || in.outlet.size() > 64) {
    return core::InvalidInput("the outlet (e.g. DA001) is 1-64 characters", "outlet");
  }
  if (in.pollutants.empty()) {
    return core::InvalidInput("name the pollutant codes the device sends (e.g. a21026,a34013)",
                              "pollutants");
  }
  size_t start = 0;
  for (;;) {
    const size_t comma = in.pollutants.find(',', start);
    const std::string code = in.pollutants.substr(start, comma - start);
    if (code.empty() || code.size() > 16 || !AllOf(code, Alnum)) {
      return core::InvalidInput("'" + code + "' is not a pollutant code (e.g. a21026)",
                                "pollutants");
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (in.password.empty() || in.password.size() > 9 || !AllOf(in.password, FieldChar)) {
    return core::InvalidInput("the password is 1-9 characters without ; , & =", "password");
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

core::Result<std::map<std::string, campaign::Unit>> UnitsByCode(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::map<std::string, campaign::Unit> out;
  for (auto& u : units) out.emplace(u.code, u);
  return out;
}

}  // namespace

core::Result<storage::MonitoringDevice> RegisterDevice(storage::Store& store,
                                                       const DeviceInput& input, const Actor& actor,
                                                       const std::string& now) {
  LANTIAN_RETURN_IF_ERROR(Validate(input));
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit city, ListCityUnit(store, input.city_code));
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanDraftList(actor.principal, auth::PlaceOf(city)),
                                       "city " + city.code,
                                       "only the bureaus that keep the city's list register "
                                       "its enterprises' devices"));
  storage::MonitoringDevice d{input.mn,         input.credit_code,
                              input.city_code,  input.outlet,
                              input.pollutants, crypto::Sha256Hex(input.password),
                              actor.name,       now};
  auto described = [](const storage::MonitoringDevice& x) {
    return nlohmann::json{{"credit_code", x.credit_code},
                          {"city", x.city_code},
                          {"outlet", x.outlet},
                          {"pollutants", x.pollutants}}
        .dump();
  };
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_ASSIGN_OR_RETURN(auto before, store.MonitoringDevices());
    std::string old;
    for (const auto& b : before) {
      if (b.mn == d.mn) old = described(b);
    }
    LANTIAN_RETURN_IF_ERROR(store.PutMonitoringDevice(d));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "monitoring-device", d.mn, old,
                            described(d), "", ""});
  }));
  return d;
}

core::Result<std::vector<storage::MonitoringDevice>> VisibleDevices(storage::Store& store,
                                                                    const auth::Principal& p) {
  if (!p.authenticated()) {
    return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  }
  if (p.role == auth::Role::kPublic || p.role == auth::Role::kDistrict) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "this role may not see source monitoring");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto cities, UnitsByCode(store));
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  std::vector<storage::MonitoringDevice> out;
  for (auto& d : devices) {
    if (MaySee(p, d, cities)) out.push_back(std::move(d));
  }
  return out;
}

core::Result<std::vector<DeviceStatus>> DeviceStatuses(storage::Store& store,
                                                       const auth::Principal& p, core::Instant now,
                                                       int64_t online_within) {
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  LANTIAN_ASSIGN_OR_RETURN(auto activities, store.DeviceActivities());
  std::map<std::string, storage::DeviceActivity> by_mn;
  for (auto& a : activities) by_mn.emplace(a.mn, a);
  std::vector<DeviceStatus> out;
  for (auto& d : devices) {
    DeviceStatus s{d, 0, "", false};
    if (auto it = by_mn.find(d.mn); it != by_mn.end()) {
      s.packets = it->second.packets;
      s.last_received_at = it->second.last_received_at;
      auto last = core::ParseInstant(s.last_received_at);
      s.online = last && now.seconds - last->seconds <= online_within;
    }
    out.push_back(std::move(s));
  }
  return out;
}

core::Result<std::vector<storage::MonitoringValue>> DeviceValues(
    storage::Store& store, const auth::Principal& p, const storage::MonitoringQuery& query) {
  LANTIAN_ASSIGN_OR_RETURN(auto devices, VisibleDevices(store, p));
  const bool visible =
      std::any_of(devices.begin(), devices.end(), [&](const auto& d) { return d.mn == query.mn; });
  if (!visible) return core::NotFound("no device " + query.mn, "mn");
  return store.MonitoringValues(query);
}

}  // namespace lantian::app
