#include "app/import.hpp"

#include <future>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "app/access_status.hpp"
#include "app/records.hpp"
#include "auth/access.hpp"
#include "crypto/crypto.hpp"
#include "io/csv_reader.hpp"
#include "io/long_csv.hpp"
#include "io/reference_csv.hpp"

namespace lantian::app {
namespace {

constexpr size_t kConflictsListed = 20;  // shown when a file is refused

// The places of the registry's stations and of the plan's units, to decide scope.
struct Places {
  std::map<std::string, auth::Place, std::less<>> of_station;  // station code → place
  std::map<std::string, auth::Place, std::less<>> of_city;     // unit code → place

  static Places From(const std::vector<aq::Station>& stations,
                     const std::vector<campaign::Unit>& units) {
    Places p;
    for (const auto& u : units) p.of_city[u.code] = auth::PlaceOf(u);
    for (const auto& s : stations) {
      auto it = p.of_city.find(s.city_code);
      p.of_station[s.code] = it != p.of_city.end() ? it->second : auth::Place{s.city_code, "", {}};
    }
    return p;
  }
};

bool MayWrite(const auth::Principal& p, const auth::Place& place) {
  return auth::CanWriteAirQuality(p, place) == auth::Access::kAllowed;
}

std::string SeriesName(const aq::MergeConflict& c) {
  return std::string(c.published ? aq::PublishedName(static_cast<aq::Published>(c.series))
                                 : aq::Code(static_cast<aq::Pollutant>(c.series)));
}

// The audit entry of an imported file: what came in, and every value it replaced.
audit::Entry ImportEntry(const ImportOptions& options, const FileOutcome& out) {
  nlohmann::json replaced = nlohmann::json::array();
  for (const auto& c : out.conflicts) {
    replaced.push_back({{"site", c.site},
                        {"time", c.time},
                        {"series", c.series},
                        {"before", c.stored.ToString()},
                        {"after", c.incoming.ToString()}});
  }
  nlohmann::json after = {{"file", out.file},
                          {"kind", out.kind},
                          {"sha256", out.sha256},
                          {"values_added", out.counts.added},
                          {"values_replaced", out.counts.replaced},
                          {"values_unchanged", out.counts.unchanged},
                          {"values_rejected", out.report.rejected_count()},
                          {"site_days_written", out.records},
                          {"replaced", replaced}};
  return audit::Entry{0,
                      options.now,
                      options.actor.name,
                      options.actor.action,
                      "import",
                      out.sha256,
                      "",
                      after.dump(),
                      "",
                      ""};
}

// One site-day to merge into the store.
struct Incoming {
  std::string id;
  const aq::SiteDay* day;
};

// Merges `days` into the store inside one transaction; the source row is
// created only when something changes.
core::Status StoreDays(storage::Store& store, storage::SiteLevel level,
                       const std::vector<Incoming>& days, const ImportOptions& options,
                       FileOutcome& out) {
  return storage::InTransaction(store, [&]() -> core::Status {
    int64_t source_id = 0;
    std::vector<aq::MergeConflict> conflicts;
    for (const Incoming& in : days) {
      LANTIAN_ASSIGN_OR_RETURN(std::optional<aq::SiteDay> stored,
                               store.ReadSiteDay(level, in.id, in.day->date));
      aq::SiteDay merged = stored ? std::move(*stored) : aq::SiteDay{in.day->date};
      conflicts.clear();
      const aq::MergeCounts counts = aq::MergeSiteDay(merged, *in.day, options.replace, &conflicts);
      out.counts += counts;
      for (const auto& c : conflicts) {
        if (!options.replace && out.conflicts.size() >= kConflictsListed) break;
        out.conflicts.push_back({in.id,
                                 core::FormatHourStart(core::HourStart::Of(in.day->date, c.hour)),
                                 SeriesName(c), c.existing, c.incoming});
      }
      if (counts.added == 0 && counts.replaced == 0) continue;
      if (source_id == 0) {
        LANTIAN_ASSIGN_OR_RETURN(source_id,
                                 store.AddSource({0, out.kind, out.file, false, options.now, ""}));
      }
      LANTIAN_RETURN_IF_ERROR(store.WriteSiteDay(level, in.id, merged, source_id));
      ++out.records;
    }
    if (out.counts.conflicting > 0) {
      const ValueConflict& c = out.conflicts.front();
      return core::Conflict(std::to_string(out.counts.conflicting) +
                                " values differ from stored ones (first: " + c.series + " of " +
                                c.site + " at " + c.time + " stored " + c.stored.ToString() +
                                ", file " + c.incoming.ToString() +
                                "); nothing from this file was stored; use --replace to overwrite",
                            out.file);
    }
    if (source_id == 0) return core::Status::Ok();  // nothing new: leave no trace
    LANTIAN_RETURN_IF_ERROR(store.RecordImport(
        {0, source_id, out.file, out.kind, options.now, out.counts.added, out.counts.replaced,
         out.counts.unchanged, out.report.rejected_count()}));
    return storage::AppendAudit(store, ImportEntry(options, out));
  });
}

std::string ListSome(const std::vector<std::string>& items, size_t max) {
  std::string s;
  for (size_t i = 0; i < items.size() && i < max; ++i) s += (i ? ", " : "") + items[i];
  if (items.size() > max) s += ", …";
  return s;
}

struct ParsedCnemc {
  io::CnemcFile file;
  io::FileReport report;
  core::Status open_status;
  std::string sha256;
};

ParsedCnemc ParseCnemc(const std::string& path, const std::string& label,
                       const io::CnemcOptions& options,
                       const std::function<bool(std::string_view)>& wanted) {
  ParsedCnemc p{{}, io::FileReport(label), {}, {}};
  auto sha = crypto::Sha256OfFile(path);
  auto reader = io::CsvReader::Open(path);
  if (!sha || !reader) {
    p.open_status = sha ? reader.error() : sha.error();
    return p;
  }
  p.sha256 = *sha;
  p.file = io::ReadCnemcFile(*reader, options, wanted, p.report);
  return p;
}

const std::string& LabelOf(const ImportOptions& options, const std::vector<std::string>& files,
                           size_t i) {
  return i < options.labels.size() ? options.labels[i] : files[i];
}

// Measured data are never merged into a store of synthetic demo data.
core::Status RefuseSyntheticStore(storage::Store& store) {
  LANTIAN_ASSIGN_OR_RETURN(auto sources, store.Sources());
  for (const auto& s : sources) {
    if (s.synthetic) {
      return core::Conflict("this store holds SYNTHETIC demo data (" + s.name +
                            "); import measured data into a store of its own");
    }
  }
  return core::Status::Ok();
}

// Every file fails with `status`.
ImportResult AllFail(const std::vector<std::string>& files, const core::Status& status) {
  ImportResult result;
  for (const auto& f : files) {
    result.files.emplace_back(f);
    result.files.back().status = status;
  }
  return result;
}

}  // namespace

core::Status CheckImporter(const auth::Principal& p) {
  return AccessStatus(auth::CanImport(p), "",
                      "role " + std::string(auth::RoleName(p.role)) + " may not import data");
}

core::Status ImportResult::Overall() const {
  for (const auto& f : files) {
    if (!f.status.ok()) return f.status;
  }
  return core::Status::Ok();
}

ImportResult ImportCnemcFiles(storage::Store& store, const std::vector<std::string>& files,
                              const ImportOptions& options, core::Progress& progress) {
  ImportResult result;
  if (auto s = CheckImporter(options.actor.principal); !s.ok()) return AllFail(files, s);
  auto registry = store.Stations();
  auto units = store.Units();
  if (!registry) return AllFail(files, registry.error());
  if (!units) return AllFail(files, units.error());
  if (auto s = RefuseSyntheticStore(store); !s.ok()) return AllFail(files, s);
  const Places places = Places::From(*registry, *units);
  std::map<std::string, std::string, std::less<>> cities;  // CNEMC city name → unit code
  for (const auto& u : *units) cities[campaign::ShortNameZh(u)] = u.code;
  const auth::Principal& who = options.actor.principal;
  // Why a column is not read: not registered / not a plan unit, or out of scope.
  auto unknown = [&](std::string_view id) {
    return io::LooksLikeStationCode(id) ? !places.of_station.count(id) : !cities.count(id);
  };
  auto out_of_scope = [&](std::string_view id) {
    if (io::LooksLikeStationCode(id)) return !MayWrite(who, places.of_station.find(id)->second);
    return !MayWrite(who, places.of_city.find(cities.find(id)->second)->second);
  };
  const std::function<bool(std::string_view)> wanted = [&](std::string_view id) {
    return !unknown(id) && !out_of_scope(id);
  };

  // Parse file i+1 on a second thread while file i is stored.
  std::future<ParsedCnemc> next;
  auto start = [&](size_t i) {
    return std::async(std::launch::async, ParseCnemc, files[i], LabelOf(options, files, i),
                      options.cnemc, std::cref(wanted));
  };
  if (!files.empty()) next = start(0);
  for (size_t i = 0; i < files.size(); ++i) {
    ParsedCnemc parsed = next.get();
    if (i + 1 < files.size()) next = start(i + 1);
    progress.Update("import", static_cast<int64_t>(i), static_cast<int64_t>(files.size()));
    FileOutcome out(LabelOf(options, files, i));
    out.report = std::move(parsed.report);
    out.sha256 = parsed.sha256;
    const io::CnemcFile& f = parsed.file;
    out.kind = f.kind == io::CnemcKind::kSite ? "cnemc-site" : "cnemc-city";
    if (!parsed.open_status.ok()) {
      out.status = parsed.open_status;
    } else if (!out.report.ok()) {
      out.status = out.report.ToStatus();
    } else {
      const bool site = f.kind == io::CnemcKind::kSite;
      std::vector<std::string> skipped, foreign;
      for (const auto& id : f.ids) {
        if (unknown(id)) {
          skipped.push_back(id);
        } else if (out_of_scope(id)) {
          foreign.push_back(id);
        }
      }
      if (!skipped.empty()) {
        out.report.Warn(std::to_string(skipped.size()) +
                        (site ? " station columns not in the registry were skipped: "
                              : " city columns outside the plan's units were skipped: ") +
                        ListSome(skipped, 12));
      }
      if (!foreign.empty()) {
        out.report.Warn(std::to_string(foreign.size()) + " columns outside the scope of " +
                        who.Describe() + " were skipped: " + ListSome(foreign, 12));
      }
      std::vector<Incoming> days;
      days.reserve(f.days.size());
      for (const auto& d : f.days) {
        const std::string& id = f.ids[d.column];
        days.push_back({site ? id : cities.find(id)->second, &d.day});
      }
      out.status = StoreDays(store, site ? storage::SiteLevel::kStation : storage::SiteLevel::kCity,
                             days, options, out);
    }
    if (!out.status.ok()) out.records = 0;
    result.files.push_back(std::move(out));
  }
  progress.Update("import", static_cast<int64_t>(files.size()), static_cast<int64_t>(files.size()));
  progress.Finish();
  return result;
}

ImportResult ImportLongFiles(storage::Store& store, const std::vector<std::string>& files,
                             const ImportOptions& options, core::Progress& progress) {
  ImportResult result;
  if (auto s = CheckImporter(options.actor.principal); !s.ok()) return AllFail(files, s);
  auto registry = store.Stations();
  auto units = store.Units();
  if (!registry) return AllFail(files, registry.error());
  if (!units) return AllFail(files, units.error());
  if (auto s = RefuseSyntheticStore(store); !s.ok()) return AllFail(files, s);
  const Places places = Places::From(*registry, *units);
  for (size_t i = 0; i < files.size(); ++i) {
    progress.Update("import", static_cast<int64_t>(i), static_cast<int64_t>(files.size()));
    FileOutcome out(LabelOf(options, files, i));
    out.kind = "long-csv";
    auto sha = crypto::Sha256OfFile(files[i]);
    auto reader = io::CsvReader::Open(files[i]);
    if (!sha || !reader) {
      out.status = sha ? reader.error() : sha.error();
      result.files.push_back(std::move(out));
      continue;
    }
    out.sha256 = *sha;
    io::LongObservations obs = io::ReadLongCsv(*reader, out.report);
    std::optional<core::Status> forbidden;
    for (size_t k = 0; k < obs.ids.size(); ++k) {
      auto place = places.of_station.find(obs.ids[k]);
      if (place == places.of_station.end()) {
        out.report.Error(obs.first_line[k], 1,
                         "station " + obs.ids[k] +
                             " is not in the registry (lantian import stations adds stations)");
      } else if (!forbidden && !MayWrite(options.actor.principal, place->second)) {
        forbidden = core::Status(core::ErrorCode::kForbidden,
                                 "station " + obs.ids[k] + " is outside the scope of " +
                                     options.actor.principal.Describe() +
                                     "; nothing from this file was stored",
                                 io::Location(out.file, obs.first_line[k], 1));
      }
    }
    if (!out.report.ok() || forbidden) {
      out.status = !out.report.ok() ? out.report.ToStatus() : *forbidden;
      result.files.push_back(std::move(out));
      continue;
    }
    std::vector<aq::SiteDay> site_days;
    std::vector<std::string> ids;
    for (size_t k = 0; k < obs.ids.size(); ++k) {
      for (const auto& [d, day] : obs.days[k]) {
        aq::SiteDay sd;
        sd.date = day.date;
        sd.measured = day.measured;
        site_days.push_back(std::move(sd));
        ids.push_back(obs.ids[k]);
      }
    }
    std::vector<Incoming> days;
    for (size_t k = 0; k < site_days.size(); ++k) days.push_back({ids[k], &site_days[k]});
    out.status = StoreDays(store, storage::SiteLevel::kStation, days, options, out);
    if (!out.status.ok()) out.records = 0;
    result.files.push_back(std::move(out));
  }
  progress.Finish();
  return result;
}

ImportResult ImportStationFiles(storage::Store& store, const std::vector<std::string>& files,
                                const Actor& actor, const std::string& now) {
  ImportResult result;
  if (actor.principal.role != auth::Role::kNational) {
    return AllFail(files, core::Status(core::ErrorCode::kForbidden,
                                       "only national administrators change the station registry"));
  }
  auto units = store.Units();
  if (!units) return AllFail(files, units.error());
  for (const auto& path : files) {
    FileOutcome out(path);
    out.kind = "stations";
    auto sha = crypto::Sha256OfFile(path);
    auto reader = io::CsvReader::Open(path);
    if (!sha || !reader) {
      out.status = sha ? reader.error() : sha.error();
      result.files.push_back(std::move(out));
      continue;
    }
    out.sha256 = *sha;
    std::vector<aq::Station> stations = io::ReadStations(*reader, *units, out.report);
    out.status = out.report.ToStatus();
    if (out.status.ok()) {
      std::vector<aq::Station> changed;
      out.status = storage::InTransaction(store, [&]() -> core::Status {
        LANTIAN_ASSIGN_OR_RETURN(auto existing, store.Stations());
        std::map<std::string, const aq::Station*> known;
        for (const auto& s : existing) known[s.code] = &s;
        nlohmann::json before = nlohmann::json::array(), after = nlohmann::json::array();
        for (const auto& s : stations) {
          auto it = known.find(s.code);
          if (it != known.end() && *it->second == s) continue;
          changed.push_back(s);
          before.push_back(it == known.end() ? nlohmann::json() : StationRecord(*it->second));
          after.push_back(StationRecord(s));
        }
        if (changed.empty()) return core::Status::Ok();  // nothing new: leave no trace
        LANTIAN_RETURN_IF_ERROR(store.UpsertStations(changed));
        return storage::AppendAudit(
            store, audit::Entry{0, now, actor.name, actor.action, "stations", out.sha256,
                                before.dump(), after.dump(), "", ""});
      });
      if (out.status.ok()) out.records = static_cast<int64_t>(changed.size());
    }
    result.files.push_back(std::move(out));
  }
  return result;
}

}  // namespace lantian::app
