#include "app/forecast_runs.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>

#include "app/access_status.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "io/campaign_tables.hpp"

namespace lantian::app {
namespace {

// A flag value and a file value of the same thing: either, or both when equal.
core::Result<std::string> Agree(const std::string& given, const std::string& in_file,
                                const std::string& what, const std::string& field) {
  if (!given.empty() && !in_file.empty() && given != in_file) {
    return core::InvalidInput(
        "the file says " + what + " '" + in_file + "', the request '" + given + "'", field);
  }
  const std::string v = given.empty() ? in_file : given;
  if (v.empty()) return core::InvalidInput("a forecast needs its " + what, field);
  return v;
}

}  // namespace

std::string CityKey(const std::string& city, const std::vector<campaign::Unit>& units) {
  const campaign::Unit* u = io::FindUnit(city, units);
  return u ? u->code : city;
}

std::string CityName(const std::string& key, const std::vector<campaign::Unit>& units) {
  for (const auto& u : units) {
    if (u.code == key) return u.name_zh;
  }
  return key;
}

core::Result<ForecastImported> ImportForecast(storage::Store& store, const TableFile& file,
                                              const ForecastMeta& meta, const Actor& actor,
                                              const std::string& now,
                                              std::vector<io::FileReport>& reports) {
  LANTIAN_RETURN_IF_ERROR(AccessStatus(auth::CanImportForecast(actor.principal), "forecasts",
                                       "this role may not import forecasts"));
  LANTIAN_ASSIGN_OR_RETURN(ForecastFile f, ReadForecastFile(file, reports));
  ForecastImported out;
  storage::ForecastRun& run = out.run;
  LANTIAN_ASSIGN_OR_RETURN(run.issuer, Agree(meta.issuer, f.issuer, "issuer", "issuer"));
  LANTIAN_ASSIGN_OR_RETURN(std::string issued,
                           Agree(meta.issued_at, f.issued_at, "issue time", "issued_at"));
  auto issued_at = core::ParseInstant(issued);
  if (!issued_at) return core::InvalidInput(issued_at.error().message(), "issued_at");
  run.issued_at = core::FormatInstant(*issued_at);
  run.kind = std::string(io::ForecastKindName(f.table.kind));
  run.file = file.name;
  LANTIAN_ASSIGN_OR_RETURN(run.sha256, crypto::Sha256OfFile(file.path));
  run.imported_by = actor.name;
  run.imported_at = now;
  if (f.table.rows.empty()) return core::InvalidInput(file.name + ": the forecast has no values");

  LANTIAN_ASSIGN_OR_RETURN(auto units, store.Units());
  std::vector<storage::ForecastValue> values;
  std::set<std::pair<std::string, std::string>> seen;
  std::set<std::string> cities;
  for (const io::ForecastRow& r : f.table.rows) {
    const std::string key = CityKey(r.city, units);
    // The latest forecast decides whether a city's alert is supported, so an
    // importer may forecast only the cities of its area (border cities: the
    // national and regional offices).
    if (cities.insert(key).second) {
      const campaign::Unit* u = io::FindUnit(key, units);
      const auth::Access access = u ? auth::CanTakeAlertStep(actor.principal, auth::PlaceOf(*u))
                                    : (actor.principal.role == auth::Role::kNational ||
                                               actor.principal.role == auth::Role::kRegion
                                           ? auth::Access::kAllowed
                                           : auth::Access::kRoleForbidden);
      LANTIAN_RETURN_IF_ERROR(AccessStatus(access, "city " + r.city,
                                           "only national and regional offices forecast cities "
                                           "outside the plan (" +
                                               r.city + ")"));
    }
    if (!seen.insert({key, r.at}).second) {
      return core::InvalidInput(
          file.name + ": " + r.city + " " + r.at + " appears twice (under its code and its name)",
          "city");
    }
    values.push_back({key, r.at, r.aqi, r.aqi_low, r.aqi_high});
  }
  LANTIAN_RETURN_IF_ERROR(storage::InTransaction(store, [&]() -> core::Status {
    LANTIAN_ASSIGN_OR_RETURN(run.id, store.AddForecastRun(run, values));
    return storage::AppendAudit(store, audit::Entry{0, now, actor.name, actor.action,
                                                    "forecast-run", std::to_string(run.id), "",
                                                    nlohmann::json{{"issuer", run.issuer},
                                                                   {"issued_at", run.issued_at},
                                                                   {"kind", run.kind},
                                                                   {"file", run.file},
                                                                   {"sha256", run.sha256},
                                                                   {"cities", cities.size()},
                                                                   {"values", values.size()}}
                                                        .dump(),
                                                    "", ""});
  }));
  out.cities = cities.size();
  out.values = values.size();
  return out;
}

bool StoredForecast::Covers(const std::string& city) const {
  return std::any_of(values.begin(), values.end(),
                     [&](const storage::ForecastValue& v) { return v.city == city; });
}

const StoredForecast* ForecastArchive::Run(int64_t id) const {
  for (const auto& r : runs) {
    if (r.run.id == id) return &r;
  }
  return nullptr;
}

const StoredForecast* ForecastArchive::LatestFor(const std::string& city, core::Instant t) const {
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
    if (it->issued_at <= t && it->Covers(city)) return &*it;
  }
  return nullptr;
}

core::Result<ForecastArchive> LoadForecasts(storage::Store& store) {
  ForecastArchive a;
  LANTIAN_ASSIGN_OR_RETURN(auto runs, store.ForecastRuns());
  for (auto& run : runs) {
    StoredForecast f;
    LANTIAN_ASSIGN_OR_RETURN(f.values, store.ForecastValues(run.id));
    LANTIAN_ASSIGN_OR_RETURN(f.issued_at, core::ParseInstant(run.issued_at));
    f.run = std::move(run);
    a.runs.push_back(std::move(f));
  }
  // Issue time, then id (the store's order; kept when times are equal).
  std::stable_sort(a.runs.begin(), a.runs.end(),
                   [](const auto& x, const auto& y) { return x.issued_at < y.issued_at; });
  return a;
}

std::vector<CityEpisode> EpisodesAhead(const StoredForecast& run, const std::string& city,
                                       core::Date from) {
  io::ForecastTable table;
  table.kind = run.hourly() ? io::ForecastKind::kHourly : io::ForecastKind::kDaily;
  for (const auto& v : run.values) {
    if (v.city != city) continue;
    io::ForecastRow row{v.city, v.at, 0, v.aqi, v.aqi_low, v.aqi_high};
    if (run.hourly()) {
      auto h = core::ParseHourStart(v.at);
      if (!h) continue;
      row.key = h->hours;
    } else {
      auto d = core::ParseIsoDate(v.at);
      if (!d) continue;
      row.key = d->days;
    }
    table.rows.push_back(std::move(row));
  }
  std::vector<CityEpisode> out;
  for (auto& e : EpisodesOf(table, alert::NationalDefault())) {
    if (e.LastDay() >= from) out.push_back(std::move(e));
  }
  return out;
}

alert::Level LevelCalled(const std::vector<CityEpisode>& episodes) {
  alert::Level l = alert::Level::kNone;
  for (const auto& e : episodes) l = std::max(l, e.episode.level);
  return l;
}

}  // namespace lantian::app
