#include "app/monitoring_network.hpp"

#include <algorithm>
#include <map>

#include "app/access_status.hpp"
#include "app/list_store.hpp"
#include "app/monitoring_devices.hpp"
#include "io/network_tables.hpp"
#include "io/xlsx_reader.hpp"
#include "ledger/network_check.hpp"

namespace lantian::app {
namespace {

// The season the dust-fall months are counted over (plan: October 2020 to
// March 2021).
const core::Date kSeasonStart = core::Date::FromYmd(2020, 10, 1);
const core::Date kSeasonAfter = core::Date::FromYmd(2021, 4, 1);

template <typename Row>
core::Status StoreTable(storage::Store& store, const std::vector<Row>& rows,
                        const std::string& object, const TableFile& file, const Actor& actor,
                        const std::string& now,
                        core::Status (storage::Store::*put)(std::span<const Row>)) {
  std::vector<std::string> cities;
  for (const auto& r : rows) cities.push_back(r.city_code);
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  return storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR((store.*put)(rows));
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, object, file.name, "",
                            nlohmann::json{{"rows", rows.size()}}.dump(), "", ""});
  });
}

nlohmann::json CheckJson(const ledger::CityCheck& c, const std::string& name) {
  nlohmann::json gaps = nlohmann::json::array();
  for (const auto& g : c.gaps) {
    gaps.push_back({{"object", g.object}, {"what", g.what}, {"note", g.note}});
  }
  return {{"city", c.city_code}, {"name", name},   {"pass", c.pass}, {"overdue", c.overdue},
          {"have", c.have},      {"need", c.need}, {"gaps", gaps}};
}

}  // namespace

core::Result<std::vector<storage::NetworkSiteRow>> ImportNetworkSites(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto lines = io::ReadNetworkSites(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no station was registered"));
  if (lines.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<storage::NetworkSiteRow> rows;
  for (const auto& l : lines) {
    rows.push_back({l.code, l.kind, l.city_code, l.county, l.name, l.setting, l.serves, l.lat,
                    l.lon, l.connected, l.since, actor.name, now});
  }
  LANTIAN_RETURN_IF_ERROR(
      StoreTable(store, rows, "network-sites", file, actor, now, &storage::Store::PutNetworkSites));
  return rows;
}

core::Result<std::vector<storage::SourceOutletRow>> ImportSourceOutlets(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto lines = io::ReadSourceOutlets(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no outlet was registered"));
  if (lines.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<storage::SourceOutletRow> rows;
  for (const auto& l : lines) {
    rows.push_back({l.credit_code, l.outlet, l.city_code, l.name, l.height_m, actor.name, now});
  }
  LANTIAN_RETURN_IF_ERROR(StoreTable(store, rows, "source-outlets", file, actor, now,
                                     &storage::Store::PutSourceOutlets));
  return rows;
}

core::Result<nlohmann::json> NetworkChecksJson(storage::Store& store, const auth::Principal& p,
                                               core::Date day) {
  if (!p.authenticated()) return AccessStatus(auth::Access::kNotLoggedIn, "", "log in first");
  if (p.role == auth::Role::kPublic || p.role == auth::Role::kEnterprise) {
    return AccessStatus(auth::Access::kRoleForbidden, "",
                        "the network checks are for the environment bureaus");
  }
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  LANTIAN_ASSIGN_OR_RETURN(auto site_rows, store.NetworkSites(""));
  std::vector<ledger::NetworkSite> sites;
  for (const auto& s : site_rows) {
    sites.push_back({s.code, ledger::ParseSiteKind(s.kind).value_or(ledger::SiteKind::kVocs),
                     s.city_code, s.county, s.name, s.setting, s.serves, s.connected == "yes",
                     s.since});
  }
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  LANTIAN_ASSIGN_OR_RETURN(auto activities, store.DeviceActivities());
  std::map<std::string, storage::DeviceActivity> activity;
  for (const auto& a : activities) activity[a.mn] = a;
  LANTIAN_ASSIGN_OR_RETURN(auto outlets, store.SourceOutlets(""));
  LANTIAN_ASSIGN_OR_RETURN(auto dust,
                           store.Dustfall({kSeasonStart, std::min(day, kSeasonAfter - 1)}));
  // A source's device: the outlet's own, or for a whole enterprise the one
  // that sent data last.
  const auto with_device = [&](ledger::KeySource s) {
    for (const auto& d : devices) {
      if (d.credit_code != s.credit_code || (!s.outlet.empty() && d.outlet != s.outlet)) continue;
      auto a = activity.find(d.mn);
      const int64_t packets = a == activity.end() ? 0 : a->second.packets;
      const std::string last = a == activity.end() ? "" : a->second.last_received_at;
      if (s.mn.empty() || last > s.last_data) {
        s.mn = d.mn;
        s.packets = packets;
        s.last_data = last;
      }
    }
    return s;
  };
  nlohmann::json vocs = nlohmann::json::array(), traffic = nlohmann::json::array(),
                 sources = nlohmann::json::array(), dustfall = nlohmann::json::array();
  std::map<std::string, std::pair<int64_t, int64_t>> summary;
  const auto count = [&](const char* check, const ledger::CityCheck& c) {
    auto& [pass, fail] = summary[check];
    ++(c.pass ? pass : fail);
  };
  for (const auto& u : units) {
    if (u.kind != "prefecture" && u.kind != "municipality") continue;
    if (!CanReadListOf(p, u).ok()) continue;
    const auto v = ledger::CheckVocStations(u.code, sites, day);
    const auto t =
        ledger::CheckTrafficStations(u.code, std::string(ledger::MajorPortOf(u.code)), sites, day);
    std::vector<ledger::KeySource> keys;
    std::map<std::string, std::string> names;
    LANTIAN_ASSIGN_OR_RETURN(
        auto in_force,
        ListInForceAt(store, u.code, core::Instant{int64_t{day.days + 1} * 86400 - 1}));
    if (in_force) {
      LANTIAN_ASSIGN_OR_RETURN(auto list, ListContent(in_force->version));
      for (const auto& e : list.enterprises) {
        names[e.credit_code] = e.name;
        if (ledger::IsKeyVocIndustry(e.industry)) {
          keys.push_back(with_device(
              {e.credit_code, e.name, "", std::nullopt, e.industry, "vocs", "", 0, ""}));
        }
      }
    }
    for (const auto& o : outlets) {
      if (o.city_code != u.code) continue;
      auto h = core::Decimal::Parse(o.height_m);
      if (!h || !(*h > core::Decimal::FromInt(static_cast<int>(ledger::kHighStackMetres)))) {
        continue;
      }
      auto n = names.find(o.credit_code);
      keys.push_back(with_device({o.credit_code, n == names.end() ? o.credit_code : n->second,
                                  o.outlet, std::stod(o.height_m), "", "stack", "", 0, ""}));
    }
    const auto s = ledger::CheckKeySources(u.code, keys, day);
    std::vector<core::Date> months;
    for (const auto& d : dust) {
      if (d.city_code == u.code) months.push_back(d.month);
    }
    const auto f = ledger::CheckDustfall(u.code, u.region == campaign::Region::kFW, months, sites,
                                         kSeasonStart, std::min(day, kSeasonAfter));
    vocs.push_back(CheckJson(v, u.name_zh));
    traffic.push_back(CheckJson(t, u.name_zh));
    sources.push_back(CheckJson(s, u.name_zh));
    dustfall.push_back(CheckJson(f, u.name_zh));
    count("vocs", v);
    count("traffic", t);
    count("sources", s);
    count("dustfall", f);
  }
  nlohmann::json totals = nlohmann::json::object();
  for (const char* check : {"vocs", "traffic", "sources", "dustfall"}) {
    totals[check] = {{"pass", summary[check].first}, {"fail", summary[check].second}};
  }
  return nlohmann::json{
      {"as_of", core::FormatIsoDate(day)},
      {"checks",
       {{"vocs", vocs}, {"traffic", traffic}, {"sources", sources}, {"dustfall", dustfall}}},
      {"summary", totals}};
}

}  // namespace lantian::app
