#include "app/demo_monitoring.hpp"

#include <cstdio>
#include <set>

#include "app/list_store.hpp"
#include "app/monitoring_findings.hpp"
#include "crypto/crypto.hpp"
#include "demo/synthetic_monitoring.hpp"
#include "hj212/packet.hpp"

namespace lantian::app {
namespace {

constexpr std::string_view kWho = "SYNTHETIC demo (lantian demo-data)";
constexpr int kDevicesPerCity = 2;
constexpr std::string_view kDecember = "2020-12-01 00:00:00";
constexpr int kHours = 31 * 24;

struct OutletProfile {
  double so2, nox, pm;  // ordinary limits, mg/m³
  std::optional<double> ule_so2, ule_nox, ule_pm;
  double reference_o2;
};

OutletProfile ProfileOf(const std::string& industry) {
  if (industry.rfind("steel", 0) == 0) return {200, 300, 40, 35, 50, 10, 16};
  if (industry == "cement") return {100, 320, 20, std::nullopt, std::nullopt, std::nullopt, 10};
  if (industry == "glass") return {400, 700, 30, std::nullopt, std::nullopt, std::nullopt, 8};
  return {100, 200, 20, std::nullopt, std::nullopt, std::nullopt, 9};
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

core::Result<DemoMonitoringSummary> WriteDemoMonitoring(storage::Store& store, uint64_t seed) {
  DemoMonitoringSummary summary;
  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  const std::string password_sha = crypto::Sha256Hex("123456");
  LANTIAN_ASSIGN_OR_RETURN(const core::Instant december, core::ParseInstant(kDecember));
  for (const auto& u : units) {
    LANTIAN_ASSIGN_OR_RETURN(auto versions, store.ListVersions(u.code));
    if (versions.empty()) continue;
    LANTIAN_ASSIGN_OR_RETURN(emergency::EmergencyList list, ListContent(versions.back()));
    LANTIAN_ASSIGN_OR_RETURN(verify::Spans alerts,
                             AlertStretches(store, u.code, december + kHours * 3600));
    std::set<std::string> taken;  // one outlet per enterprise
    int devices = 0;
    for (const auto& m : list.measures) {
      if (devices == kDevicesPerCity) break;
      if (m.verify.outlet.empty() || !taken.insert(m.enterprise).second) continue;
      const emergency::Enterprise* e = nullptr;
      for (const auto& x : list.enterprises) {
        if (x.credit_code == m.enterprise) e = &x;
      }
      if (!e) continue;
      ++devices;
      const std::string mn = m.verify.outlet;
      const std::string outlet = "DA001";
      const OutletProfile p = ProfileOf(e->industry);
      LANTIAN_RETURN_IF_ERROR(store.PutMonitoringDevice(
          {mn, e->credit_code, u.code, outlet, "a21026,a21002,a34013,a19001", password_sha,
           std::string(kWho), "2020-11-01 09:00:00"}));
      std::vector<storage::OutletLimitRow> limits{
          {e->credit_code, outlet, "a21026", u.code, p.so2, p.ule_so2, p.reference_o2,
           std::string(kWho), "2020-11-01 09:00:00"},
          {e->credit_code, outlet, "a21002", u.code, p.nox, p.ule_nox, p.reference_o2,
           std::string(kWho), "2020-11-01 09:00:00"},
          {e->credit_code, outlet, "a34013", u.code, p.pm, p.ule_pm, p.reference_o2,
           std::string(kWho), "2020-11-01 09:00:00"}};
      LANTIAN_RETURN_IF_ERROR(store.PutOutletLimits(limits));
      const demo::Cheat cheat = demo::CheatOf(seed, mn);
      summary.cheats += cheat != demo::Cheat::kNone;
      const demo::SyntheticOutlet o{mn, p.ule_so2.value_or(p.so2), p.ule_nox.value_or(p.nox),
                                    p.ule_pm.value_or(p.pm), p.reference_o2};
      const auto series = demo::SyntheticOutletSeries(seed, o, december, kHours, alerts, cheat);
      storage::MonitoringBatch batch;
      for (const auto& h : series.hours) {
        const std::string at = core::FormatInstant(h.hour);
        std::string digits;  // YYYYMMDDhhmmss
        for (char c : at) {
          if (c >= '0' && c <= '9') digits += c;
        }
        const std::string flag(1, h.flag);
        hj212::Packet packet;
        packet.qn = digits + "000";
        packet.st = "31";
        packet.cn = "2061";
        packet.pw = "123456";
        packet.mn = mn;
        packet.flag = 4;
        packet.cp = {{{"DataTime", digits}},
                     {{"a21026-Avg", Number(h.so2)}, {"a21026-Flag", flag}},
                     {{"a21002-Avg", Number(h.nox)}, {"a21002-Flag", flag}},
                     {{"a34013-Avg", Number(h.pm)}, {"a34013-Flag", flag}},
                     {{"a19001-Avg", Number(h.o2)}, {"a19001-Flag", flag}}};
        std::string frame = hj212::BuildFrame(packet);
        frame.resize(frame.size() - 2);  // stored without the line end, as received
        batch.packets.push_back({0, mn, "2061", packet.qn, at,
                                 core::FormatInstant(h.hour + 3600 + 300), "SYNTHETIC demo",
                                 std::move(frame)});
        for (const auto& [code, value] : {std::pair{"a21026", h.so2}, std::pair{"a21002", h.nox},
                                          std::pair{"a34013", h.pm}, std::pair{"a19001", h.o2}}) {
          batch.values.push_back({mn, "hourly", at, code, std::nullopt, value, std::nullopt,
                                  std::nullopt, std::nullopt, std::nullopt, std::nullopt, flag});
        }
      }
      summary.packets += static_cast<int64_t>(batch.packets.size());
      LANTIAN_RETURN_IF_ERROR(store.AddMonitoringBatch(batch));
      ++summary.devices;
    }
  }
  return summary;
}

}  // namespace lantian::app
