#include "storage/sqlite/sqlite_store.hpp"

#include <map>
#include <set>

#include "storage/migrations.hpp"
#include "storage/site_day_codec.hpp"

namespace lantian::storage::sqlite {
namespace {

core::Status DecodeDay(std::string_view measured, std::string_view published, aq::SiteDay& day) {
  LANTIAN_RETURN_IF_ERROR(DecodeSeries(measured, day.measured));
  return DecodeSeries(published, day.published);
}

std::string Placeholders(size_t n, int first) {
  std::string s;
  for (size_t i = 0; i < n; ++i) {
    if (i) s += ',';
    s += '?' + std::to_string(first + static_cast<int>(i));
  }
  return s;
}

}  // namespace

core::Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
  LANTIAN_ASSIGN_OR_RETURN(auto db, Database::Open(path));
  return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(db)));
}

core::Status SqliteStore::Migrate() {
  LANTIAN_RETURN_IF_ERROR(db_->Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
      "NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"));
  LANTIAN_ASSIGN_OR_RETURN(int current, SchemaVersion());
  for (const Migration& m : Migrations()) {
    if (m.version <= current) continue;
    LANTIAN_RETURN_IF_ERROR(InTransaction(*this, [&]() -> core::Status {
      LANTIAN_RETURN_IF_ERROR(db_->Exec(RenderSql(m.sql, Dialect::kSqlite)));
      LANTIAN_ASSIGN_OR_RETURN(
          auto stmt, db_->Prepare("INSERT INTO schema_migrations(version, name) VALUES(?1, ?2)"));
      return stmt->Bind(1, int64_t{m.version}).Bind(2, m.name).Run();
    }));
  }
  return core::Status::Ok();
}

core::Result<int> SqliteStore::SchemaVersion() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto exists,
      db_->Prepare("SELECT count(*) FROM sqlite_master WHERE name='schema_migrations'"));
  LANTIAN_ASSIGN_OR_RETURN(bool row, exists->Step());
  if (!row || exists->Int(0) == 0) return 0;
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT coalesce(max(version), 0) FROM schema_migrations"));
  LANTIAN_ASSIGN_OR_RETURN(bool has, stmt->Step());
  return has ? static_cast<int>(stmt->Int(0)) : 0;
}

core::Status SqliteStore::Begin() { return db_->Exec("BEGIN IMMEDIATE"); }
core::Status SqliteStore::Commit() { return db_->Exec("COMMIT"); }
core::Status SqliteStore::Rollback() {
  station_ids_.reset();
  return db_->Exec("ROLLBACK");
}

core::Status SqliteStore::ReplaceUnits(std::span<const campaign::Unit> units) {
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM units"));
  for (const auto& u : units) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt,
        db_->Prepare("INSERT INTO units(code, name_zh, name_en, province_zh, region, kind, "
                     "lat, lon, note) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
    LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, u.code)
                                .Bind(2, u.name_zh)
                                .Bind(3, u.name_en)
                                .Bind(4, u.province_zh)
                                .Bind(5, campaign::RegionCode(u.region))
                                .Bind(6, u.kind)
                                .Bind(7, u.lat)
                                .Bind(8, u.lon)
                                .Bind(9, u.note)
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::Unit>> SqliteStore::Units() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT code, name_zh, name_en, province_zh, region, kind, "
                                        "lat, lon, note FROM units ORDER BY code"));
  std::vector<campaign::Unit> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    campaign::Unit u;
    u.code = stmt->Text(0);
    u.name_zh = stmt->Text(1);
    u.name_en = stmt->Text(2);
    u.province_zh = stmt->Text(3);
    auto region = campaign::ParseRegion(stmt->Text(4));
    if (!region) return core::Internal("stored unit " + u.code + " has an unknown region");
    u.region = *region;
    u.kind = stmt->Text(5);
    u.lat = stmt->OptionalDouble(6);
    u.lon = stmt->OptionalDouble(7);
    u.note = stmt->Text(8);
    out.push_back(std::move(u));
  }
  return out;
}

core::Status SqliteStore::ReplaceRegionalTargets(
    std::span<const campaign::RegionalTarget> targets) {
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM regional_targets"));
  for (const auto& t : targets) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt,
        db_->Prepare("INSERT INTO regional_targets(region, period, first_day, last_day, "
                     "pm25_mean_max, heavy_days_city_avg_max) VALUES(?1,?2,?3,?4,?5,?6)"));
    LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, campaign::RegionCode(t.region))
                                .Bind(2, t.period)
                                .Bind(3, core::FormatIsoDate(t.dates.first))
                                .Bind(4, core::FormatIsoDate(t.dates.last))
                                .Bind(5, t.pm25_mean_max.ToString())
                                .Bind(6, t.heavy_days_city_avg_max.ToString())
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::RegionalTarget>> SqliteStore::RegionalTargets() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("SELECT region, period, first_day, last_day, "
                                                   "pm25_mean_max, heavy_days_city_avg_max FROM "
                                                   "regional_targets ORDER BY period, region"));
  std::vector<campaign::RegionalTarget> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    campaign::RegionalTarget t;
    auto region = campaign::ParseRegion(stmt->Text(0));
    auto first = core::ParseIsoDate(stmt->Text(2));
    auto last = core::ParseIsoDate(stmt->Text(3));
    auto pm = core::Decimal::Parse(stmt->Text(4));
    auto heavy = core::Decimal::Parse(stmt->Text(5));
    if (!region || !first || !last || !pm || !heavy)
      return core::Internal("corrupt regional target");
    t.region = *region;
    t.period = stmt->Text(1);
    t.dates = {*first, *last};
    t.pm25_mean_max = *pm;
    t.heavy_days_city_avg_max = *heavy;
    out.push_back(std::move(t));
  }
  return out;
}

core::Status SqliteStore::ReplaceKeyTasks(std::span<const ledger::KeyTask> tasks) {
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM key_tasks"));
  for (const auto& t : tasks) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt,
        db_->Prepare("INSERT INTO key_tasks(id, section, task_zh, metric, unit, scope, "
                     "target, deadline, comparison) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
    LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, t.id)
                                .Bind(2, t.section)
                                .Bind(3, t.task_zh)
                                .Bind(4, t.metric)
                                .Bind(5, t.unit)
                                .Bind(6, t.scope)
                                .Bind(7, t.target.ToString())
                                .Bind(8, t.deadline)
                                .Bind(9, ledger::ComparisonSymbol(t.comparison))
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ledger::KeyTask>> SqliteStore::KeyTasks() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT id, section, task_zh, metric, unit, scope, "
                                        "target, deadline, comparison FROM key_tasks "
                                        "ORDER BY id"));
  std::vector<ledger::KeyTask> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    ledger::KeyTask t;
    t.id = stmt->Text(0);
    t.section = stmt->Text(1);
    t.task_zh = stmt->Text(2);
    t.metric = stmt->Text(3);
    t.unit = stmt->Text(4);
    t.scope = stmt->Text(5);
    auto target = core::Decimal::Parse(stmt->Text(6));
    auto cmp = ledger::ParseComparison(stmt->Text(8));
    if (!target || !cmp) return core::Internal("corrupt key task " + t.id);
    t.target = *target;
    t.deadline = stmt->Text(7);
    t.comparison = *cmp;
    out.push_back(std::move(t));
  }
  return out;
}

core::Status SqliteStore::UpsertStations(std::span<const aq::Station> stations) {
  for (const auto& s : stations) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt,
        db_->Prepare(
            "INSERT INTO stations(code, name, city_code, lat, lon, background, retired_on) "
            "VALUES(?1,?2,?3,?4,?5,?6,?7) ON CONFLICT(code) DO UPDATE SET "
            "name=excluded.name, city_code=excluded.city_code, lat=excluded.lat, "
            "lon=excluded.lon, background=excluded.background, "
            "retired_on=excluded.retired_on"));
    stmt->Bind(1, s.code).Bind(2, s.name).Bind(3, s.city_code).Bind(4, s.lat).Bind(5, s.lon);
    stmt->Bind(6, int64_t{s.background});
    if (s.retired_on) {
      stmt->Bind(7, core::FormatIsoDate(*s.retired_on));
    } else {
      stmt->BindNull(7);
    }
    LANTIAN_RETURN_IF_ERROR(stmt->Run());
  }
  station_ids_.reset();
  return core::Status::Ok();
}

core::Result<std::vector<aq::Station>> SqliteStore::Stations() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("SELECT code, name, city_code, lat, lon, "
                                                   "background, retired_on FROM stations ORDER BY "
                                                   "code"));
  std::vector<aq::Station> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    aq::Station s;
    s.code = stmt->Text(0);
    s.name = stmt->Text(1);
    s.city_code = stmt->Text(2);
    s.lat = stmt->OptionalDouble(3);
    s.lon = stmt->OptionalDouble(4);
    s.background = stmt->Int(5) != 0;
    if (!stmt->IsNull(6)) {
      auto d = core::ParseIsoDate(stmt->Text(6));
      if (!d) return core::Internal("corrupt retirement date of station " + s.code);
      s.retired_on = *d;
    }
    out.push_back(std::move(s));
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddSource(const Source& source) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO sources(kind, name, synthetic, created_at, "
                                        "detail) VALUES(?1,?2,?3,?4,?5)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, source.kind)
                              .Bind(2, source.name)
                              .Bind(3, int64_t{source.synthetic})
                              .Bind(4, source.created_at)
                              .Bind(5, source.detail)
                              .Run());
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<Source>> SqliteStore::Sources() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("SELECT id, kind, name, synthetic, created_at, "
                                                   "detail FROM sources ORDER BY id"));
  std::vector<Source> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Int(3) != 0, stmt->Text(4),
                   stmt->Text(5)});
  }
  return out;
}

core::Status SqliteStore::RecordImport(const ImportRecord& r) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT INTO imports(source_id, file, kind, imported_at, values_added, "
                   "values_replaced, values_unchanged, values_rejected) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  return stmt->Bind(1, r.source_id)
      .Bind(2, r.file)
      .Bind(3, r.kind)
      .Bind(4, r.imported_at)
      .Bind(5, r.values_added)
      .Bind(6, r.values_replaced)
      .Bind(7, r.values_unchanged)
      .Bind(8, r.values_rejected)
      .Run();
}

core::Result<std::vector<ImportRecord>> SqliteStore::Imports() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, source_id, file, kind, imported_at, values_added, "
                              "values_replaced, values_unchanged, values_rejected FROM "
                              "imports ORDER BY id"));
  std::vector<ImportRecord> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Int(5), stmt->Int(6), stmt->Int(7), stmt->Int(8)});
  }
  return out;
}

core::Result<const std::map<std::string, int64_t, std::less<>>*> SqliteStore::StationIds() {
  if (!station_ids_) {
    LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("SELECT code, id FROM stations"));
    std::map<std::string, int64_t, std::less<>> ids;
    for (;;) {
      LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
      if (!row) break;
      ids.emplace(stmt->Text(0), stmt->Int(1));
    }
    station_ids_ = std::move(ids);
  }
  return &*station_ids_;
}

core::Result<std::optional<aq::SiteDay>> SqliteStore::ReadSiteDay(SiteLevel level,
                                                                  std::string_view id,
                                                                  core::Date date) {
  std::optional<StatementLoan> stmt;
  if (level == SiteLevel::kStation) {
    LANTIAN_ASSIGN_OR_RETURN(auto ids, StationIds());
    auto it = ids->find(id);
    if (it == ids->end())
      return core::NotFound("station " + std::string(id) + " is not in the registry");
    LANTIAN_ASSIGN_OR_RETURN(auto s, db_->Prepare("SELECT measured, published FROM station_days "
                                                  "WHERE station_id = ?1 AND day = ?2"));
    s->Bind(1, it->second);
    stmt.emplace(std::move(s));
  } else {
    LANTIAN_ASSIGN_OR_RETURN(auto s, db_->Prepare("SELECT measured, published FROM city_days WHERE "
                                                  "city_code = ?1 AND day = ?2"));
    s->Bind(1, id);
    stmt.emplace(std::move(s));
  }
  (*stmt)->Bind(2, int64_t{date.days});
  LANTIAN_ASSIGN_OR_RETURN(bool row, (*stmt)->Step());
  if (!row) return std::optional<aq::SiteDay>();
  aq::SiteDay day;
  day.date = date;
  LANTIAN_RETURN_IF_ERROR(DecodeDay((*stmt)->Blob(0), (*stmt)->Blob(1), day));
  return std::optional<aq::SiteDay>(std::move(day));
}

core::Status SqliteStore::WriteSiteDay(SiteLevel level, std::string_view id, const aq::SiteDay& day,
                                       int64_t source_id) {
  const std::string measured = EncodeSeries(day.measured);
  const std::string published = EncodeSeries(day.published);
  if (level == SiteLevel::kStation) {
    LANTIAN_ASSIGN_OR_RETURN(auto ids, StationIds());
    auto it = ids->find(id);
    if (it == ids->end())
      return core::NotFound("station " + std::string(id) + " is not in the registry");
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt, db_->Prepare("INSERT INTO station_days(station_id, day, measured, published, "
                                "source_id) VALUES(?1,?2,?3,?4,?5) ON CONFLICT(station_id, day) DO "
                                "UPDATE SET measured=excluded.measured, "
                                "published=excluded.published, source_id=excluded.source_id"));
    return stmt->Bind(1, it->second)
        .Bind(2, int64_t{day.date.days})
        .BindBlob(3, measured)
        .BindBlob(4, published)
        .Bind(5, source_id)
        .Run();
  }
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO city_days(city_code, day, measured, published, "
                              "source_id) VALUES(?1,?2,?3,?4,?5) ON CONFLICT(city_code, day) DO "
                              "UPDATE SET measured=excluded.measured, "
                              "published=excluded.published, source_id=excluded.source_id"));
  return stmt->Bind(1, id)
      .Bind(2, int64_t{day.date.days})
      .BindBlob(3, measured)
      .BindBlob(4, published)
      .Bind(5, source_id)
      .Run();
}

core::Status SqliteStore::ScanSiteDays(SiteLevel level, std::span<const std::string> ids,
                                       core::Period period, const SiteDayVisitor& visit,
                                       bool measured_only) {
  std::string sql;
  std::vector<int64_t> station_keys;
  if (level == SiteLevel::kStation) {
    sql =
        "SELECT s.code, d.day, d.measured, d.published FROM station_days d JOIN stations s ON "
        "s.id = d.station_id WHERE d.day BETWEEN ?1 AND ?2";
    if (!ids.empty()) {
      LANTIAN_ASSIGN_OR_RETURN(auto known, StationIds());
      for (const auto& code : ids) {
        auto it = known->find(code);
        if (it != known->end()) station_keys.push_back(it->second);
      }
      if (station_keys.empty()) return core::Status::Ok();
      sql += " AND d.station_id IN (" + Placeholders(station_keys.size(), 3) + ")";
    }
    sql += " ORDER BY d.station_id, d.day";
  } else {
    sql = std::string("SELECT city_code, day, measured, ") +
          (measured_only ? "NULL" : "published") + " FROM city_days WHERE day BETWEEN ?1 AND ?2";
    if (!ids.empty()) sql += " AND city_code IN (" + Placeholders(ids.size(), 3) + ")";
    sql += " ORDER BY city_code, day";
  }
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare(sql));
  stmt->Bind(1, int64_t{period.first.days}).Bind(2, int64_t{period.last.days});
  if (level == SiteLevel::kStation) {
    for (size_t i = 0; i < station_keys.size(); ++i)
      stmt->Bind(static_cast<int>(i) + 3, station_keys[i]);
  } else {
    for (size_t i = 0; i < ids.size(); ++i) stmt->Bind(static_cast<int>(i) + 3, ids[i]);
  }
  aq::SiteDay day;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    day.date = core::Date{static_cast<int32_t>(stmt->Int(1))};
    if (measured_only) {
      LANTIAN_RETURN_IF_ERROR(DecodeSeries(stmt->Blob(2), day.measured));
    } else {
      LANTIAN_RETURN_IF_ERROR(DecodeDay(stmt->Blob(2), stmt->Blob(3), day));
    }
    LANTIAN_RETURN_IF_ERROR(visit(stmt->Text(0), day));
  }
  return core::Status::Ok();
}

core::Result<std::optional<core::Date>> SqliteStore::LatestStationDay() {
  // One primary-key probe per station rather than a scan of every row.
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT max(d) FROM (SELECT (SELECT max(day) FROM station_days WHERE "
                              "station_id = s.id) AS d FROM stations s) AS latest"));
  LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row || stmt->IsNull(0)) return std::optional<core::Date>();
  return std::optional<core::Date>(core::Date{static_cast<int32_t>(stmt->Int(0))});
}

core::Result<bool> SqliteStore::HasSyntheticData(SiteLevel level, core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(auto any,
                           db_->Prepare("SELECT count(*) FROM sources WHERE synthetic = 1"));
  LANTIAN_ASSIGN_OR_RETURN(bool row, any->Step());
  if (!row || any->Int(0) == 0) return false;
  const std::string table = level == SiteLevel::kStation ? "station_days" : "city_days";
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT EXISTS(SELECT 1 FROM " + table +
                              " d JOIN sources s ON s.id = d.source_id WHERE s.synthetic = 1 AND "
                              "d.day BETWEEN ?1 AND ?2)"));
  stmt->Bind(1, int64_t{period.first.days}).Bind(2, int64_t{period.last.days});
  LANTIAN_ASSIGN_OR_RETURN(bool has, stmt->Step());
  return has && stmt->Int(0) != 0;
}

core::Status SqliteStore::MarkDustDay(const DustDay& day) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO dust_days(city_code, day, source_id, note) "
                                        "VALUES(?1,?2,?3,?4) ON CONFLICT(city_code, day) DO UPDATE "
                                        "SET source_id=excluded.source_id, note=excluded.note"));
  return stmt->Bind(1, day.city_code)
      .Bind(2, int64_t{day.date.days})
      .Bind(3, day.source_id)
      .Bind(4, day.note)
      .Run();
}

core::Result<std::vector<DustDay>> SqliteStore::DustDays(core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city_code, day, source_id, note FROM dust_days WHERE "
                              "day BETWEEN ?1 AND ?2 ORDER BY city_code, day"));
  stmt->Bind(1, int64_t{period.first.days}).Bind(2, int64_t{period.last.days});
  std::vector<DustDay> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), core::Date{static_cast<int32_t>(stmt->Int(1))}, stmt->Int(2),
                   stmt->Text(3)});
  }
  return out;
}

core::Result<bool> SqliteStore::UnmarkDustDay(std::string_view city_code, core::Date date) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("DELETE FROM dust_days WHERE city_code=?1 AND day=?2"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, city_code).Bind(2, int64_t{date.days}).Run());
  return sqlite3_changes(db_->handle()) > 0;
}

core::Status SqliteStore::ReplaceCityTargets(std::string_view phase,
                                             std::span<const campaign::CityTarget> targets,
                                             int64_t source_id) {
  LANTIAN_ASSIGN_OR_RETURN(auto del, db_->Prepare("DELETE FROM city_targets WHERE phase=?1"));
  LANTIAN_RETURN_IF_ERROR(del->Bind(1, phase).Run());
  for (const auto& t : targets) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto stmt, db_->Prepare("INSERT INTO city_targets(city_code, phase, pm25, heavy_days, "
                                "baseline_pm25, baseline_heavy_days, note, source_id) "
                                "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
    stmt->Bind(1, t.city_code)
        .Bind(2, t.phase)
        .Bind(3, t.pm25.ToString())
        .Bind(4, int64_t{t.heavy_days})
        .Bind(7, t.note)
        .Bind(8, source_id);
    if (t.baseline_pm25) {
      stmt->Bind(5, t.baseline_pm25->ToString());
    } else {
      stmt->BindNull(5);
    }
    if (t.baseline_heavy_days) {
      stmt->Bind(6, int64_t{*t.baseline_heavy_days});
    } else {
      stmt->BindNull(6);
    }
    LANTIAN_RETURN_IF_ERROR(stmt->Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::CityTarget>> SqliteStore::CityTargets() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city_code, phase, pm25, heavy_days, baseline_pm25, "
                              "baseline_heavy_days, note FROM city_targets ORDER BY phase, "
                              "city_code"));
  std::vector<campaign::CityTarget> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    campaign::CityTarget t;
    t.city_code = stmt->Text(0);
    t.phase = stmt->Text(1);
    auto pm = core::Decimal::Parse(stmt->Text(2));
    if (!pm) return core::Internal("corrupt city target of " + t.city_code);
    t.pm25 = *pm;
    t.heavy_days = static_cast<int>(stmt->Int(3));
    if (!stmt->IsNull(4)) {
      auto base = core::Decimal::Parse(stmt->Text(4));
      if (!base) return core::Internal("corrupt city target of " + t.city_code);
      t.baseline_pm25 = *base;
    }
    if (!stmt->IsNull(5)) t.baseline_heavy_days = static_cast<int>(stmt->Int(5));
    t.note = stmt->Text(6);
    t.source = campaign::TargetSource::kOfficial;
    out.push_back(std::move(t));
  }
  return out;
}

core::Status SqliteStore::ReplaceTierRule(std::span<const campaign::Tier> tiers,
                                          std::span<const campaign::StricterTarget> stricter) {
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM tier_rules"));
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM stricter_targets"));
  for (const auto& t : tiers) {
    LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                             db_->Prepare("INSERT INTO tier_rules(phase, tier, baseline_pm25_from, "
                                          "pm25_reduction_percent, baseline_heavy_days_from, "
                                          "heavy_days_reduction) VALUES(?1,?2,?3,?4,?5,?6)"));
    LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, t.phase)
                                .Bind(2, int64_t{t.tier})
                                .Bind(3, t.baseline_pm25_from.ToString())
                                .Bind(4, t.pm25_reduction_percent.ToString())
                                .Bind(5, int64_t{t.baseline_heavy_days_from})
                                .Bind(6, int64_t{t.heavy_days_reduction})
                                .Run());
  }
  for (const auto& x : stricter) {
    LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                             db_->Prepare("INSERT INTO stricter_targets(city_code, phase, "
                                          "extra_pm25_percent, extra_heavy_days, reason) "
                                          "VALUES(?1,?2,?3,?4,?5)"));
    LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, x.city_code)
                                .Bind(2, x.phase)
                                .Bind(3, x.extra_pm25_percent.ToString())
                                .Bind(4, int64_t{x.extra_heavy_days})
                                .Bind(5, x.reason)
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::Tier>> SqliteStore::TierRule() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT phase, tier, baseline_pm25_from, pm25_reduction_percent, "
                              "baseline_heavy_days_from, heavy_days_reduction FROM tier_rules "
                              "ORDER BY phase, tier"));
  std::vector<campaign::Tier> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto from = core::Decimal::Parse(stmt->Text(2));
    auto pct = core::Decimal::Parse(stmt->Text(3));
    if (!from || !pct) return core::Internal("corrupt tier rule");
    out.push_back({stmt->Text(0), static_cast<int>(stmt->Int(1)), *from, *pct,
                   static_cast<int>(stmt->Int(4)), static_cast<int>(stmt->Int(5))});
  }
  return out;
}

core::Result<std::vector<campaign::StricterTarget>> SqliteStore::StricterTargets() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city_code, phase, extra_pm25_percent, extra_heavy_days, "
                              "reason FROM stricter_targets ORDER BY city_code, phase"));
  std::vector<campaign::StricterTarget> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto pct = core::Decimal::Parse(stmt->Text(2));
    if (!pct) return core::Internal("corrupt stricter target");
    out.push_back(
        {stmt->Text(0), stmt->Text(1), *pct, static_cast<int>(stmt->Int(3)), stmt->Text(4)});
  }
  return out;
}

core::Status SqliteStore::UpsertDustfall(const campaign::DustfallReading& r, int64_t source_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO dustfall(city_code, month, value, note, source_id) "
                              "VALUES(?1,?2,?3,?4,?5) ON CONFLICT(city_code, month) DO UPDATE "
                              "SET value=excluded.value, note=excluded.note, "
                              "source_id=excluded.source_id"));
  return stmt->Bind(1, r.city_code)
      .Bind(2, int64_t{r.month.days})
      .Bind(3, r.value.ToString())
      .Bind(4, r.note)
      .Bind(5, source_id)
      .Run();
}

core::Result<std::vector<campaign::DustfallReading>> SqliteStore::Dustfall(core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city_code, month, value, note FROM dustfall WHERE month "
                              "BETWEEN ?1 AND ?2 ORDER BY month, city_code"));
  stmt->Bind(1, int64_t{period.first.days}).Bind(2, int64_t{period.last.days});
  std::vector<campaign::DustfallReading> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto v = core::Decimal::Parse(stmt->Text(2));
    if (!v) return core::Internal("corrupt dust fall of " + stmt->Text(0));
    out.push_back(
        {stmt->Text(0), core::Date{static_cast<int32_t>(stmt->Int(1))}, *v, stmt->Text(3)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddFalsificationFinding(const FalsificationFinding& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO falsification_findings(city_code, phase, found_on, "
                              "description, recorded_by, recorded_at) VALUES(?1,?2,?3,?4,?5,?6)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, f.city_code)
                              .Bind(2, f.phase)
                              .Bind(3, core::FormatIsoDate(f.found_on))
                              .Bind(4, f.description)
                              .Bind(5, f.recorded_by)
                              .Bind(6, f.recorded_at)
                              .Run());
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<FalsificationFinding>> SqliteStore::FalsificationFindings() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, city_code, phase, found_on, description, recorded_by, "
                              "recorded_at FROM falsification_findings ORDER BY id"));
  std::vector<FalsificationFinding> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto found = core::ParseIsoDate(stmt->Text(3));
    if (!found) return core::Internal("corrupt falsification finding");
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), *found, stmt->Text(4), stmt->Text(5),
                   stmt->Text(6)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddForecastRun(const ForecastRun& run,
                                                  std::span<const ForecastValue> values) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO forecast_runs(issuer, issued_at, kind, file, sha256, "
                              "imported_by, imported_at) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  core::Status s = stmt->Bind(1, run.issuer)
                       .Bind(2, run.issued_at)
                       .Bind(3, run.kind)
                       .Bind(4, run.file)
                       .Bind(5, run.sha256)
                       .Bind(6, run.imported_by)
                       .Bind(7, run.imported_at)
                       .Run();
  if (s.code() == core::ErrorCode::kConflict) {
    return core::Conflict("a " + run.kind + " forecast of " + run.issuer + " issued at " +
                              run.issued_at + " is stored already",
                          "issued_at");
  }
  LANTIAN_RETURN_IF_ERROR(s);
  const int64_t id = sqlite3_last_insert_rowid(db_->handle());
  LANTIAN_ASSIGN_OR_RETURN(
      auto value, db_->Prepare("INSERT INTO forecast_values(run_id, city, at, aqi, aqi_low, "
                               "aqi_high) VALUES(?1,?2,?3,?4,?5,?6)"));
  for (const ForecastValue& v : values) {
    value->Reset();
    value->Bind(1, id).Bind(2, v.city).Bind(3, v.at).Bind(4, int64_t{v.aqi});
    if (v.aqi_low) {
      value->Bind(5, int64_t{*v.aqi_low});
    } else {
      value->BindNull(5);
    }
    if (v.aqi_high) {
      value->Bind(6, int64_t{*v.aqi_high});
    } else {
      value->BindNull(6);
    }
    LANTIAN_RETURN_IF_ERROR(value->Run());
  }
  return id;
}

core::Result<std::vector<ForecastRun>> SqliteStore::ForecastRuns() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, issuer, issued_at, kind, file, sha256, imported_by, "
                              "imported_at FROM forecast_runs ORDER BY issued_at, id"));
  std::vector<ForecastRun> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Result<std::vector<ForecastValue>> SqliteStore::ForecastValues(int64_t run_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city, at, aqi, aqi_low, aqi_high FROM forecast_values "
                              "WHERE run_id = ?1 ORDER BY city, at"));
  stmt->Bind(1, run_id);
  std::vector<ForecastValue> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    ForecastValue v{stmt->Text(0), stmt->Text(1), static_cast<int>(stmt->Int(2)), {}, {}};
    if (!stmt->IsNull(3)) v.aqi_low = static_cast<int>(stmt->Int(3));
    if (!stmt->IsNull(4)) v.aqi_high = static_cast<int>(stmt->Int(4));
    out.push_back(std::move(v));
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddAlertStep(const AlertStepRecord& a) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO alert_steps(city, step, level, at, who, "
                                        "forecast_run_id, note, recorded_by, recorded_at) "
                                        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, a.city)
                              .Bind(2, a.step)
                              .Bind(3, a.level)
                              .Bind(4, a.at)
                              .Bind(5, a.who)
                              .Bind(6, a.forecast_run_id)
                              .Bind(7, a.note)
                              .Bind(8, a.recorded_by)
                              .Bind(9, a.recorded_at)
                              .Run());
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<AlertStepRecord>> SqliteStore::AlertSteps() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, city, step, level, at, who, forecast_run_id, note, "
                              "recorded_by, recorded_at FROM alert_steps ORDER BY id"));
  std::vector<AlertStepRecord> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Int(6), stmt->Text(7), stmt->Text(8), stmt->Text(9)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddRegionalPrompt(const RegionalPrompt& p) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO regional_prompts(region, level, episode_start, "
                              "episode_end, raised_at, deadline, forecast_run_id, raised_by, note) "
                              "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, p.region)
                              .Bind(2, p.level)
                              .Bind(3, core::FormatIsoDate(p.episode_start))
                              .Bind(4, core::FormatIsoDate(p.episode_end))
                              .Bind(5, p.raised_at)
                              .Bind(6, p.deadline)
                              .Bind(7, p.forecast_run_id)
                              .Bind(8, p.raised_by)
                              .Bind(9, p.note)
                              .Run());
  const int64_t id = sqlite3_last_insert_rowid(db_->handle());
  for (const PromptCity& c : p.cities) LANTIAN_RETURN_IF_ERROR(AddPromptCity(id, c));
  return id;
}

core::Status SqliteStore::AddPromptCity(int64_t prompt_id, const PromptCity& c) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO prompt_cities(prompt_id, city, border, "
                                        "added_at) VALUES(?1,?2,?3,?4)"));
  core::Status s =
      stmt->Bind(1, prompt_id).Bind(2, c.city).Bind(3, int64_t{c.border}).Bind(4, c.added_at).Run();
  if (s.code() == core::ErrorCode::kConflict) {
    return core::Conflict(c.city + " is already named in prompt " + std::to_string(prompt_id),
                          "city");
  }
  return s;
}

core::Result<std::vector<RegionalPrompt>> SqliteStore::RegionalPrompts() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, region, level, episode_start, episode_end, raised_at, "
                              "deadline, forecast_run_id, raised_by, note FROM regional_prompts "
                              "ORDER BY id"));
  std::vector<RegionalPrompt> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto start = core::ParseIsoDate(stmt->Text(3));
    auto end = core::ParseIsoDate(stmt->Text(4));
    if (!start || !end) return core::Internal("corrupt regional prompt");
    out.push_back({stmt->Int(0),
                   stmt->Text(1),
                   stmt->Text(2),
                   *start,
                   *end,
                   stmt->Text(5),
                   stmt->Text(6),
                   stmt->Int(7),
                   stmt->Text(8),
                   stmt->Text(9),
                   {}});
  }
  LANTIAN_ASSIGN_OR_RETURN(
      auto cities, db_->Prepare("SELECT prompt_id, city, border, added_at FROM prompt_cities "
                                "ORDER BY prompt_id, added_at, city"));
  std::map<int64_t, RegionalPrompt*> by_id;
  for (auto& p : out) by_id[p.id] = &p;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, cities->Step());
    if (!row) break;
    if (auto it = by_id.find(cities->Int(0)); it != by_id.end()) {
      it->second->cities.push_back({cities->Text(1), cities->Int(2) != 0, cities->Text(3)});
    }
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddListVersion(const ListVersion& v) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO emergency_list_versions(city_code, version, status, "
                              "content, file, sha256, created_by, created_at) "
                              "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  core::Status s = stmt->Bind(1, v.city_code)
                       .Bind(2, int64_t{v.version})
                       .Bind(3, v.status)
                       .Bind(4, v.content)
                       .Bind(5, v.file)
                       .Bind(6, v.sha256)
                       .Bind(7, v.created_by)
                       .Bind(8, v.created_at)
                       .Run();
  if (s.code() == core::ErrorCode::kConflict) {
    return core::Conflict(
        "version " + std::to_string(v.version) + " of " + v.city_code + "'s list exists already",
        "version");
  }
  LANTIAN_RETURN_IF_ERROR(s);
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<ListVersion>> SqliteStore::ListVersions(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, city_code, version, status, content, file, sha256, created_by, "
                   "created_at FROM emergency_list_versions WHERE ?1 = '' OR city_code = ?1 "
                   "ORDER BY city_code, version"));
  stmt->Bind(1, city_code);
  std::vector<ListVersion> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), static_cast<int>(stmt->Int(2)), stmt->Text(3),
                   stmt->Text(4), stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Text(8)});
  }
  return out;
}

core::Status SqliteStore::SetListStatus(int64_t version_id, std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE emergency_list_versions SET status = ?2 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, version_id).Bind(2, status).Run());
  if (sqlite3_changes(db_->handle()) != 1) {
    return core::NotFound("no list version " + std::to_string(version_id), "version");
  }
  return core::Status::Ok();
}

core::Result<int64_t> SqliteStore::AddListStep(const ListStepRecord& r) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO emergency_list_steps(version_id, step, comment, who, "
                              "at) VALUES(?1,?2,?3,?4,?5)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, r.version_id)
                              .Bind(2, r.step)
                              .Bind(3, r.comment)
                              .Bind(4, r.who)
                              .Bind(5, r.at)
                              .Run());
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<ListStepRecord>> SqliteStore::ListSteps(int64_t version_id) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT id, version_id, step, comment, who, at FROM "
                                        "emergency_list_steps WHERE version_id = ?1 ORDER BY id"));
  stmt->Bind(1, version_id);
  std::vector<ListStepRecord> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back(
        {stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4), stmt->Text(5)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddSheetConfirmation(const SheetConfirmation& c) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO emergency_sheet_confirmations(version_id, "
                                        "credit_code, confirmed_by, confirmed_at, note) "
                                        "VALUES(?1,?2,?3,?4,?5)"));
  core::Status s = stmt->Bind(1, c.version_id)
                       .Bind(2, c.credit_code)
                       .Bind(3, c.confirmed_by)
                       .Bind(4, c.confirmed_at)
                       .Bind(5, c.note)
                       .Run();
  if (s.code() == core::ErrorCode::kConflict) {
    return core::Conflict(c.credit_code + " confirmed this version already", "version");
  }
  LANTIAN_RETURN_IF_ERROR(s);
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Result<std::vector<SheetConfirmation>> SqliteStore::SheetConfirmations(int64_t version_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, version_id, credit_code, confirmed_by, confirmed_at, "
                              "note FROM emergency_sheet_confirmations WHERE version_id = ?1 "
                              "ORDER BY id"));
  stmt->Bind(1, version_id);
  std::vector<SheetConfirmation> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back(
        {stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4), stmt->Text(5)});
  }
  return out;
}

core::Status SqliteStore::PutProvinceListTable(const ProvinceListTable& t) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto del, db_->Prepare("DELETE FROM province_list_tables WHERE province = ?1 AND kind = ?2"));
  LANTIAN_RETURN_IF_ERROR(del->Bind(1, t.province).Bind(2, t.kind).Run());
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT INTO province_list_tables(province, kind, content, file, "
                             "stored_by, stored_at) VALUES(?1,?2,?3,?4,?5,?6)"));
  return ins->Bind(1, t.province)
      .Bind(2, t.kind)
      .Bind(3, t.content)
      .Bind(4, t.file)
      .Bind(5, t.stored_by)
      .Bind(6, t.stored_at)
      .Run();
}

core::Result<std::vector<ProvinceListTable>> SqliteStore::ProvinceListTables(
    std::string_view province) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT province, kind, content, file, stored_by, stored_at FROM "
                              "province_list_tables WHERE ?1 = '' OR province = ?1 "
                              "ORDER BY province, kind"));
  stmt->Bind(1, province);
  std::vector<ProvinceListTable> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back(
        {stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4), stmt->Text(5)});
  }
  return out;
}

core::Status SqliteStore::ReplaceInventory(std::string_view city_code,
                                           std::span<const InventoryRow> rows) {
  LANTIAN_ASSIGN_OR_RETURN(auto del,
                           db_->Prepare("DELETE FROM emission_inventories WHERE city_code = ?1"));
  LANTIAN_RETURN_IF_ERROR(del->Bind(1, city_code).Run());
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT INTO emission_inventories(city_code, pollutant, kg_per_day, "
                             "source) VALUES(?1,?2,?3,?4)"));
  for (const InventoryRow& r : rows) {
    ins->Reset();
    LANTIAN_RETURN_IF_ERROR(
        ins->Bind(1, city_code).Bind(2, r.pollutant).Bind(3, r.kg_per_day).Bind(4, r.source).Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<InventoryRow>> SqliteStore::Inventory(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT city_code, pollutant, kg_per_day, source FROM "
                              "emission_inventories WHERE city_code = ?1 ORDER BY pollutant"));
  stmt->Bind(1, city_code);
  std::vector<InventoryRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Int(2), stmt->Text(3)});
  }
  return out;
}

core::Status SqliteStore::RequireDurableCommits() {
  return db_->Exec("PRAGMA synchronous=FULL; PRAGMA wal_autocheckpoint=16384");
}

core::Status SqliteStore::PutMonitoringDevice(const MonitoringDevice& d) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT OR REPLACE INTO monitoring_devices(mn, credit_code, city_code, "
                   "outlet, pollutants, password_sha256, registered_by, registered_at) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  return stmt->Bind(1, d.mn)
      .Bind(2, d.credit_code)
      .Bind(3, d.city_code)
      .Bind(4, d.outlet)
      .Bind(5, d.pollutants)
      .Bind(6, d.password_sha256)
      .Bind(7, d.registered_by)
      .Bind(8, d.registered_at)
      .Run();
}

core::Result<std::vector<MonitoringDevice>> SqliteStore::MonitoringDevices() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT mn, credit_code, city_code, outlet, pollutants, "
                                        "password_sha256, registered_by, registered_at FROM "
                                        "monitoring_devices ORDER BY mn"));
  std::vector<MonitoringDevice> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Status SqliteStore::AddMonitoringBatch(const MonitoringBatch& batch) {
  if (!batch.packets.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto ins, db_->Prepare("INSERT INTO monitoring_packets(mn, cn, qn, data_time, received_at, "
                               "peer, frame) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
    for (const MonitoringPacket& p : batch.packets) {
      ins->Reset();
      LANTIAN_RETURN_IF_ERROR(ins->Bind(1, p.mn)
                                  .Bind(2, p.cn)
                                  .Bind(3, p.qn)
                                  .Bind(4, p.data_time)
                                  .Bind(5, p.received_at)
                                  .Bind(6, p.peer)
                                  .Bind(7, p.frame)
                                  .Run());
    }
  }
  if (!batch.values.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(
        auto ins,
        db_->Prepare(
            "INSERT OR REPLACE INTO monitoring_values(mn, kind, data_time, pollutant, rtd, "
            "avg, minimum, maximum, cou, zs_rtd, zs_avg, flag) "
            "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12)"));
    for (const MonitoringValue& v : batch.values) {
      ins->Reset();
      LANTIAN_RETURN_IF_ERROR(ins->Bind(1, v.mn)
                                  .Bind(2, v.kind)
                                  .Bind(3, v.data_time)
                                  .Bind(4, v.pollutant)
                                  .Bind(5, v.rtd)
                                  .Bind(6, v.avg)
                                  .Bind(7, v.minimum)
                                  .Bind(8, v.maximum)
                                  .Bind(9, v.cou)
                                  .Bind(10, v.zs_rtd)
                                  .Bind(11, v.zs_avg)
                                  .Bind(12, v.flag)
                                  .Run());
    }
  }
  if (!batch.rejections.empty()) {
    LANTIAN_ASSIGN_OR_RETURN(auto ins, db_->Prepare("INSERT INTO monitoring_rejections(at, peer, "
                                                    "mn, reason) VALUES(?1,?2,?3,?4)"));
    for (const DeviceRejection& r : batch.rejections) {
      ins->Reset();
      LANTIAN_RETURN_IF_ERROR(
          ins->Bind(1, r.at).Bind(2, r.peer).Bind(3, r.mn).Bind(4, r.reason).Run());
    }
  }
  return core::Status::Ok();
}

core::Result<std::vector<MonitoringValue>> SqliteStore::MonitoringValues(const MonitoringQuery& q) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare(
          "SELECT mn, kind, data_time, pollutant, rtd, avg, minimum, maximum, cou, zs_rtd, "
          "zs_avg, flag FROM monitoring_values WHERE mn = ?1 AND (?2 = '' OR kind = ?2) "
          "AND (?3 = '' OR data_time >= ?3) AND (?4 = '' OR data_time <= ?4) "
          "ORDER BY kind, data_time, pollutant"));
  stmt->Bind(1, q.mn).Bind(2, q.kind).Bind(3, q.from).Bind(4, q.to);
  std::vector<MonitoringValue> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3),
                   stmt->OptionalDouble(4), stmt->OptionalDouble(5), stmt->OptionalDouble(6),
                   stmt->OptionalDouble(7), stmt->OptionalDouble(8), stmt->OptionalDouble(9),
                   stmt->OptionalDouble(10), stmt->Text(11)});
  }
  return out;
}

core::Result<std::vector<MonitoringPacket>> SqliteStore::MonitoringPackets(std::string_view mn,
                                                                           int64_t after_id,
                                                                           int64_t limit) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, mn, cn, qn, data_time, received_at, peer, frame FROM "
                              "monitoring_packets WHERE mn = ?1 AND id > ?2 ORDER BY id LIMIT ?3"));
  stmt->Bind(1, mn).Bind(2, after_id).Bind(3, limit);
  std::vector<MonitoringPacket> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Result<std::vector<MonitoringPacket>> SqliteStore::MonitoringPacketsOf(std::string_view mn,
                                                                             std::string_view cn,
                                                                             std::string_view from,
                                                                             std::string_view to) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, mn, cn, qn, data_time, received_at, peer, frame FROM "
                              "monitoring_packets WHERE mn = ?1 AND cn = ?2 AND (?3 = '' OR "
                              "data_time >= ?3) AND (?4 = '' OR data_time <= ?4) ORDER BY id"));
  stmt->Bind(1, mn).Bind(2, cn).Bind(3, from).Bind(4, to);
  std::vector<MonitoringPacket> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Result<std::vector<DeviceActivity>> SqliteStore::DeviceActivities() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT p.mn, c.n, p.id, p.received_at FROM (SELECT mn, COUNT(*) AS "
                              "n, MAX(id) AS last FROM monitoring_packets GROUP BY mn) AS c JOIN "
                              "monitoring_packets AS p ON p.id = c.last ORDER BY p.mn"));
  std::vector<DeviceActivity> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Int(1), stmt->Int(2), stmt->Text(3)});
  }
  return out;
}

core::Status SqliteStore::PutOutletLimits(std::span<const OutletLimitRow> rows) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto del, db_->Prepare("DELETE FROM outlet_limits WHERE credit_code = ?1 AND outlet = ?2"));
  for (const auto& r : rows) {
    del->Reset();
    LANTIAN_RETURN_IF_ERROR(del->Bind(1, r.credit_code).Bind(2, r.outlet).Run());
  }
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT INTO outlet_limits(credit_code, outlet, pollutant, city_code, "
                             "ordinary, ultra_low, reference_o2, set_by, set_at) "
                             "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
  for (const auto& r : rows) {
    ins->Reset();
    LANTIAN_RETURN_IF_ERROR(ins->Bind(1, r.credit_code)
                                .Bind(2, r.outlet)
                                .Bind(3, r.pollutant)
                                .Bind(4, r.city_code)
                                .Bind(5, std::optional<double>(r.ordinary))
                                .Bind(6, r.ultra_low)
                                .Bind(7, r.reference_o2)
                                .Bind(8, r.set_by)
                                .Bind(9, r.set_at)
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<OutletLimitRow>> SqliteStore::OutletLimits(std::string_view credit_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT credit_code, outlet, pollutant, city_code, ordinary, "
                   "ultra_low, reference_o2, set_by, set_at FROM outlet_limits WHERE "
                   "?1 = '' OR credit_code = ?1 ORDER BY credit_code, outlet, pollutant"));
  stmt->Bind(1, credit_code);
  std::vector<OutletLimitRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3),
                   stmt->OptionalDouble(4).value_or(0), stmt->OptionalDouble(5),
                   stmt->OptionalDouble(6), stmt->Text(7), stmt->Text(8)});
  }
  return out;
}

core::Result<bool> SqliteStore::AddMonitoringFinding(const MonitoringFinding& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT OR IGNORE INTO monitoring_findings(mn, pollutant, detector, from_at, "
                   "to_at, evidence, found_at, status, reviewed_by, reviewed_at, note) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, f.mn)
                              .Bind(2, f.pollutant)
                              .Bind(3, f.detector)
                              .Bind(4, f.from_at)
                              .Bind(5, f.to_at)
                              .Bind(6, f.evidence)
                              .Bind(7, f.found_at)
                              .Bind(8, f.status)
                              .Bind(9, f.reviewed_by)
                              .Bind(10, f.reviewed_at)
                              .Bind(11, f.note)
                              .Run());
  return sqlite3_changes(db_->handle()) > 0;
}

core::Result<std::vector<MonitoringFinding>> SqliteStore::MonitoringFindings(
    std::string_view mn, std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, mn, pollutant, detector, from_at, to_at, evidence, "
                              "found_at, status, reviewed_by, reviewed_at, note FROM "
                              "monitoring_findings WHERE (?1 = '' OR mn = ?1) AND (?2 = '' OR "
                              "status = ?2) ORDER BY id"));
  stmt->Bind(1, mn).Bind(2, status);
  std::vector<MonitoringFinding> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Text(8), stmt->Text(9),
                   stmt->Text(10), stmt->Text(11)});
  }
  return out;
}

core::Status SqliteStore::ReviewMonitoringFinding(int64_t id, std::string_view status,
                                                  std::string_view by, std::string_view at,
                                                  std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE monitoring_findings SET status = ?2, reviewed_by = ?3, "
                              "reviewed_at = ?4, note = ?5 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(
      stmt->Bind(1, id).Bind(2, status).Bind(3, by).Bind(4, at).Bind(5, note).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no finding " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Result<bool> SqliteStore::AddStationFinding(const StationFindingRow& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT OR IGNORE INTO station_findings(station, city_code, from_date, to_date, "
                   "evidence, found_at, status, reviewed_by, reviewed_at, note) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, f.station)
                              .Bind(2, f.city_code)
                              .Bind(3, f.from_date)
                              .Bind(4, f.to_date)
                              .Bind(5, f.evidence)
                              .Bind(6, f.found_at)
                              .Bind(7, f.status)
                              .Bind(8, f.reviewed_by)
                              .Bind(9, f.reviewed_at)
                              .Bind(10, f.note)
                              .Run());
  return sqlite3_changes(db_->handle()) > 0;
}

core::Result<std::vector<StationFindingRow>> SqliteStore::StationFindings(std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, station, city_code, from_date, to_date, evidence, "
                              "found_at, status, reviewed_by, reviewed_at, note FROM "
                              "station_findings WHERE ?1 = '' OR status = ?1 ORDER BY id"));
  stmt->Bind(1, status);
  std::vector<StationFindingRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Text(8), stmt->Text(9),
                   stmt->Text(10)});
  }
  return out;
}

core::Status SqliteStore::ReviewStationFinding(int64_t id, std::string_view status,
                                               std::string_view by, std::string_view at,
                                               std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE station_findings SET status = ?2, reviewed_by = ?3, "
                              "reviewed_at = ?4, note = ?5 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(
      stmt->Bind(1, id).Bind(2, status).Bind(3, by).Bind(4, at).Bind(5, note).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no station finding " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Result<std::optional<int64_t>> SqliteStore::AddEnforcementTask(const EnforcementTask& t) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare(
          "INSERT OR IGNORE INTO enforcement_tasks(city_code, credit_code, kind, "
          "source_key, what, evidence, opened_by, opened_at, deadline, status, "
          "closed_by, closed_at, note) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, t.city_code)
                              .Bind(2, t.credit_code)
                              .Bind(3, t.kind)
                              .Bind(4, t.source_key)
                              .Bind(5, t.what)
                              .Bind(6, t.evidence)
                              .Bind(7, t.opened_by)
                              .Bind(8, t.opened_at)
                              .Bind(9, t.deadline)
                              .Bind(10, t.status)
                              .Bind(11, t.closed_by)
                              .Bind(12, t.closed_at)
                              .Bind(13, t.note)
                              .Run());
  if (sqlite3_changes(db_->handle()) == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{sqlite3_last_insert_rowid(db_->handle())};
}

core::Result<std::vector<EnforcementTask>> SqliteStore::EnforcementTasks(std::string_view city_code,
                                                                         std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, city_code, credit_code, kind, source_key, what, evidence, "
                   "opened_by, opened_at, deadline, status, closed_by, closed_at, note FROM "
                   "enforcement_tasks WHERE (?1 = '' OR city_code = ?1) AND (?2 = '' OR status = "
                   "?2) ORDER BY id"));
  stmt->Bind(1, city_code).Bind(2, status);
  std::vector<EnforcementTask> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Text(8), stmt->Text(9),
                   stmt->Text(10), stmt->Text(11), stmt->Text(12), stmt->Text(13)});
  }
  return out;
}

core::Status SqliteStore::CloseEnforcementTask(int64_t id, std::string_view by, std::string_view at,
                                               std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE enforcement_tasks SET status = 'closed', closed_by = ?2, "
                              "closed_at = ?3, note = ?4 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, id).Bind(2, by).Bind(3, at).Bind(4, note).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no enforcement task " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Status SqliteStore::PutTaskUnits(std::span<const ledger::TaskUnit> units) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins,
      db_->Prepare("INSERT INTO task_units(task_id, unit, parent, level, name, target, deadline, "
                   "rhythm, start_date, start_value, responsible_name, responsible_office, "
                   "assigned_by, assigned_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,"
                   "?14) ON CONFLICT (task_id, unit) DO UPDATE SET parent = excluded.parent, "
                   "level = excluded.level, name = excluded.name, target = excluded.target, "
                   "deadline = excluded.deadline, rhythm = excluded.rhythm, start_date = "
                   "excluded.start_date, start_value = excluded.start_value, responsible_name = "
                   "excluded.responsible_name, responsible_office = excluded.responsible_office, "
                   "assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at"));
  for (const auto& u : units) {
    ins->Reset();
    const auto columns = TaskUnitColumns(u);
    for (int i = 0; i < kTaskUnitColumns; ++i) ins->Bind(i + 1, columns[i]);
    LANTIAN_RETURN_IF_ERROR(ins->Run());
  }
  return core::Status::Ok();
}

core::Status SqliteStore::DeleteTaskUnits(std::string_view task_id,
                                          std::span<const std::string> units) {
  LANTIAN_ASSIGN_OR_RETURN(auto del,
                           db_->Prepare("DELETE FROM task_units WHERE task_id = ?1 AND unit = ?2"));
  for (const auto& u : units) {
    del->Reset();
    LANTIAN_RETURN_IF_ERROR(del->Bind(1, task_id).Bind(2, u).Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ledger::TaskUnit>> SqliteStore::TaskUnits(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT task_id, unit, parent, level, name, target, deadline, rhythm, "
                   "start_date, start_value, responsible_name, responsible_office, assigned_by, "
                   "assigned_at FROM task_units WHERE (?1 = '' OR task_id = ?1) ORDER BY id"));
  stmt->Bind(1, task_id);
  std::vector<ledger::TaskUnit> out;
  std::vector<std::string> columns(kTaskUnitColumns);
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    for (int i = 0; i < kTaskUnitColumns; ++i) columns[i] = stmt->Text(i);
    LANTIAN_ASSIGN_OR_RETURN(auto u, TaskUnitOfColumns(columns));
    out.push_back(std::move(u));
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddTaskReport(const TaskReport& r) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO task_reports(task_id, unit, due, value, evidence, note, "
                              "reported_by, reported_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, r.task_id)
                              .Bind(2, r.unit)
                              .Bind(3, r.due)
                              .Bind(4, r.value.ToString())
                              .Bind(5, r.evidence)
                              .Bind(6, r.note)
                              .Bind(7, r.reported_by)
                              .Bind(8, r.reported_at)
                              .Run());
  return sqlite3_last_insert_rowid(db_->handle());
}

core::Result<std::vector<TaskReport>> SqliteStore::TaskReports(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, task_id, unit, due, value, evidence, note, reported_by, "
                              "reported_at FROM task_reports WHERE (?1 = '' OR task_id = ?1) "
                              "ORDER BY id"));
  stmt->Bind(1, task_id);
  std::vector<TaskReport> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto value = core::Decimal::Parse(stmt->Text(4));
    if (!value) return core::Internal("corrupt task report " + std::to_string(stmt->Int(0)));
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), *value, stmt->Text(5),
                   stmt->Text(6), stmt->Text(7), stmt->Text(8)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddTaskEvent(const TaskEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("INSERT INTO task_events(task_id, unit, action, actor, at, "
                                        "evidence, note) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, e.task_id)
                              .Bind(2, e.unit)
                              .Bind(3, e.action)
                              .Bind(4, e.actor)
                              .Bind(5, e.at)
                              .Bind(6, e.evidence)
                              .Bind(7, e.note)
                              .Run());
  return sqlite3_last_insert_rowid(db_->handle());
}

core::Result<std::vector<TaskEvent>> SqliteStore::TaskEvents(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, task_id, unit, action, actor, at, evidence, note FROM "
                              "task_events WHERE (?1 = '' OR task_id = ?1) ORDER BY id"));
  stmt->Bind(1, task_id);
  std::vector<TaskEvent> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Result<std::optional<int64_t>> SqliteStore::AddProblem(const Problem& p) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT OR IGNORE INTO problems(city_code, district, credit_code, site, kind, "
                   "what, source, source_ref, found_by, found_at, photos, deadline, plan, status, "
                   "rebound_of, updated_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,"
                   "?14,?15,?16)"));
  const auto columns = ProblemColumns(p);
  for (int i = 0; i < kProblemColumns; ++i) stmt->Bind(i + 1, columns[i]);
  LANTIAN_RETURN_IF_ERROR(stmt->Run());
  if (sqlite3_changes(db_->handle()) == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{sqlite3_last_insert_rowid(db_->handle())};
}

core::Status SqliteStore::UpdateProblem(int64_t id, std::string_view status, std::string_view plan,
                                        std::string_view deadline, std::string_view updated_at) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE problems SET status = ?2, plan = ?3, deadline = ?4, "
                              "updated_at = ?5 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(
      stmt->Bind(1, id).Bind(2, status).Bind(3, plan).Bind(4, deadline).Bind(5, updated_at).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no problem " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Result<std::vector<Problem>> SqliteStore::Problems(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, city_code, district, credit_code, site, kind, what, source, "
                   "source_ref, found_by, found_at, photos, deadline, plan, status, rebound_of, "
                   "updated_at FROM problems WHERE (?1 = '' OR city_code = ?1) ORDER BY id"));
  stmt->Bind(1, city_code);
  std::vector<Problem> out;
  std::vector<std::string> columns(kProblemColumns);
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    for (int i = 0; i < kProblemColumns; ++i) columns[i] = stmt->Text(i + 1);
    LANTIAN_ASSIGN_OR_RETURN(auto p, ProblemOfColumns(stmt->Int(0), columns));
    out.push_back(std::move(p));
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddProblemEvent(const ProblemEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO problem_events(problem_id, action, actor, at, status, "
                              "evidence, note) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, e.problem_id)
                              .Bind(2, e.action)
                              .Bind(3, e.actor)
                              .Bind(4, e.at)
                              .Bind(5, e.status)
                              .Bind(6, e.evidence)
                              .Bind(7, e.note)
                              .Run());
  return sqlite3_last_insert_rowid(db_->handle());
}

core::Result<std::vector<ProblemEvent>> SqliteStore::ProblemEvents(int64_t problem_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, problem_id, action, actor, at, status, evidence, note "
                              "FROM problem_events WHERE (?1 = 0 OR problem_id = ?1) ORDER BY id"));
  stmt->Bind(1, problem_id);
  std::vector<ProblemEvent> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddWorkshop(const Workshop& w) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT INTO workshops(city_code, district, township, name, address, lat, "
                   "lon, industry, what, source, source_ref, found_by, found_at, photos, "
                   "deadline, status, rebound_of, updated_at) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18)"));
  const auto columns = WorkshopColumns(w);
  for (int i = 0; i < kWorkshopColumns; ++i) stmt->Bind(i + 1, columns[i]);
  LANTIAN_RETURN_IF_ERROR(stmt->Run());
  return sqlite3_last_insert_rowid(db_->handle());
}

core::Status SqliteStore::UpdateWorkshop(int64_t id, std::string_view status,
                                         std::string_view deadline, std::string_view updated_at) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE workshops SET status = ?2, deadline = ?3, updated_at = ?4 "
                              "WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(
      stmt->Bind(1, id).Bind(2, status).Bind(3, deadline).Bind(4, updated_at).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no workshop " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Result<std::vector<Workshop>> SqliteStore::Workshops(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, city_code, district, township, name, address, lat, lon, industry, "
                   "what, source, source_ref, found_by, found_at, photos, deadline, status, "
                   "rebound_of, updated_at FROM workshops WHERE (?1 = '' OR city_code = ?1) "
                   "ORDER BY id"));
  stmt->Bind(1, city_code);
  std::vector<Workshop> out;
  std::vector<std::string> columns(kWorkshopColumns);
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    for (int i = 0; i < kWorkshopColumns; ++i) columns[i] = stmt->Text(i + 1);
    LANTIAN_ASSIGN_OR_RETURN(auto w, WorkshopOfColumns(stmt->Int(0), columns));
    out.push_back(std::move(w));
  }
  return out;
}

core::Result<int64_t> SqliteStore::AddWorkshopEvent(const WorkshopEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO workshop_events(workshop_id, action, actor, at, status, "
                              "evidence, note) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, e.workshop_id)
                              .Bind(2, e.action)
                              .Bind(3, e.actor)
                              .Bind(4, e.at)
                              .Bind(5, e.status)
                              .Bind(6, e.evidence)
                              .Bind(7, e.note)
                              .Run());
  return sqlite3_last_insert_rowid(db_->handle());
}

core::Result<std::vector<WorkshopEvent>> SqliteStore::WorkshopEvents(int64_t workshop_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, workshop_id, action, actor, at, status, evidence, note FROM "
                   "workshop_events WHERE (?1 = 0 OR workshop_id = ?1) ORDER BY id"));
  stmt->Bind(1, workshop_id);
  std::vector<WorkshopEvent> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Int(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Status SqliteStore::PutPowerAccounts(std::span<const PowerAccount> accounts) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT OR REPLACE INTO power_accounts(account, city_code, district, "
                             "customer, address, lat, lon, tariff, capacity_kva, registered_by, "
                             "registered_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"));
  for (const auto& a : accounts) {
    ins->Reset();
    const auto columns = PowerAccountColumns(a);
    for (int i = 0; i < kPowerAccountColumns; ++i) ins->Bind(i + 1, columns[i]);
    LANTIAN_RETURN_IF_ERROR(ins->Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<PowerAccount>> SqliteStore::PowerAccounts(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT account, city_code, district, customer, address, lat, lon, tariff, "
                   "capacity_kva, registered_by, registered_at FROM power_accounts WHERE (?1 = "
                   "'' OR city_code = ?1) ORDER BY account"));
  stmt->Bind(1, city_code);
  std::vector<PowerAccount> out;
  std::vector<std::string> columns(kPowerAccountColumns);
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    for (int i = 0; i < kPowerAccountColumns; ++i) columns[i] = stmt->Text(i);
    LANTIAN_ASSIGN_OR_RETURN(auto a, PowerAccountOfColumns(columns));
    out.push_back(std::move(a));
  }
  return out;
}

core::Status SqliteStore::PutNetworkSites(std::span<const NetworkSiteRow> sites) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins,
      db_->Prepare("INSERT OR REPLACE INTO network_sites(code, kind, city_code, county, name, "
                   "setting, serves, lat, lon, connected, since, registered_by, registered_at) "
                   "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13)"));
  for (const auto& s : sites) {
    ins->Reset();
    const std::vector<std::string> columns{
        s.code, s.kind, s.city_code, s.county, s.name,          s.setting,      s.serves,
        s.lat,  s.lon,  s.connected, s.since,  s.registered_by, s.registered_at};
    for (size_t i = 0; i < columns.size(); ++i) ins->Bind(static_cast<int>(i) + 1, columns[i]);
    LANTIAN_RETURN_IF_ERROR(ins->Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<NetworkSiteRow>> SqliteStore::NetworkSites(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT code, kind, city_code, county, name, setting, serves, lat, lon, "
                   "connected, since, registered_by, registered_at FROM network_sites WHERE (?1 "
                   "= '' OR city_code = ?1) ORDER BY city_code, kind, code"));
  stmt->Bind(1, city_code);
  std::vector<NetworkSiteRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7), stmt->Text(8), stmt->Text(9),
                   stmt->Text(10), stmt->Text(11), stmt->Text(12)});
  }
  return out;
}

core::Status SqliteStore::PutSourceOutlets(std::span<const SourceOutletRow> outlets) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins,
      db_->Prepare("INSERT OR REPLACE INTO source_outlets(credit_code, outlet, city_code, name, "
                   "height_m, registered_by, registered_at) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  for (const auto& o : outlets) {
    ins->Reset();
    const std::vector<std::string> columns{o.credit_code, o.outlet,        o.city_code,    o.name,
                                           o.height_m,    o.registered_by, o.registered_at};
    for (size_t i = 0; i < columns.size(); ++i) ins->Bind(static_cast<int>(i) + 1, columns[i]);
    LANTIAN_RETURN_IF_ERROR(ins->Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<SourceOutletRow>> SqliteStore::SourceOutlets(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT credit_code, outlet, city_code, name, height_m, registered_by, "
                   "registered_at FROM source_outlets WHERE (?1 = '' OR city_code = ?1) ORDER BY "
                   "city_code, credit_code, outlet"));
  stmt->Bind(1, city_code);
  std::vector<SourceOutletRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6)});
  }
  return out;
}

core::Status SqliteStore::ReplaceBoundaries(std::span<const BoundaryRow> areas) {
  LANTIAN_RETURN_IF_ERROR(db_->Exec("DELETE FROM boundaries"));
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT INTO boundaries(code, name, level, parent, city_code, "
                             "responsible, geometry) VALUES(?1,?2,?3,?4,?5,?6,?7)"));
  for (const auto& a : areas) {
    ins->Reset();
    LANTIAN_RETURN_IF_ERROR(ins->Bind(1, a.code)
                                .Bind(2, a.name)
                                .Bind(3, a.level)
                                .Bind(4, a.parent)
                                .Bind(5, a.city_code)
                                .Bind(6, a.responsible)
                                .Bind(7, a.geometry)
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<BoundaryRow>> SqliteStore::Boundaries() {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT code, name, level, parent, city_code, responsible, geometry "
                              "FROM boundaries ORDER BY code"));
  std::vector<BoundaryRow> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6)});
  }
  return out;
}

core::Result<std::optional<int64_t>> SqliteStore::AddFirePoint(const FirePoint& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT OR IGNORE INTO fire_points(source, observed_at, lat, lon, confidence, "
                   "city_code, district, township, method, grid, status, response, responded_by, "
                   "responded_at, note, imported_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,"
                   "?12,?13,?14,?15,?16)"));
  LANTIAN_RETURN_IF_ERROR(stmt->Bind(1, f.source)
                              .Bind(2, f.observed_at)
                              .Bind(3, std::optional<double>(f.lat))
                              .Bind(4, std::optional<double>(f.lon))
                              .Bind(5, f.confidence)
                              .Bind(6, f.city_code)
                              .Bind(7, f.district)
                              .Bind(8, f.township)
                              .Bind(9, f.method)
                              .Bind(10, f.grid)
                              .Bind(11, f.status)
                              .Bind(12, f.response)
                              .Bind(13, f.responded_by)
                              .Bind(14, f.responded_at)
                              .Bind(15, f.note)
                              .Bind(16, f.imported_at)
                              .Run());
  if (sqlite3_changes(db_->handle()) == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{sqlite3_last_insert_rowid(db_->handle())};
}

core::Result<std::vector<FirePoint>> SqliteStore::FirePoints(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT id, source, observed_at, lat, lon, confidence, city_code, district, "
                   "township, method, grid, status, response, responded_by, responded_at, note, "
                   "imported_at FROM fire_points WHERE (?1 = '' OR city_code = ?1) ORDER BY "
                   "observed_at, id"));
  stmt->Bind(1, city_code);
  std::vector<FirePoint> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->OptionalDouble(3).value_or(0),
                   stmt->OptionalDouble(4).value_or(0), stmt->Text(5), stmt->Text(6), stmt->Text(7),
                   stmt->Text(8), stmt->Text(9), stmt->Text(10), stmt->Text(11), stmt->Text(12),
                   stmt->Text(13), stmt->Text(14), stmt->Text(15), stmt->Text(16)});
  }
  return out;
}

core::Status SqliteStore::RespondFirePoint(int64_t id, std::string_view response,
                                           std::string_view by, std::string_view at,
                                           std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("UPDATE fire_points SET status = 'responded', response = ?2, "
                              "responded_by = ?3, responded_at = ?4, note = ?5 WHERE id = ?1"));
  LANTIAN_RETURN_IF_ERROR(
      stmt->Bind(1, id).Bind(2, response).Bind(3, by).Bind(4, at).Bind(5, note).Run());
  if (sqlite3_changes(db_->handle()) == 0) {
    return core::NotFound("no fire point " + std::to_string(id), "id");
  }
  return core::Status::Ok();
}

core::Status SqliteStore::PutElectricityMeters(std::span<const ElectricityMeter> meters) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto ins, db_->Prepare("INSERT OR REPLACE INTO electricity_meters(meter, credit_code, "
                             "city_code, line, kind, facility, registered_by, registered_at) "
                             "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  for (const auto& m : meters) {
    ins->Reset();
    LANTIAN_RETURN_IF_ERROR(ins->Bind(1, m.meter)
                                .Bind(2, m.credit_code)
                                .Bind(3, m.city_code)
                                .Bind(4, m.line)
                                .Bind(5, m.kind)
                                .Bind(6, m.facility)
                                .Bind(7, m.registered_by)
                                .Bind(8, m.registered_at)
                                .Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ElectricityMeter>> SqliteStore::ElectricityMeters(
    std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT meter, credit_code, city_code, line, kind, facility, "
                              "registered_by, registered_at FROM electricity_meters WHERE ?1 = '' "
                              "OR city_code = ?1 ORDER BY meter"));
  stmt->Bind(1, city_code);
  std::vector<ElectricityMeter> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4),
                   stmt->Text(5), stmt->Text(6), stmt->Text(7)});
  }
  return out;
}

core::Status SqliteStore::PutElectricityReadings(std::span<const ElectricityReading> readings) {
  LANTIAN_ASSIGN_OR_RETURN(auto ins, db_->Prepare("INSERT OR REPLACE INTO electricity_readings("
                                                  "meter, at, kw) VALUES(?1,?2,?3)"));
  for (const auto& r : readings) {
    ins->Reset();
    LANTIAN_RETURN_IF_ERROR(
        ins->Bind(1, r.meter).Bind(2, r.at).Bind(3, std::optional<double>(r.kw)).Run());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ElectricityReading>> SqliteStore::ElectricityReadings(
    std::string_view meter, std::string_view from, std::string_view to) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT meter, at, kw FROM electricity_readings WHERE meter = ?1 AND "
                              "(?2 = '' OR at >= ?2) AND (?3 = '' OR at <= ?3) ORDER BY at"));
  stmt->Bind(1, meter).Bind(2, from).Bind(3, to);
  std::vector<ElectricityReading> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Text(0), stmt->Text(1), stmt->OptionalDouble(2).value_or(0)});
  }
  return out;
}

core::Result<std::vector<DeviceRejection>> SqliteStore::DeviceRejections(int64_t limit) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("SELECT id, at, peer, mn, reason FROM monitoring_rejections "
                              "ORDER BY id DESC LIMIT ?1"));
  stmt->Bind(1, limit);
  std::vector<DeviceRejection> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), stmt->Text(3), stmt->Text(4)});
  }
  return out;
}

namespace {

constexpr const char* kUserColumns =
    "SELECT id, username, display_name, role, scope, password_hash, disabled, created_at, "
    "updated_at FROM users";

constexpr const char* kAuditColumns =
    "SELECT id, at, actor, action, object_type, object_id, before_value, after_value, prev_hash, "
    "hash FROM audit_log";

audit::Entry AuditFromRow(const Statement& s) {
  return {s.Int(0),  s.Text(1), s.Text(2), s.Text(3), s.Text(4),
          s.Text(5), s.Text(6), s.Text(7), s.Text(8), s.Text(9)};
}

}  // namespace

core::Result<std::vector<User>> SqliteStore::QueryUsers(const std::string& where,
                                                        const std::string& arg) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare(std::string(kUserColumns) + where));
  if (!arg.empty()) stmt->Bind(1, arg);
  std::vector<User> out;
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    auto role = auth::ParseRole(stmt->Text(3));
    if (!role) return core::Internal("user " + stmt->Text(1) + " has an unknown role");
    out.push_back({stmt->Int(0), stmt->Text(1), stmt->Text(2), *role, stmt->Text(4), stmt->Text(5),
                   stmt->Int(6) != 0, stmt->Text(7), stmt->Text(8)});
  }
  return out;
}

core::Result<int64_t> SqliteStore::InsertUser(const User& u) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("INSERT INTO users(username, display_name, role, scope, password_hash, "
                   "disabled, created_at, updated_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)"));
  core::Status s = stmt->Bind(1, u.username)
                       .Bind(2, u.display_name)
                       .Bind(3, auth::RoleName(u.role))
                       .Bind(4, u.scope)
                       .Bind(5, u.password_hash)
                       .Bind(6, int64_t{u.disabled})
                       .Bind(7, u.created_at)
                       .Bind(8, u.updated_at)
                       .Run();
  if (s.code() == core::ErrorCode::kConflict) {
    return core::Conflict("user " + u.username + " exists already", "username");
  }
  LANTIAN_RETURN_IF_ERROR(s);
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_->handle()));
}

core::Status SqliteStore::UpdateUser(const User& u) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("UPDATE users SET display_name=?2, role=?3, scope=?4, password_hash=?5, "
                   "disabled=?6, updated_at=?7 WHERE id=?1"));
  return stmt->Bind(1, u.id)
      .Bind(2, u.display_name)
      .Bind(3, auth::RoleName(u.role))
      .Bind(4, u.scope)
      .Bind(5, u.password_hash)
      .Bind(6, int64_t{u.disabled})
      .Bind(7, u.updated_at)
      .Run();
}

core::Result<std::optional<User>> SqliteStore::FindUser(std::string_view username) {
  LANTIAN_ASSIGN_OR_RETURN(auto users, QueryUsers(" WHERE username = ?1", std::string(username)));
  if (users.empty()) return std::optional<User>();
  return std::optional<User>(std::move(users.front()));
}

core::Result<std::optional<User>> SqliteStore::UserById(int64_t id) {
  LANTIAN_ASSIGN_OR_RETURN(auto users, QueryUsers(" WHERE id = " + std::to_string(id), ""));
  if (users.empty()) return std::optional<User>();
  return std::optional<User>(std::move(users.front()));
}

core::Result<std::vector<User>> SqliteStore::Users() {
  return QueryUsers(" ORDER BY username", "");
}

core::Status SqliteStore::InsertSession(const Session& s) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO sessions(token_hash, user_id, kind, csrf_token, "
                              "created_at, expires_at) VALUES(?1,?2,?3,?4,?5,?6)"));
  return stmt->Bind(1, s.token_hash)
      .Bind(2, s.user_id)
      .Bind(3, s.kind)
      .Bind(4, s.csrf_token)
      .Bind(5, s.created_at)
      .Bind(6, s.expires_at)
      .Run();
}

core::Result<std::optional<Session>> SqliteStore::FindSession(std::string_view token_hash) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("SELECT token_hash, user_id, kind, csrf_token, created_at, "
                                        "expires_at FROM sessions WHERE token_hash = ?1"));
  stmt->Bind(1, token_hash);
  LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<Session>();
  return std::optional<Session>(Session{stmt->Text(0), stmt->Int(1), stmt->Text(2), stmt->Text(3),
                                        stmt->Text(4), stmt->Text(5)});
}

core::Status SqliteStore::DeleteSession(std::string_view token_hash) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("DELETE FROM sessions WHERE token_hash = ?1"));
  return stmt->Bind(1, token_hash).Run();
}

core::Status SqliteStore::DeleteSessionsOfUser(int64_t user_id) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare("DELETE FROM sessions WHERE user_id = ?1"));
  return stmt->Bind(1, user_id).Run();
}

core::Status SqliteStore::Expire(std::string_view now, std::string_view failures_before) {
  LANTIAN_ASSIGN_OR_RETURN(auto sessions,
                           db_->Prepare("DELETE FROM sessions WHERE expires_at < ?1"));
  LANTIAN_RETURN_IF_ERROR(sessions->Bind(1, now).Run());
  LANTIAN_ASSIGN_OR_RETURN(auto failures, db_->Prepare("DELETE FROM login_failures WHERE at < ?1"));
  return failures->Bind(1, failures_before).Run();
}

core::Status SqliteStore::RecordLoginFailure(std::string_view key, std::string_view at) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt, db_->Prepare("INSERT INTO login_failures(failure_key, at) VALUES(?1,?2)"));
  return stmt->Bind(1, key).Bind(2, at).Run();
}

core::Result<int64_t> SqliteStore::CountLoginFailures(std::string_view key,
                                                      std::string_view since) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare("SELECT count(*) FROM login_failures WHERE failure_key = ?1 AND at >= ?2"));
  stmt->Bind(1, key).Bind(2, since);
  LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
  return row ? stmt->Int(0) : int64_t{0};
}

core::Status SqliteStore::ClearLoginFailures(std::string_view key) {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare("DELETE FROM login_failures WHERE failure_key = ?1"));
  return stmt->Bind(1, key).Run();
}

// SQLite transactions begin IMMEDIATE: the write lock is held already.
core::Status SqliteStore::LockAuditTrail() { return core::Status::Ok(); }

core::Result<std::optional<audit::Entry>> SqliteStore::LastAuditEntry() {
  LANTIAN_ASSIGN_OR_RETURN(auto stmt,
                           db_->Prepare(std::string(kAuditColumns) + " ORDER BY id DESC LIMIT 1"));
  LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
  if (!row) return std::optional<audit::Entry>();
  return std::optional<audit::Entry>(AuditFromRow(*stmt));
}

core::Status SqliteStore::AppendAuditEntry(const audit::Entry& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      auto stmt,
      db_->Prepare(
          "INSERT INTO audit_log(id, at, actor, action, object_type, object_id, "
          "before_value, after_value, prev_hash, hash) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)"));
  return stmt->Bind(1, e.id)
      .Bind(2, e.at)
      .Bind(3, e.actor)
      .Bind(4, e.action)
      .Bind(5, e.object_type)
      .Bind(6, e.object_id)
      .Bind(7, e.before)
      .Bind(8, e.after)
      .Bind(9, e.prev_hash)
      .Bind(10, e.hash)
      .Run();
}

core::Status SqliteStore::ScanAudit(const AuditFilter& f, const AuditVisitor& visit) {
  std::string sql = std::string(kAuditColumns) + " WHERE 1=1";
  std::vector<std::string> args;
  auto add = [&](const std::optional<std::string>& v, const std::string& clause) {
    if (!v) return;
    args.push_back(*v);
    sql += " AND " + clause + "?" + std::to_string(args.size());
  };
  if (f.actor) {
    args.push_back(*f.actor);
    sql += " AND instr(actor, ?" + std::to_string(args.size()) + ") > 0";
  }
  add(f.object_type, "object_type = ");
  add(f.object_id, "object_id = ");
  add(f.from, "at >= ");
  add(f.to, "at <= ");
  sql += " ORDER BY id";
  LANTIAN_ASSIGN_OR_RETURN(auto stmt, db_->Prepare(sql));
  for (size_t i = 0; i < args.size(); ++i) stmt->Bind(static_cast<int>(i) + 1, args[i]);
  for (;;) {
    LANTIAN_ASSIGN_OR_RETURN(bool row, stmt->Step());
    if (!row) break;
    LANTIAN_RETURN_IF_ERROR(visit(AuditFromRow(*stmt)));
  }
  return core::Status::Ok();
}

}  // namespace lantian::storage::sqlite
