#include "app/electricity.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "app/list_store.hpp"
#include "app/monitoring_devices.hpp"
#include "io/meter_readings.hpp"
#include "io/meter_table.hpp"
#include "io/xlsx_reader.hpp"

namespace lantian::app {
namespace {

verify::LoadSeries SeriesOf(const std::vector<storage::ElectricityReading>& readings) {
  verify::LoadSeries s;
  for (const auto& r : readings) {
    if (auto t = core::ParseInstant(r.at)) s[*t] = r.kw;
  }
  return s;
}

}  // namespace

core::Result<std::vector<storage::ElectricityMeter>> ImportMeters(
    storage::Store& store, const TableFile& file, const Actor& actor, const std::string& now,
    std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
  reports.emplace_back(file.name);
  auto rows = io::ReadMeterTable(reader, reports.back());
  LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no meter was registered"));
  if (rows.empty()) return core::InvalidInput(file.name + ": the table has no row");
  std::vector<std::string> cities;
  std::vector<storage::ElectricityMeter> meters;
  for (const auto& r : rows) {
    cities.push_back(r.city_code);
    meters.push_back({r.meter, r.credit_code, r.city_code, r.production_line, r.kind, r.facility,
                      actor.name, now});
  }
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.PutElectricityMeters(meters));
    nlohmann::json ids = nlohmann::json::array();
    for (const auto& m : meters) ids.push_back(m.meter);
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "electricity-meters", file.name, "",
                            ids.dump(), "", ""});
  }));
  return meters;
}

core::Result<int64_t> ImportReadings(storage::Store& store, const std::vector<TableFile>& files,
                                     const Actor& actor, const std::string& now,
                                     std::vector<io::FileReport>& reports) {
  LANTIAN_ASSIGN_OR_RETURN(auto registered, store.ElectricityMeters(""));
  std::map<std::string, std::string> city_of;
  for (const auto& m : registered) city_of[m.meter] = m.city_code;
  // The grid company's dedicated-transformer accounts read the same way (散乱污 candidates).
  LANTIAN_ASSIGN_OR_RETURN(auto accounts, store.PowerAccounts(""));
  for (const auto& a : accounts) city_of.emplace(a.account, a.city_code);
  std::vector<storage::ElectricityReading> all;
  std::vector<std::string> cities;
  for (const auto& file : files) {
    LANTIAN_ASSIGN_OR_RETURN(io::CsvReader reader, io::OpenTable(file.path));
    reports.emplace_back(file.name);
    auto readings = io::ReadMeterReadings(reader, reports.back());
    LANTIAN_RETURN_IF_ERROR(reports.back().ToStatus("no reading was stored"));
    for (const auto& [meter, series] : readings) {
      auto city = city_of.find(meter);
      if (city == city_of.end()) {
        return core::NotFound(file.name + ": meter " + meter +
                                  " is not registered (lantian electricity meters, or lantian "
                                  "workshops accounts)",
                              "meter");
      }
      cities.push_back(city->second);
      for (const auto& [t, kw] : series) all.push_back({meter, core::FormatInstant(t), kw});
    }
  }
  LANTIAN_RETURN_IF_ERROR(CanKeepMonitoringOf(store, actor.principal, cities));
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(store.LockAuditTrail());
    LANTIAN_RETURN_IF_ERROR(store.PutElectricityReadings(all));
    nlohmann::json names = nlohmann::json::array();
    for (const auto& f : files) names.push_back(f.name);
    return storage::AppendAudit(
        store, audit::Entry{0, now, actor.name, actor.action, "electricity-readings", names.dump(),
                            "", nlohmann::json{{"readings", all.size()}}.dump(), "", ""});
  }));
  return static_cast<int64_t>(all.size());
}

core::Result<io::MeterReadings> StoredReadings(storage::Store& store,
                                               const std::string& city_code) {
  LANTIAN_ASSIGN_OR_RETURN(auto meters, store.ElectricityMeters(city_code));
  io::MeterReadings out;
  for (const auto& m : meters) {
    LANTIAN_ASSIGN_OR_RETURN(auto readings, store.ElectricityReadings(m.meter, "", ""));
    if (!readings.empty()) out[m.meter] = SeriesOf(readings);
  }
  return out;
}

core::Result<MeterLoad> ReadMeter(storage::Store& store, const auth::Principal& p,
                                  const std::string& meter, const std::string& from,
                                  const std::string& to) {
  LANTIAN_ASSIGN_OR_RETURN(auto meters, store.ElectricityMeters(""));
  const auto m = std::find_if(meters.begin(), meters.end(),
                              [&](const storage::ElectricityMeter& x) { return x.meter == meter; });
  const auto not_found = core::NotFound("no electricity meter " + meter, "meter");
  if (m == meters.end()) return not_found;
  // An enterprise reads its own meters; officials those of the cities whose
  // lists they read. Another's meter is as unknown as one never registered.
  if (p.role == auth::Role::kEnterprise) {
    if (p.scope != m->credit_code) return not_found;
  } else {
    LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, m->city_code));
    if (!CanReadListOf(p, u).ok()) return not_found;
  }
  LANTIAN_ASSIGN_OR_RETURN(auto readings, store.ElectricityReadings(meter, from, to));
  return MeterLoad{*m, std::move(readings)};
}

core::Result<verify::LoadSeries> EnterpriseLoad(storage::Store& store,
                                                const std::string& credit_code,
                                                const std::string& city_code,
                                                const std::string& from, const std::string& to) {
  LANTIAN_ASSIGN_OR_RETURN(auto meters, store.ElectricityMeters(city_code));
  std::map<core::Instant, std::pair<double, size_t>> sum;  // quarter → (kW, meters read)
  size_t lines = 0;
  for (const auto& m : meters) {
    if (m.credit_code != credit_code || m.kind != "production") continue;
    ++lines;
    LANTIAN_ASSIGN_OR_RETURN(auto readings, store.ElectricityReadings(m.meter, from, to));
    for (const auto& [at, kw] : SeriesOf(readings)) {
      sum[at].first += kw;
      ++sum[at].second;
    }
  }
  verify::LoadSeries out;
  for (const auto& [at, s] : sum) {
    if (s.second == lines) out.emplace_hint(out.end(), at, s.first);
  }
  return out;
}

core::Result<DeviceLoad> LoadBehindDevice(storage::Store& store, const auth::Principal& p,
                                          const std::string& mn, const std::string& from,
                                          const std::string& to) {
  LANTIAN_ASSIGN_OR_RETURN(storage::MonitoringDevice d, VisibleDevice(store, p, mn));
  DeviceLoad out{d.mn, d.credit_code, 0, {}};
  LANTIAN_ASSIGN_OR_RETURN(auto meters, store.ElectricityMeters(d.city_code));
  for (const auto& m : meters) {
    out.meters += m.credit_code == d.credit_code && m.kind == "production";
  }
  if (out.meters == 0) return out;
  // Quarters ending in (from, to + 1 h] cover the hours from..to.
  std::string quarters_from, quarters_to;
  if (!from.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(core::Instant f, core::ParseInstant(from));
    quarters_from = core::FormatInstant(f + 1);
  }
  if (!to.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(core::Instant t, core::ParseInstant(to));
    quarters_to = core::FormatInstant(t + 3600);
  }
  LANTIAN_ASSIGN_OR_RETURN(
      verify::LoadSeries load,
      EnterpriseLoad(store, d.credit_code, d.city_code, quarters_from, quarters_to));
  std::map<int64_t, std::pair<double, int>> hourly;
  for (const auto& [end, kw] : load) {
    const int64_t start = end.seconds - 900;
    auto& h = hourly[start - start % 3600];
    h.first += kw;
    ++h.second;
  }
  for (const auto& [hour, h] : hourly) {
    out.hours.emplace_back(core::FormatInstant(core::Instant{hour}), h.first / h.second);
  }
  return out;
}

core::Result<std::vector<TreatmentRow>> CheckTreatments(storage::Store& store,
                                                        const auth::Principal& p,
                                                        const std::string& city,
                                                        const std::string& from,
                                                        const std::string& to) {
  LANTIAN_ASSIGN_OR_RETURN(campaign::Unit u, ListCityUnit(store, city));
  LANTIAN_RETURN_IF_ERROR(CanReadListOf(p, u));
  LANTIAN_ASSIGN_OR_RETURN(auto meters, store.ElectricityMeters(u.code));
  std::vector<TreatmentRow> out;
  for (const auto& f : meters) {
    if (f.kind != "treatment") continue;
    for (const auto& l : meters) {
      if (l.kind != "production" || l.credit_code != f.credit_code || l.line != f.line) continue;
      LANTIAN_ASSIGN_OR_RETURN(auto line_readings, store.ElectricityReadings(l.meter, from, to));
      LANTIAN_ASSIGN_OR_RETURN(auto facility_readings,
                               store.ElectricityReadings(f.meter, from, to));
      out.push_back(
          {l, f, verify::CheckTreatment(SeriesOf(line_readings), SeriesOf(facility_readings))});
    }
  }
  return out;
}

}  // namespace lantian::app
