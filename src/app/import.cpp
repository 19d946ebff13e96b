#include "app/import.hpp"

#include <future>
#include <map>
#include <set>

#include "io/long_csv.hpp"
#include "io/reference_csv.hpp"

namespace lantian::app {
namespace {

constexpr size_t kConflictsListed = 20;

std::string SeriesName(const aq::MergeConflict& c) {
  return std::string(c.published ? aq::PublishedName(static_cast<aq::Published>(c.series))
                                 : aq::Code(static_cast<aq::Pollutant>(c.series)));
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
        if (out.conflicts.size() >= kConflictsListed) break;
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
    return store.RecordImport({0, source_id, out.file, out.kind, options.now, out.counts.added,
                               out.counts.replaced, out.counts.unchanged,
                               out.report.rejected_count()});
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
};

ParsedCnemc ParseCnemc(const std::string& path, const io::CnemcOptions& options,
                       const std::set<std::string, std::less<>>& stations,
                       const std::map<std::string, std::string, std::less<>>& cities) {
  ParsedCnemc p{{}, io::FileReport(path), {}};
  auto reader = io::CsvReader::Open(path);
  if (!reader) {
    p.open_status = reader.error();
    return p;
  }
  // Site columns must be registered stations, city columns plan units.
  auto wanted = [&](std::string_view id) {
    return io::LooksLikeStationCode(id) ? stations.count(id) > 0 : cities.count(id) > 0;
  };
  p.file = io::ReadCnemcFile(*reader, options, wanted, p.report);
  return p;
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

core::Status ImportResult::Overall() const {
  for (const auto& f : files) {
    if (!f.status.ok()) return f.status;
  }
  return core::Status::Ok();
}

ImportResult ImportCnemcFiles(storage::Store& store, const std::vector<std::string>& files,
                              const ImportOptions& options, core::Progress& progress) {
  ImportResult result;
  std::set<std::string, std::less<>> stations;
  std::map<std::string, std::string, std::less<>> cities;  // CNEMC city name → unit code
  auto registry = store.Stations();
  auto units = store.Units();
  if (!registry) return AllFail(files, registry.error());
  if (!units) return AllFail(files, units.error());
  if (auto s = RefuseSyntheticStore(store); !s.ok()) return AllFail(files, s);
  for (const auto& s : *registry) stations.insert(s.code);
  for (const auto& u : *units) cities[campaign::ShortNameZh(u)] = u.code;

  // Parse file i+1 on a second thread while file i is stored.
  std::future<ParsedCnemc> next;
  auto start = [&](size_t i) {
    return std::async(std::launch::async, ParseCnemc, files[i], options.cnemc, std::cref(stations),
                      std::cref(cities));
  };
  if (!files.empty()) next = start(0);
  for (size_t i = 0; i < files.size(); ++i) {
    ParsedCnemc parsed = next.get();
    if (i + 1 < files.size()) next = start(i + 1);
    progress.Update("import", static_cast<int64_t>(i), static_cast<int64_t>(files.size()));
    FileOutcome out(files[i]);
    out.report = std::move(parsed.report);
    const io::CnemcFile& f = parsed.file;
    out.kind = f.kind == io::CnemcKind::kSite ? "cnemc-site" : "cnemc-city";
    if (!parsed.open_status.ok()) {
      out.status = parsed.open_status;
    } else if (!out.report.ok()) {
      out.status = out.report.ToStatus();
    } else {
      const bool site = f.kind == io::CnemcKind::kSite;
      std::vector<std::string> skipped;
      for (const auto& id : f.ids) {
        if (site ? !stations.count(id) : !cities.count(id)) skipped.push_back(id);
      }
      if (!skipped.empty()) {
        out.report.Warn(std::to_string(skipped.size()) +
                        (site ? " station columns not in the registry were skipped: "
                              : " city columns outside the plan's units were skipped: ") +
                        ListSome(skipped, 12));
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
  auto registry = store.Stations();
  if (!registry) return AllFail(files, registry.error());
  if (auto s = RefuseSyntheticStore(store); !s.ok()) return AllFail(files, s);
  std::set<std::string, std::less<>> stations;
  for (const auto& s : *registry) stations.insert(s.code);
  for (size_t i = 0; i < files.size(); ++i) {
    progress.Update("import", static_cast<int64_t>(i), static_cast<int64_t>(files.size()));
    FileOutcome out(files[i]);
    out.kind = "long-csv";
    auto reader = io::CsvReader::Open(files[i]);
    if (!reader) {
      out.status = reader.error();
      result.files.push_back(std::move(out));
      continue;
    }
    io::LongObservations obs = io::ReadLongCsv(*reader, out.report);
    for (size_t k = 0; k < obs.ids.size(); ++k) {
      if (!stations.count(obs.ids[k])) {
        out.report.Error(obs.first_line[k], 1,
                         "station " + obs.ids[k] +
                             " is not in the registry (lantian import stations adds stations)");
      }
    }
    if (!out.report.ok()) {
      out.status = out.report.ToStatus();
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

ImportResult ImportStationFiles(storage::Store& store, const std::vector<std::string>& files) {
  ImportResult result;
  auto units = store.Units();
  for (const auto& path : files) {
    FileOutcome out(path);
    out.kind = "stations";
    if (!units) {
      out.status = units.error();
      result.files.push_back(std::move(out));
      continue;
    }
    auto reader = io::CsvReader::Open(path);
    if (!reader) {
      out.status = reader.error();
      result.files.push_back(std::move(out));
      continue;
    }
    std::vector<aq::Station> stations = io::ReadStations(*reader, *units, out.report);
    out.status = out.report.ToStatus();
    if (out.status.ok()) {
      out.status = storage::InTransaction(store, [&] { return store.UpsertStations(stations); });
      if (out.status.ok()) out.records = static_cast<int64_t>(stations.size());
    }
    result.files.push_back(std::move(out));
  }
  return result;
}

}  // namespace lantian::app
