#include "app/demo_network.hpp"

#include <map>

#include "app/list_store.hpp"
#include "ledger/network_check.hpp"

namespace lantian::app {
namespace {

uint64_t Draw(uint64_t seed, const std::string& key) {
  uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
  for (unsigned char c : key) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
  h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
  return h ^ (h >> 31);
}

}  // namespace

core::Result<DemoNetworkSummary> WriteDemoNetwork(storage::Store& store, uint64_t seed,
                                                  const std::string& now) {
  DemoNetworkSummary out;
  LANTIAN_ASSIGN_OR_RETURN(auto existing, store.NetworkSites(""));
  if (!existing.empty()) return out;  // a registry in use is left alone
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::vector<storage::NetworkSiteRow> sites;
  const auto site = [&](std::string code, const char* kind, const campaign::Unit& u,
                        std::string county, std::string name, const char* setting,
                        std::string serves, bool connected, core::Date since) {
    sites.push_back({std::move(code), kind, u.code, std::move(county), std::move(name), setting,
                     std::move(serves), "", "", connected ? "yes" : "no",
                     core::FormatIsoDate(since), "demo", now});
  };
  for (const auto& u : units) {
    if (u.kind != "prefecture" && u.kind != "municipality") continue;
    const uint64_t h = Draw(seed, "network" + u.code);
    if (h % 8 != 0) {  // one city in eight has no VOCs station yet
      site("V" + u.code, "vocs", u, "", u.name_zh + "城区 VOCs 自动监测站（SYNTHETIC）", "", "",
           (h >> 8) % 10 != 0, core::Date::FromYmd(2020, 6, 1) + static_cast<int>((h >> 12) % 120));
    }
    // Freight-corridor stations built from October 2020 to January 2021.
    site("T" + u.code + "1", "traffic", u, "", u.name_zh + "物流通道交通空气站（SYNTHETIC）",
         "freight-corridor", "国道、高速货运通道", true,
         core::Date::FromYmd(2020, 10, 1) + static_cast<int>((h >> 20) % 110));
    if (const auto port = ledger::MajorPortOf(u.code); !port.empty() && (h >> 28) % 4 != 0) {
      site("T" + u.code + "2", "traffic", u, "", std::string(port) + "港区交通空气站（SYNTHETIC）",
           "port", std::string(port), true,
           core::Date::FromYmd(2020, 11, 1) + static_cast<int>((h >> 32) % 60));
    }
    if (u.region == campaign::Region::kFW && (h >> 40) % 5 != 0) {
      site("D" + u.code, "dustfall", u, u.name_zh + "所辖县城",
           u.name_zh + "县城降尘点（SYNTHETIC）", "", "", true, core::Date::FromYmd(2020, 3, 1));
    }
  }
  // Stack heights: the demo devices' outlets, and a high stack with no device
  // at one enterprise in five cities.
  LANTIAN_ASSIGN_OR_RETURN(auto devices, store.MonitoringDevices());
  std::vector<storage::SourceOutletRow> outlets;
  for (const auto& d : devices) {
    const uint64_t h = Draw(seed, "stack" + d.mn);
    outlets.push_back(
        {d.credit_code, d.outlet, d.city_code, "", std::to_string(40 + h % 80), "demo", now});
  }
  const core::Instant at = *core::ParseInstant(now);
  int without = 0;
  for (const auto& u : units) {
    if (without == 5 || Draw(seed, "bare" + u.code) % 6 != 0) continue;
    LANTIAN_ASSIGN_OR_RETURN(auto in_force, ListInForceAt(store, u.code, at));
    if (!in_force) continue;
    LANTIAN_ASSIGN_OR_RETURN(auto list, ListContent(in_force->version));
    if (list.enterprises.empty()) continue;
    const auto& e = list.enterprises.back();
    outlets.push_back({e.credit_code, "DA099", u.code, "", "65", "demo", now});
    ++without;
  }
  LANTIAN_RETURN_IF_ERROR(store.PutNetworkSites(sites));
  LANTIAN_RETURN_IF_ERROR(store.PutSourceOutlets(outlets));
  out.stations = static_cast<int64_t>(sites.size());
  out.outlets = static_cast<int64_t>(outlets.size());
  return out;
}

}  // namespace lantian::app
