#include "storage/postgres/pg_store.hpp"

#include <cstdio>
#include <map>
#include <tuple>

#include "storage/migrations.hpp"
#include "storage/site_day_codec.hpp"

namespace lantian::storage::postgres {
namespace {

constexpr int64_t kMigrationLock = 727001;  // advisory lock key: one migrator at a time
constexpr int64_t kSiteLockSpace = 727002;  // advisory lock keys of site merges

core::Status DecodeDay(std::string_view measured, std::string_view published, aq::SiteDay& day) {
  LANTIAN_RETURN_IF_ERROR(DecodeSeries(measured, day.measured));
  return DecodeSeries(published, day.published);
}

std::string Placeholders(size_t n, int first) {
  std::string s;
  for (size_t i = 0; i < n; ++i)
    s += (i ? ",$" : "$") + std::to_string(first + static_cast<int>(i));
  return s;
}

constexpr const char* kUserColumns =
    "SELECT id, username, display_name, role, scope, password_hash, disabled, created_at, "
    "updated_at "
    "FROM users";
constexpr const char* kAuditColumns =
    "SELECT id, at, actor, action, object_type, object_id, before_value, after_value, prev_hash, "
    "hash "
    "FROM audit_log";

audit::Entry AuditFromRow(const Result& r, int i) {
  return {r.Int(i, 0),  r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
          r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9)};
}

}  // namespace

core::Result<std::unique_ptr<PgStore>> PgStore::Open(const std::string& conninfo) {
  LANTIAN_ASSIGN_OR_RETURN(auto conn, Connection::Open(conninfo));
  return std::unique_ptr<PgStore>(new PgStore(std::move(conn)));
}

core::Status PgStore::Migrate() {
  return InTransaction(*this, [&]() -> core::Status {
    LANTIAN_RETURN_IF_ERROR(
        conn_->Query("SELECT pg_advisory_xact_lock($1)", Params().Int(kMigrationLock)).status());
    LANTIAN_RETURN_IF_ERROR(
        conn_->Exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "name TEXT NOT NULL, "
                    "applied_at TEXT NOT NULL DEFAULT to_char(now(), 'YYYY-MM-DD HH24:MI:SS'))"));
    LANTIAN_ASSIGN_OR_RETURN(int current, SchemaVersion());
    for (const Migration& m : Migrations()) {
      if (m.version <= current) continue;
      LANTIAN_RETURN_IF_ERROR(conn_->Exec(RenderSql(m.sql, Dialect::kPostgres)));
      LANTIAN_RETURN_IF_ERROR(
          conn_
              ->Query("INSERT INTO schema_migrations(version, name) VALUES($1, $2)",
                      Params().Int(m.version).Text(m.name))
              .status());
    }
    return core::Status::Ok();
  });
}

core::Result<int> PgStore::SchemaVersion() {
  LANTIAN_ASSIGN_OR_RETURN(Result exists,
                           conn_->Query("SELECT to_regclass('schema_migrations') IS NOT NULL"));
  if (exists.Text(0, 0) != "t") return 0;
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("SELECT coalesce(max(version), 0) FROM schema_migrations"));
  return static_cast<int>(r.Int(0, 0));
}

core::Status PgStore::Begin() {
  LANTIAN_RETURN_IF_ERROR(conn_->Exec("BEGIN"));
  in_transaction_ = true;
  return core::Status::Ok();
}

core::Status PgStore::Commit() {
  in_transaction_ = false;
  return conn_->Exec("COMMIT");
}

core::Status PgStore::Rollback() {
  in_transaction_ = false;
  station_ids_.reset();
  return conn_->Exec("ROLLBACK");
}

core::Status PgStore::ReplaceUnits(std::span<const campaign::Unit> units) {
  LANTIAN_RETURN_IF_ERROR(conn_->Exec("DELETE FROM units"));
  for (const auto& u : units) {
    LANTIAN_RETURN_IF_ERROR(conn_
                                ->Query("INSERT INTO units(code, name_zh, name_en, province_zh, "
                                        "region, kind, lat, lon, note) "
                                        "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                                        Params()
                                            .Text(u.code)
                                            .Text(u.name_zh)
                                            .Text(u.name_en)
                                            .Text(u.province_zh)
                                            .Text(campaign::RegionCode(u.region))
                                            .Text(u.kind)
                                            .Double(u.lat)
                                            .Double(u.lon)
                                            .Text(u.note))
                                .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::Unit>> PgStore::Units() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT code, name_zh, name_en, province_zh, region, kind, lat, "
                             "lon, note FROM units ORDER BY code"));
  std::vector<campaign::Unit> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto region = campaign::ParseRegion(r.Text(i, 4));
    if (!region) return core::Internal("stored unit " + r.Text(i, 0) + " has an unknown region");
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), *region, r.Text(i, 5),
                   r.OptionalDouble(i, 6), r.OptionalDouble(i, 7), r.Text(i, 8)});
  }
  return out;
}

core::Status PgStore::ReplaceRegionalTargets(std::span<const campaign::RegionalTarget> targets) {
  LANTIAN_RETURN_IF_ERROR(conn_->Exec("DELETE FROM regional_targets"));
  for (const auto& t : targets) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO regional_targets(region, period, first_day, last_day, "
                    "pm25_mean_max, heavy_days_city_avg_max) VALUES($1,$2,$3,$4,$5,$6)",
                    Params()
                        .Text(campaign::RegionCode(t.region))
                        .Text(t.period)
                        .Text(core::FormatIsoDate(t.dates.first))
                        .Text(core::FormatIsoDate(t.dates.last))
                        .Text(t.pm25_mean_max.ToString())
                        .Text(t.heavy_days_city_avg_max.ToString()))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::RegionalTarget>> PgStore::RegionalTargets() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT region, period, first_day, last_day, pm25_mean_max, "
                             "heavy_days_city_avg_max FROM regional_targets ORDER BY period, "
                             "region"));
  std::vector<campaign::RegionalTarget> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto region = campaign::ParseRegion(r.Text(i, 0));
    auto first = core::ParseIsoDate(r.Text(i, 2));
    auto last = core::ParseIsoDate(r.Text(i, 3));
    auto pm = core::Decimal::Parse(r.Text(i, 4));
    auto heavy = core::Decimal::Parse(r.Text(i, 5));
    if (!region || !first || !last || !pm || !heavy)
      return core::Internal("corrupt regional target");
    out.push_back({*region, r.Text(i, 1), {*first, *last}, *pm, *heavy});
  }
  return out;
}

core::Status PgStore::ReplaceKeyTasks(std::span<const ledger::KeyTask> tasks) {
  LANTIAN_RETURN_IF_ERROR(conn_->Exec("DELETE FROM key_tasks"));
  for (const auto& t : tasks) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO key_tasks(id, section, task_zh, metric, unit, scope, target, "
                    "deadline, comparison) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                    Params()
                        .Text(t.id)
                        .Text(t.section)
                        .Text(t.task_zh)
                        .Text(t.metric)
                        .Text(t.unit)
                        .Text(t.scope)
                        .Text(t.target.ToString())
                        .Text(t.deadline)
                        .Text(ledger::ComparisonSymbol(t.comparison)))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ledger::KeyTask>> PgStore::KeyTasks() {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("SELECT id, section, task_zh, metric, unit, scope, target, "
                                        "deadline, comparison FROM key_tasks ORDER BY id"));
  std::vector<ledger::KeyTask> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto target = core::Decimal::Parse(r.Text(i, 6));
    auto cmp = ledger::ParseComparison(r.Text(i, 8));
    if (!target || !cmp) return core::Internal("corrupt key task " + r.Text(i, 0));
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), *target, r.Text(i, 7), *cmp});
  }
  return out;
}

core::Status PgStore::UpsertStations(std::span<const aq::Station> stations) {
  for (const auto& s : stations) {
    Params p;
    p.Text(s.code).Text(s.name).Text(s.city_code).Double(s.lat).Double(s.lon).Int(s.background);
    if (s.retired_on) {
      p.Text(core::FormatIsoDate(*s.retired_on));
    } else {
      p.Null();
    }
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query(
                "INSERT INTO stations(code, name, city_code, lat, lon, background, retired_on) "
                "VALUES($1,$2,$3,$4,$5,$6,$7) ON CONFLICT(code) DO UPDATE SET name=excluded.name, "
                "city_code=excluded.city_code, lat=excluded.lat, lon=excluded.lon, "
                "background=excluded.background, retired_on=excluded.retired_on",
                p)
            .status());
  }
  station_ids_.reset();
  return core::Status::Ok();
}

core::Result<std::vector<aq::Station>> PgStore::Stations() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT code, name, city_code, lat, lon, background, retired_on "
                             "FROM stations ORDER BY code"));
  std::vector<aq::Station> out;
  for (int i = 0; i < r.rows(); ++i) {
    aq::Station s{r.Text(i, 0),           r.Text(i, 1),     r.Text(i, 2), r.OptionalDouble(i, 3),
                  r.OptionalDouble(i, 4), r.Int(i, 5) != 0, std::nullopt};
    if (!r.IsNull(i, 6)) {
      auto d = core::ParseIsoDate(r.Text(i, 6));
      if (!d) return core::Internal("corrupt retirement date of station " + s.code);
      s.retired_on = *d;
    }
    out.push_back(std::move(s));
  }
  return out;
}

core::Result<int64_t> PgStore::AddSource(const Source& s) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query(
          "INSERT INTO sources(kind, name, synthetic, created_at, detail) "
          "VALUES($1,$2,$3,$4,$5) RETURNING id",
          Params().Text(s.kind).Text(s.name).Int(s.synthetic).Text(s.created_at).Text(s.detail)));
  return r.Int(0, 0);
}

core::Result<std::vector<Source>> PgStore::Sources() {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("SELECT id, kind, name, synthetic, created_at, detail FROM "
                                        "sources ORDER BY id"));
  std::vector<Source> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back(
        {r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Int(i, 3) != 0, r.Text(i, 4), r.Text(i, 5)});
  }
  return out;
}

core::Status PgStore::RecordImport(const ImportRecord& i) {
  return conn_
      ->Query(
          "INSERT INTO imports(source_id, file, kind, imported_at, values_added, values_replaced, "
          "values_unchanged, values_rejected) VALUES($1,$2,$3,$4,$5,$6,$7,$8)",
          Params()
              .Int(i.source_id)
              .Text(i.file)
              .Text(i.kind)
              .Text(i.imported_at)
              .Int(i.values_added)
              .Int(i.values_replaced)
              .Int(i.values_unchanged)
              .Int(i.values_rejected))
      .status();
}

core::Result<std::vector<ImportRecord>> PgStore::Imports() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, source_id, file, kind, imported_at, values_added, "
                             "values_replaced, values_unchanged, values_rejected FROM imports "
                             "ORDER BY id"));
  std::vector<ImportRecord> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Int(i, 5),
                   r.Int(i, 6), r.Int(i, 7), r.Int(i, 8)});
  }
  return out;
}

core::Result<const std::map<std::string, int64_t, std::less<>>*> PgStore::StationIds() {
  if (!station_ids_) {
    LANTIAN_ASSIGN_OR_RETURN(Result r, conn_->Query("SELECT code, id FROM stations"));
    std::map<std::string, int64_t, std::less<>> ids;
    for (int i = 0; i < r.rows(); ++i) ids.emplace(r.Text(i, 0), r.Int(i, 1));
    station_ids_ = std::move(ids);
  }
  return &*station_ids_;
}

core::Result<std::optional<aq::SiteDay>> PgStore::ReadSiteDay(SiteLevel level, std::string_view id,
                                                              core::Date date) {
  std::string sql;
  Params p;
  int64_t lock_key = 0;
  if (level == SiteLevel::kStation) {
    LANTIAN_ASSIGN_OR_RETURN(auto ids, StationIds());
    auto it = ids->find(id);
    if (it == ids->end())
      return core::NotFound("station " + std::string(id) + " is not in the registry");
    sql = "SELECT measured, published FROM station_days WHERE station_id = $1 AND day = $2";
    p.Int(it->second);
    lock_key = it->second;
  } else {
    sql = "SELECT measured, published FROM city_days WHERE city_code = $1 AND day = $2";
    p.Text(id);
    lock_key = -std::stoll(std::string(id));
  }
  p.Int(date.days);
  if (in_transaction_) {
    // Inside a transaction the read is the start of a merge: hold the site until commit.
    LANTIAN_RETURN_IF_ERROR(conn_
                                ->Query("SELECT pg_advisory_xact_lock($1, $2)",
                                        Params().Int(kSiteLockSpace).Int(lock_key))
                                .status());
  }
  LANTIAN_ASSIGN_OR_RETURN(Result r, conn_->Query(sql, p, true));
  if (r.rows() == 0) return std::optional<aq::SiteDay>();
  aq::SiteDay day;
  day.date = date;
  LANTIAN_RETURN_IF_ERROR(DecodeDay(r.Bytes(0, 0), r.Bytes(0, 1), day));
  return std::optional<aq::SiteDay>(std::move(day));
}

core::Status PgStore::WriteSiteDay(SiteLevel level, std::string_view id, const aq::SiteDay& day,
                                   int64_t source_id) {
  Params p;
  std::string sql;
  if (level == SiteLevel::kStation) {
    LANTIAN_ASSIGN_OR_RETURN(auto ids, StationIds());
    auto it = ids->find(id);
    if (it == ids->end())
      return core::NotFound("station " + std::string(id) + " is not in the registry");
    p.Int(it->second);
    sql =
        "INSERT INTO station_days(station_id, day, measured, published, source_id) "
        "VALUES($1,$2,$3,$4,$5) "
        "ON CONFLICT(station_id, day) DO UPDATE SET measured=excluded.measured, "
        "published=excluded.published, source_id=excluded.source_id";
  } else {
    p.Text(id);
    sql =
        "INSERT INTO city_days(city_code, day, measured, published, source_id) "
        "VALUES($1,$2,$3,$4,$5) "
        "ON CONFLICT(city_code, day) DO UPDATE SET measured=excluded.measured, "
        "published=excluded.published, source_id=excluded.source_id";
  }
  p.Int(day.date.days)
      .Binary(EncodeSeries(day.measured))
      .Binary(EncodeSeries(day.published))
      .Int(source_id);
  return conn_->Query(sql, p).status();
}

core::Status PgStore::ScanSiteDays(SiteLevel level, std::span<const std::string> ids,
                                   core::Period period, const SiteDayVisitor& visit,
                                   bool measured_only) {
  Params p;
  p.Int(period.first.days).Int(period.last.days);
  std::string sql;
  if (level == SiteLevel::kStation) {
    sql =
        std::string("SELECT s.code, d.day, d.measured, ") +
        (measured_only ? "NULL::bytea" : "d.published") +
        " FROM station_days d JOIN stations s ON s.id = d.station_id WHERE d.day BETWEEN $1 AND $2";
    if (!ids.empty()) {
      LANTIAN_ASSIGN_OR_RETURN(auto known, StationIds());
      std::vector<int64_t> keys;
      for (const auto& code : ids) {
        auto it = known->find(code);
        if (it != known->end()) keys.push_back(it->second);
      }
      if (keys.empty()) return core::Status::Ok();
      sql += " AND d.station_id IN (" + Placeholders(keys.size(), 3) + ")";
      for (int64_t k : keys) p.Int(k);
    }
    sql += " ORDER BY d.station_id, d.day";
  } else {
    sql = std::string("SELECT city_code, day, measured, ") +
          (measured_only ? "NULL::bytea" : "published") +
          " FROM city_days WHERE day BETWEEN $1 AND $2";
    if (!ids.empty()) {
      sql += " AND city_code IN (" + Placeholders(ids.size(), 3) + ")";
      for (const auto& c : ids) p.Text(c);
    }
    sql += " ORDER BY city_code, day";
  }
  aq::SiteDay day;
  return conn_->Stream(sql, p, [&](const Result& r) -> core::Status {
    day.date = core::Date{static_cast<int32_t>(r.BinaryInt(0, 1))};
    if (measured_only) {
      LANTIAN_RETURN_IF_ERROR(DecodeSeries(r.Bytes(0, 2), day.measured));
    } else {
      LANTIAN_RETURN_IF_ERROR(DecodeDay(r.Bytes(0, 2), r.Bytes(0, 3), day));
    }
    return visit(r.Bytes(0, 0), day);
  });
}

core::Result<std::optional<core::Date>> PgStore::LatestStationDay() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT max(d) FROM (SELECT (SELECT max(day) FROM station_days "
                             "WHERE station_id = s.id) AS d FROM stations s) AS latest"));
  if (r.IsNull(0, 0)) return std::optional<core::Date>();
  return std::optional<core::Date>(core::Date{static_cast<int32_t>(r.Int(0, 0))});
}

core::Result<bool> PgStore::HasSyntheticData(SiteLevel level, core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(Result any,
                           conn_->Query("SELECT count(*) FROM sources WHERE synthetic = 1"));
  if (any.Int(0, 0) == 0) return false;
  const std::string table = level == SiteLevel::kStation ? "station_days" : "city_days";
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT EXISTS(SELECT 1 FROM " + table +
                                 " d JOIN sources s ON s.id = d.source_id WHERE s.synthetic = 1 "
                                 "AND d.day BETWEEN $1 AND $2)",
                             Params().Int(period.first.days).Int(period.last.days)));
  return r.Text(0, 0) == "t";
}

core::Status PgStore::MarkDustDay(const DustDay& d) {
  return conn_
      ->Query(
          "INSERT INTO dust_days(city_code, day, source_id, note) VALUES($1,$2,$3,$4) ON "
          "CONFLICT(city_code, "
          "day) DO UPDATE SET source_id=excluded.source_id, note=excluded.note",
          Params().Text(d.city_code).Int(d.date.days).Int(d.source_id).Text(d.note))
      .status();
}

core::Result<std::vector<DustDay>> PgStore::DustDays(core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city_code, day, source_id, note FROM dust_days WHERE day "
                             "BETWEEN $1 AND $2 ORDER BY city_code, day",
                             Params().Int(period.first.days).Int(period.last.days)));
  std::vector<DustDay> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back(
        {r.Text(i, 0), core::Date{static_cast<int32_t>(r.Int(i, 1))}, r.Int(i, 2), r.Text(i, 3)});
  }
  return out;
}

core::Result<bool> PgStore::UnmarkDustDay(std::string_view city_code, core::Date date) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("DELETE FROM dust_days WHERE city_code=$1 AND day=$2 RETURNING 1",
                             Params().Text(city_code).Int(date.days)));
  return r.rows() > 0;
}

core::Status PgStore::ReplaceCityTargets(std::string_view phase,
                                         std::span<const campaign::CityTarget> targets,
                                         int64_t source_id) {
  LANTIAN_RETURN_IF_ERROR(
      conn_->Query("DELETE FROM city_targets WHERE phase=$1", Params().Text(phase)).status());
  for (const auto& t : targets) {
    Params p;
    p.Text(t.city_code).Text(t.phase).Text(t.pm25.ToString()).Int(t.heavy_days);
    if (t.baseline_pm25) {
      p.Text(t.baseline_pm25->ToString());
    } else {
      p.Null();
    }
    if (t.baseline_heavy_days) {
      p.Int(*t.baseline_heavy_days);
    } else {
      p.Null();
    }
    p.Text(t.note).Int(source_id);
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO city_targets(city_code, phase, pm25, heavy_days, baseline_pm25, "
                    "baseline_heavy_days, note, source_id) VALUES($1,$2,$3,$4,$5,$6,$7,$8)",
                    p)
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::CityTarget>> PgStore::CityTargets() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city_code, phase, pm25, heavy_days, baseline_pm25, "
                             "baseline_heavy_days, note FROM city_targets ORDER BY phase, "
                             "city_code",
                             Params()));
  std::vector<campaign::CityTarget> out;
  for (int i = 0; i < r.rows(); ++i) {
    campaign::CityTarget t;
    t.city_code = r.Text(i, 0);
    t.phase = r.Text(i, 1);
    auto pm = core::Decimal::Parse(r.Text(i, 2));
    if (!pm) return core::Internal("corrupt city target of " + t.city_code);
    t.pm25 = *pm;
    t.heavy_days = static_cast<int>(r.Int(i, 3));
    if (!r.IsNull(i, 4)) {
      auto base = core::Decimal::Parse(r.Text(i, 4));
      if (!base) return core::Internal("corrupt city target of " + t.city_code);
      t.baseline_pm25 = *base;
    }
    if (!r.IsNull(i, 5)) t.baseline_heavy_days = static_cast<int>(r.Int(i, 5));
    t.note = r.Text(i, 6);
    t.source = campaign::TargetSource::kOfficial;
    out.push_back(std::move(t));
  }
  return out;
}

core::Status PgStore::ReplaceTierRule(std::span<const campaign::Tier> tiers,
                                      std::span<const campaign::StricterTarget> stricter) {
  LANTIAN_RETURN_IF_ERROR(conn_->Query("DELETE FROM tier_rules", Params()).status());
  LANTIAN_RETURN_IF_ERROR(conn_->Query("DELETE FROM stricter_targets", Params()).status());
  for (const auto& t : tiers) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO tier_rules(phase, tier, baseline_pm25_from, "
                    "pm25_reduction_percent, baseline_heavy_days_from, heavy_days_reduction) "
                    "VALUES($1,$2,$3,$4,$5,$6)",
                    Params()
                        .Text(t.phase)
                        .Int(t.tier)
                        .Text(t.baseline_pm25_from.ToString())
                        .Text(t.pm25_reduction_percent.ToString())
                        .Int(t.baseline_heavy_days_from)
                        .Int(t.heavy_days_reduction))
            .status());
  }
  for (const auto& x : stricter) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO stricter_targets(city_code, phase, extra_pm25_percent, "
                    "extra_heavy_days, reason) VALUES($1,$2,$3,$4,$5)",
                    Params()
                        .Text(x.city_code)
                        .Text(x.phase)
                        .Text(x.extra_pm25_percent.ToString())
                        .Int(x.extra_heavy_days)
                        .Text(x.reason))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<campaign::Tier>> PgStore::TierRule() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT phase, tier, baseline_pm25_from, pm25_reduction_percent, "
                             "baseline_heavy_days_from, heavy_days_reduction FROM tier_rules "
                             "ORDER BY phase, tier",
                             Params()));
  std::vector<campaign::Tier> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto from = core::Decimal::Parse(r.Text(i, 2));
    auto pct = core::Decimal::Parse(r.Text(i, 3));
    if (!from || !pct) return core::Internal("corrupt tier rule");
    out.push_back({r.Text(i, 0), static_cast<int>(r.Int(i, 1)), *from, *pct,
                   static_cast<int>(r.Int(i, 4)), static_cast<int>(r.Int(i, 5))});
  }
  return out;
}

core::Result<std::vector<campaign::StricterTarget>> PgStore::StricterTargets() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city_code, phase, extra_pm25_percent, extra_heavy_days, "
                             "reason FROM stricter_targets ORDER BY city_code, phase",
                             Params()));
  std::vector<campaign::StricterTarget> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto pct = core::Decimal::Parse(r.Text(i, 2));
    if (!pct) return core::Internal("corrupt stricter target");
    out.push_back({r.Text(i, 0), r.Text(i, 1), *pct, static_cast<int>(r.Int(i, 3)), r.Text(i, 4)});
  }
  return out;
}

core::Status PgStore::UpsertDustfall(const campaign::DustfallReading& d, int64_t source_id) {
  return conn_
      ->Query(
          "INSERT INTO dustfall(city_code, month, value, note, source_id) "
          "VALUES($1,$2,$3,$4,$5) ON CONFLICT(city_code, month) DO UPDATE SET "
          "value=excluded.value, note=excluded.note, source_id=excluded.source_id",
          Params()
              .Text(d.city_code)
              .Int(d.month.days)
              .Text(d.value.ToString())
              .Text(d.note)
              .Int(source_id))
      .status();
}

core::Result<std::vector<campaign::DustfallReading>> PgStore::Dustfall(core::Period period) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city_code, month, value, note FROM dustfall WHERE month "
                             "BETWEEN $1 AND $2 ORDER BY month, city_code",
                             Params().Int(period.first.days).Int(period.last.days)));
  std::vector<campaign::DustfallReading> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto v = core::Decimal::Parse(r.Text(i, 2));
    if (!v) return core::Internal("corrupt dust fall of " + r.Text(i, 0));
    out.push_back({r.Text(i, 0), core::Date{static_cast<int32_t>(r.Int(i, 1))}, *v, r.Text(i, 3)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddFalsificationFinding(const FalsificationFinding& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO falsification_findings(city_code, phase, found_on, description, "
                   "recorded_by, recorded_at) VALUES($1,$2,$3,$4,$5,$6) RETURNING id",
                   Params()
                       .Text(f.city_code)
                       .Text(f.phase)
                       .Text(core::FormatIsoDate(f.found_on))
                       .Text(f.description)
                       .Text(f.recorded_by)
                       .Text(f.recorded_at)));
  return r.Int(0, 0);
}

core::Result<std::vector<FalsificationFinding>> PgStore::FalsificationFindings() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, city_code, phase, found_on, description, recorded_by, "
                             "recorded_at FROM falsification_findings ORDER BY id",
                             Params()));
  std::vector<FalsificationFinding> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto found = core::ParseIsoDate(r.Text(i, 3));
    if (!found) return core::Internal("corrupt falsification finding");
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), *found, r.Text(i, 4), r.Text(i, 5),
                   r.Text(i, 6)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddForecastRun(const ForecastRun& run,
                                              std::span<const ForecastValue> values) {
  auto r = conn_->Query(
      "INSERT INTO forecast_runs(issuer, issued_at, kind, file, sha256, imported_by, "
      "imported_at) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
      Params()
          .Text(run.issuer)
          .Text(run.issued_at)
          .Text(run.kind)
          .Text(run.file)
          .Text(run.sha256)
          .Text(run.imported_by)
          .Text(run.imported_at));
  if (!r && r.error().code() == core::ErrorCode::kConflict) {
    return core::Conflict("a " + run.kind + " forecast of " + run.issuer + " issued at " +
                              run.issued_at + " is stored already",
                          "issued_at");
  }
  if (!r) return r.error();
  const int64_t id = r->Int(0, 0);
  for (const ForecastValue& v : values) {
    Params p;
    p.Int(id).Text(v.city).Text(v.at).Int(v.aqi);
    if (v.aqi_low) {
      p.Int(*v.aqi_low);
    } else {
      p.Null();
    }
    if (v.aqi_high) {
      p.Int(*v.aqi_high);
    } else {
      p.Null();
    }
    LANTIAN_RETURN_IF_ERROR(conn_
                                ->Query("INSERT INTO forecast_values(run_id, city, at, aqi, "
                                        "aqi_low, aqi_high) VALUES($1,$2,$3,$4,$5,$6)",
                                        p)
                                .status());
  }
  return id;
}

core::Result<std::vector<ForecastRun>> PgStore::ForecastRuns() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, issuer, issued_at, kind, file, sha256, imported_by, "
                             "imported_at FROM forecast_runs ORDER BY issued_at, id",
                             Params()));
  std::vector<ForecastRun> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Result<std::vector<ForecastValue>> PgStore::ForecastValues(int64_t run_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city, at, aqi, aqi_low, aqi_high FROM forecast_values "
                             "WHERE run_id = $1 ORDER BY city, at",
                             Params().Int(run_id)));
  std::vector<ForecastValue> out;
  for (int i = 0; i < r.rows(); ++i) {
    ForecastValue v{r.Text(i, 0), r.Text(i, 1), static_cast<int>(r.Int(i, 2)), {}, {}};
    if (!r.IsNull(i, 3)) v.aqi_low = static_cast<int>(r.Int(i, 3));
    if (!r.IsNull(i, 4)) v.aqi_high = static_cast<int>(r.Int(i, 4));
    out.push_back(std::move(v));
  }
  return out;
}

core::Result<int64_t> PgStore::AddAlertStep(const AlertStepRecord& a) {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("INSERT INTO alert_steps(city, step, level, at, who, "
                                        "forecast_run_id, note, recorded_by, recorded_at) "
                                        "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id",
                                        Params()
                                            .Text(a.city)
                                            .Text(a.step)
                                            .Text(a.level)
                                            .Text(a.at)
                                            .Text(a.who)
                                            .Int(a.forecast_run_id)
                                            .Text(a.note)
                                            .Text(a.recorded_by)
                                            .Text(a.recorded_at)));
  return r.Int(0, 0);
}

core::Result<std::vector<AlertStepRecord>> PgStore::AlertSteps() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, city, step, level, at, who, forecast_run_id, note, "
                             "recorded_by, recorded_at FROM alert_steps ORDER BY id",
                             Params()));
  std::vector<AlertStepRecord> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Int(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddRegionalPrompt(const RegionalPrompt& p) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO regional_prompts(region, level, episode_start, "
                             "episode_end, raised_at, deadline, forecast_run_id, raised_by, note) "
                             "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id",
                             Params()
                                 .Text(p.region)
                                 .Text(p.level)
                                 .Text(core::FormatIsoDate(p.episode_start))
                                 .Text(core::FormatIsoDate(p.episode_end))
                                 .Text(p.raised_at)
                                 .Text(p.deadline)
                                 .Int(p.forecast_run_id)
                                 .Text(p.raised_by)
                                 .Text(p.note)));
  const int64_t id = r.Int(0, 0);
  for (const PromptCity& c : p.cities) LANTIAN_RETURN_IF_ERROR(AddPromptCity(id, c));
  return id;
}

core::Status PgStore::AddPromptCity(int64_t prompt_id, const PromptCity& c) {
  auto r = conn_->Query(
      "INSERT INTO prompt_cities(prompt_id, city, border, added_at) VALUES($1,$2,$3,$4)",
      Params().Int(prompt_id).Text(c.city).Int(c.border ? 1 : 0).Text(c.added_at));
  if (!r && r.error().code() == core::ErrorCode::kConflict) {
    return core::Conflict(c.city + " is already named in prompt " + std::to_string(prompt_id),
                          "city");
  }
  return r.status();
}

core::Result<std::vector<RegionalPrompt>> PgStore::RegionalPrompts() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, region, level, episode_start, episode_end, raised_at, "
                             "deadline, forecast_run_id, raised_by, note FROM regional_prompts "
                             "ORDER BY id",
                             Params()));
  std::vector<RegionalPrompt> out;
  std::map<int64_t, size_t> index;
  for (int i = 0; i < r.rows(); ++i) {
    auto start = core::ParseIsoDate(r.Text(i, 3));
    auto end = core::ParseIsoDate(r.Text(i, 4));
    if (!start || !end) return core::Internal("corrupt regional prompt");
    index[r.Int(i, 0)] = out.size();
    out.push_back({r.Int(i, 0),
                   r.Text(i, 1),
                   r.Text(i, 2),
                   *start,
                   *end,
                   r.Text(i, 5),
                   r.Text(i, 6),
                   r.Int(i, 7),
                   r.Text(i, 8),
                   r.Text(i, 9),
                   {}});
  }
  LANTIAN_ASSIGN_OR_RETURN(
      Result c, conn_->Query("SELECT prompt_id, city, border, added_at FROM prompt_cities "
                             "ORDER BY prompt_id, added_at, city",
                             Params()));
  for (int i = 0; i < c.rows(); ++i) {
    if (auto it = index.find(c.Int(i, 0)); it != index.end()) {
      out[it->second].cities.push_back({c.Text(i, 1), c.Int(i, 2) != 0, c.Text(i, 3)});
    }
  }
  return out;
}

core::Result<int64_t> PgStore::AddListVersion(const ListVersion& v) {
  auto r = conn_->Query(
      "INSERT INTO emergency_list_versions(city_code, version, status, content, file, sha256, "
      "created_by, created_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id",
      Params()
          .Text(v.city_code)
          .Int(v.version)
          .Text(v.status)
          .Text(v.content)
          .Text(v.file)
          .Text(v.sha256)
          .Text(v.created_by)
          .Text(v.created_at));
  if (!r && r.error().code() == core::ErrorCode::kConflict) {
    return core::Conflict(
        "version " + std::to_string(v.version) + " of " + v.city_code + "'s list exists already",
        "version");
  }
  if (!r) return r.error();
  return r->Int(0, 0);
}

core::Result<std::vector<ListVersion>> PgStore::ListVersions(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, city_code, version, status, content, file, sha256, "
                             "created_by, created_at FROM emergency_list_versions WHERE $1 = '' "
                             "OR city_code = $1 ORDER BY city_code, version",
                             Params().Text(city_code)));
  std::vector<ListVersion> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), static_cast<int>(r.Int(i, 2)), r.Text(i, 3),
                   r.Text(i, 4), r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8)});
  }
  return out;
}

core::Status PgStore::SetListStatus(int64_t version_id, std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE emergency_list_versions SET status = $2 WHERE id = $1 "
                             "RETURNING id",
                             Params().Int(version_id).Text(status)));
  if (r.rows() != 1) {
    return core::NotFound("no list version " + std::to_string(version_id), "version");
  }
  return core::Status::Ok();
}

core::Result<int64_t> PgStore::AddListStep(const ListStepRecord& s) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO emergency_list_steps(version_id, step, comment, who, "
                   "at) VALUES($1,$2,$3,$4,$5) RETURNING id",
                   Params().Int(s.version_id).Text(s.step).Text(s.comment).Text(s.who).Text(s.at)));
  return r.Int(0, 0);
}

core::Result<std::vector<ListStepRecord>> PgStore::ListSteps(int64_t version_id) {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("SELECT id, version_id, step, comment, who, at FROM "
                                        "emergency_list_steps WHERE version_id = $1 ORDER BY id",
                                        Params().Int(version_id)));
  std::vector<ListStepRecord> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back(
        {r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddSheetConfirmation(const SheetConfirmation& c) {
  auto r = conn_->Query(
      "INSERT INTO emergency_sheet_confirmations(version_id, credit_code, confirmed_by, "
      "confirmed_at, note) VALUES($1,$2,$3,$4,$5) RETURNING id",
      Params()
          .Int(c.version_id)
          .Text(c.credit_code)
          .Text(c.confirmed_by)
          .Text(c.confirmed_at)
          .Text(c.note));
  if (!r && r.error().code() == core::ErrorCode::kConflict) {
    return core::Conflict(c.credit_code + " confirmed this version already", "version");
  }
  if (!r) return r.error();
  return r->Int(0, 0);
}

core::Result<std::vector<SheetConfirmation>> PgStore::SheetConfirmations(int64_t version_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, version_id, credit_code, confirmed_by, confirmed_at, "
                             "note FROM emergency_sheet_confirmations WHERE version_id = $1 "
                             "ORDER BY id",
                             Params().Int(version_id)));
  std::vector<SheetConfirmation> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back(
        {r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5)});
  }
  return out;
}

core::Status PgStore::PutProvinceListTable(const ProvinceListTable& t) {
  LANTIAN_RETURN_IF_ERROR(conn_
                              ->Query("DELETE FROM province_list_tables WHERE province = $1 AND "
                                      "kind = $2",
                                      Params().Text(t.province).Text(t.kind))
                              .status());
  return conn_
      ->Query(
          "INSERT INTO province_list_tables(province, kind, content, file, stored_by, "
          "stored_at) VALUES($1,$2,$3,$4,$5,$6)",
          Params()
              .Text(t.province)
              .Text(t.kind)
              .Text(t.content)
              .Text(t.file)
              .Text(t.stored_by)
              .Text(t.stored_at))
      .status();
}

core::Result<std::vector<ProvinceListTable>> PgStore::ProvinceListTables(
    std::string_view province) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT province, kind, content, file, stored_by, stored_at FROM "
                             "province_list_tables WHERE $1 = '' OR province = $1 "
                             "ORDER BY province, kind",
                             Params().Text(province)));
  std::vector<ProvinceListTable> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back(
        {r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5)});
  }
  return out;
}

core::Status PgStore::ReplaceInventory(std::string_view city_code,
                                       std::span<const InventoryRow> rows) {
  LANTIAN_RETURN_IF_ERROR(
      conn_
          ->Query("DELETE FROM emission_inventories WHERE city_code = $1", Params().Text(city_code))
          .status());
  for (const InventoryRow& r : rows) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO emission_inventories(city_code, pollutant, kg_per_day, source) "
                    "VALUES($1,$2,$3,$4)",
                    Params().Text(city_code).Text(r.pollutant).Int(r.kg_per_day).Text(r.source))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<InventoryRow>> PgStore::Inventory(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT city_code, pollutant, kg_per_day, source FROM "
                             "emission_inventories WHERE city_code = $1 ORDER BY pollutant",
                             Params().Text(city_code)));
  std::vector<InventoryRow> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Int(i, 2), r.Text(i, 3)});
  }
  return out;
}

namespace {

// A PostgreSQL array literal of texts ({"a","b",NULL}), for inserting a batch
// with one unnest() statement instead of a round trip per row.
class TextArray {
 public:
  void Add(std::string_view v) {
    Separator();
    out_.push_back('"');
    for (char c : v) {
      if (c == '"' || c == '\\') out_.push_back('\\');
      out_.push_back(c);
    }
    out_.push_back('"');
  }
  void Add(std::optional<double> v) {
    if (!v) {
      Separator();
      out_ += "NULL";
      return;
    }
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", *v);
    Add(std::string_view(buf, static_cast<size_t>(n)));
  }
  std::string Done() const { return out_ + "}"; }

 private:
  void Separator() {
    if (out_.size() > 1) out_.push_back(',');
  }
  std::string out_ = "{";
};

}  // namespace

core::Status PgStore::RequireDurableCommits() { return conn_->Exec("SET synchronous_commit = on"); }

core::Status PgStore::PutMonitoringDevice(const MonitoringDevice& d) {
  return conn_
      ->Query(
          "INSERT INTO monitoring_devices(mn, credit_code, city_code, outlet, pollutants, "
          "password_sha256, registered_by, registered_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8) ON "
          "CONFLICT (mn) DO UPDATE SET credit_code = EXCLUDED.credit_code, city_code = "
          "EXCLUDED.city_code, outlet = EXCLUDED.outlet, pollutants = "
          "EXCLUDED.pollutants, password_sha256 = EXCLUDED.password_sha256, registered_by = "
          "EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at",
          Params()
              .Text(d.mn)
              .Text(d.credit_code)
              .Text(d.city_code)
              .Text(d.outlet)
              .Text(d.pollutants)
              .Text(d.password_sha256)
              .Text(d.registered_by)
              .Text(d.registered_at))
      .status();
}

core::Result<std::vector<MonitoringDevice>> PgStore::MonitoringDevices() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT mn, credit_code, city_code, outlet, pollutants, password_sha256, "
                   "registered_by, registered_at FROM monitoring_devices ORDER BY mn "
                   "COLLATE \"C\"",
                   Params()));
  std::vector<MonitoringDevice> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Status PgStore::AddMonitoringBatch(const MonitoringBatch& batch) {
  if (!batch.packets.empty()) {
    TextArray mn, cn, qn, data_time, received_at, peer, frame;
    for (const MonitoringPacket& p : batch.packets) {
      mn.Add(p.mn), cn.Add(p.cn), qn.Add(p.qn), data_time.Add(p.data_time);
      received_at.Add(p.received_at), peer.Add(p.peer), frame.Add(p.frame);
    }
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query(
                "INSERT INTO monitoring_packets(mn, cn, qn, data_time, received_at, peer, "
                "frame) SELECT a, b, c, d, e, f, g FROM unnest($1::text[], $2::text[], $3::text[], "
                "$4::text[], "
                "$5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS t(a,b,c,d,e,f,g,o) "
                "ORDER BY o",
                Params()
                    .Text(mn.Done())
                    .Text(cn.Done())
                    .Text(qn.Done())
                    .Text(data_time.Done())
                    .Text(received_at.Done())
                    .Text(peer.Done())
                    .Text(frame.Done()))
            .status());
  }
  if (!batch.values.empty()) {
    // One statement may not update a row twice: the last value of a key wins,
    // as it would row by row.
    std::map<std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>,
             const MonitoringValue*>
        last;
    for (const MonitoringValue& v : batch.values) {
      last[{v.mn, v.kind, v.data_time, v.pollutant}] = &v;
    }
    TextArray mn, kind, data_time, pollutant, rtd, avg, minimum, maximum, cou, zs_rtd, zs_avg, flag;
    for (const auto& [key, v] : last) {
      mn.Add(v->mn), kind.Add(v->kind), data_time.Add(v->data_time), pollutant.Add(v->pollutant);
      rtd.Add(v->rtd), avg.Add(v->avg), minimum.Add(v->minimum), maximum.Add(v->maximum);
      cou.Add(v->cou), zs_rtd.Add(v->zs_rtd), zs_avg.Add(v->zs_avg), flag.Add(v->flag);
    }
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO monitoring_values(mn, kind, data_time, pollutant, rtd, avg, "
                    "minimum, maximum, cou, zs_rtd, zs_avg, flag) SELECT * FROM unnest($1::text[], "
                    "$2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], "
                    "$7::float8[], $8::float8[], $9::float8[], $10::float8[], $11::float8[], "
                    "$12::text[]) ON CONFLICT (mn, kind, data_time, pollutant) DO UPDATE SET "
                    "rtd = EXCLUDED.rtd, avg = EXCLUDED.avg, minimum = EXCLUDED.minimum, "
                    "maximum = EXCLUDED.maximum, cou = EXCLUDED.cou, zs_rtd = EXCLUDED.zs_rtd, "
                    "zs_avg = EXCLUDED.zs_avg, flag = EXCLUDED.flag",
                    Params()
                        .Text(mn.Done())
                        .Text(kind.Done())
                        .Text(data_time.Done())
                        .Text(pollutant.Done())
                        .Text(rtd.Done())
                        .Text(avg.Done())
                        .Text(minimum.Done())
                        .Text(maximum.Done())
                        .Text(cou.Done())
                        .Text(zs_rtd.Done())
                        .Text(zs_avg.Done())
                        .Text(flag.Done()))
            .status());
  }
  for (const DeviceRejection& r : batch.rejections) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO monitoring_rejections(at, peer, mn, reason) VALUES($1,$2,$3,$4)",
                    Params().Text(r.at).Text(r.peer).Text(r.mn).Text(r.reason))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<MonitoringValue>> PgStore::MonitoringValues(const MonitoringQuery& q) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT mn, kind, data_time, pollutant, rtd, avg, minimum, maximum, cou, "
                   "zs_rtd, zs_avg, flag FROM monitoring_values WHERE mn = $1 AND ($2 = '' OR "
                   "kind = $2) AND ($3 = '' OR data_time >= $3) AND ($4 = '' OR data_time <= $4) "
                   "ORDER BY kind COLLATE \"C\", data_time COLLATE \"C\", pollutant COLLATE \"C\"",
                   Params().Text(q.mn).Text(q.kind).Text(q.from).Text(q.to)));
  std::vector<MonitoringValue> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.OptionalDouble(i, 4),
                   r.OptionalDouble(i, 5), r.OptionalDouble(i, 6), r.OptionalDouble(i, 7),
                   r.OptionalDouble(i, 8), r.OptionalDouble(i, 9), r.OptionalDouble(i, 10),
                   r.Text(i, 11)});
  }
  return out;
}

core::Result<std::vector<MonitoringPacket>> PgStore::MonitoringPackets(std::string_view mn,
                                                                       int64_t after_id,
                                                                       int64_t limit) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, mn, cn, qn, data_time, received_at, peer, frame FROM "
                             "monitoring_packets WHERE mn = $1 AND id > $2 ORDER BY id LIMIT $3",
                             Params().Text(mn).Int(after_id).Int(limit)));
  std::vector<MonitoringPacket> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Result<std::vector<MonitoringPacket>> PgStore::MonitoringPacketsOf(std::string_view mn,
                                                                         std::string_view cn,
                                                                         std::string_view from,
                                                                         std::string_view to) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, mn, cn, qn, data_time, received_at, peer, frame FROM "
                             "monitoring_packets WHERE mn = $1 AND cn = $2 AND ($3 = '' OR "
                             "data_time >= $3) AND ($4 = '' OR data_time <= $4) ORDER BY id",
                             Params().Text(mn).Text(cn).Text(from).Text(to)));
  std::vector<MonitoringPacket> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Result<std::vector<DeviceActivity>> PgStore::DeviceActivities() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT p.mn, c.n, p.id, p.received_at FROM (SELECT mn, COUNT(*) AS "
                             "n, MAX(id) AS last FROM monitoring_packets GROUP BY mn) AS c JOIN "
                             "monitoring_packets AS p ON p.id = c.last ORDER BY p.mn COLLATE \"C\"",
                             Params()));
  std::vector<DeviceActivity> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Int(i, 1), r.Int(i, 2), r.Text(i, 3)});
  }
  return out;
}

core::Status PgStore::PutOutletLimits(std::span<const OutletLimitRow> rows) {
  for (const auto& r : rows) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("DELETE FROM outlet_limits WHERE credit_code = $1 AND outlet = $2",
                    Params().Text(r.credit_code).Text(r.outlet))
            .status());
  }
  for (const auto& r : rows) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO outlet_limits(credit_code, outlet, pollutant, city_code, "
                    "ordinary, ultra_low, reference_o2, set_by, set_at) "
                    "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                    Params()
                        .Text(r.credit_code)
                        .Text(r.outlet)
                        .Text(r.pollutant)
                        .Text(r.city_code)
                        .Double(r.ordinary)
                        .Double(r.ultra_low)
                        .Double(r.reference_o2)
                        .Text(r.set_by)
                        .Text(r.set_at))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<OutletLimitRow>> PgStore::OutletLimits(std::string_view credit_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT credit_code, outlet, pollutant, city_code, ordinary, ultra_low, "
                   "reference_o2, set_by, set_at FROM outlet_limits WHERE $1 = '' OR credit_code "
                   "= $1 ORDER BY credit_code COLLATE \"C\", outlet COLLATE \"C\", pollutant "
                   "COLLATE \"C\"",
                   Params().Text(credit_code)));
  std::vector<OutletLimitRow> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3),
                   r.OptionalDouble(i, 4).value_or(0), r.OptionalDouble(i, 5),
                   r.OptionalDouble(i, 6), r.Text(i, 7), r.Text(i, 8)});
  }
  return out;
}

core::Result<bool> PgStore::AddMonitoringFinding(const MonitoringFinding& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO monitoring_findings(mn, pollutant, detector, from_at, "
                             "to_at, evidence, found_at, status, reviewed_by, reviewed_at, note) "
                             "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT DO NOTHING "
                             "RETURNING id",
                             Params()
                                 .Text(f.mn)
                                 .Text(f.pollutant)
                                 .Text(f.detector)
                                 .Text(f.from_at)
                                 .Text(f.to_at)
                                 .Text(f.evidence)
                                 .Text(f.found_at)
                                 .Text(f.status)
                                 .Text(f.reviewed_by)
                                 .Text(f.reviewed_at)
                                 .Text(f.note)));
  return r.rows() > 0;
}

core::Result<std::vector<MonitoringFinding>> PgStore::MonitoringFindings(std::string_view mn,
                                                                         std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, mn, pollutant, detector, from_at, to_at, evidence, "
                             "found_at, status, reviewed_by, reviewed_at, note FROM "
                             "monitoring_findings WHERE ($1 = '' OR mn = $1) AND ($2 = '' OR "
                             "status = $2) ORDER BY id",
                             Params().Text(mn).Text(status)));
  std::vector<MonitoringFinding> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9),
                   r.Text(i, 10), r.Text(i, 11)});
  }
  return out;
}

core::Status PgStore::ReviewMonitoringFinding(int64_t id, std::string_view status,
                                              std::string_view by, std::string_view at,
                                              std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE monitoring_findings SET status = $2, reviewed_by = $3, "
                             "reviewed_at = $4, note = $5 WHERE id = $1 RETURNING id",
                             Params().Int(id).Text(status).Text(by).Text(at).Text(note)));
  if (r.rows() == 0) return core::NotFound("no finding " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Result<bool> PgStore::AddStationFinding(const StationFindingRow& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO station_findings(station, city_code, from_date, to_date, "
                   "evidence, found_at, status, reviewed_by, reviewed_at, note) "
                   "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT DO NOTHING RETURNING id",
                   Params()
                       .Text(f.station)
                       .Text(f.city_code)
                       .Text(f.from_date)
                       .Text(f.to_date)
                       .Text(f.evidence)
                       .Text(f.found_at)
                       .Text(f.status)
                       .Text(f.reviewed_by)
                       .Text(f.reviewed_at)
                       .Text(f.note)));
  return r.rows() > 0;
}

core::Result<std::vector<StationFindingRow>> PgStore::StationFindings(std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, station, city_code, from_date, to_date, evidence, "
                             "found_at, status, reviewed_by, reviewed_at, note FROM "
                             "station_findings WHERE $1 = '' OR status = $1 ORDER BY id",
                             Params().Text(status)));
  std::vector<StationFindingRow> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9),
                   r.Text(i, 10)});
  }
  return out;
}

core::Status PgStore::ReviewStationFinding(int64_t id, std::string_view status, std::string_view by,
                                           std::string_view at, std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE station_findings SET status = $2, reviewed_by = $3, "
                             "reviewed_at = $4, note = $5 WHERE id = $1 RETURNING id",
                             Params().Int(id).Text(status).Text(by).Text(at).Text(note)));
  if (r.rows() == 0) return core::NotFound("no station finding " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Result<std::optional<int64_t>> PgStore::AddEnforcementTask(const EnforcementTask& t) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO enforcement_tasks(city_code, credit_code, kind, source_key, what, "
                   "evidence, opened_by, opened_at, deadline, status, closed_by, closed_at, note) "
                   "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT DO NOTHING "
                   "RETURNING id",
                   Params()
                       .Text(t.city_code)
                       .Text(t.credit_code)
                       .Text(t.kind)
                       .Text(t.source_key)
                       .Text(t.what)
                       .Text(t.evidence)
                       .Text(t.opened_by)
                       .Text(t.opened_at)
                       .Text(t.deadline)
                       .Text(t.status)
                       .Text(t.closed_by)
                       .Text(t.closed_at)
                       .Text(t.note)));
  if (r.rows() == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{r.Int(0, 0)};
}

core::Result<std::vector<EnforcementTask>> PgStore::EnforcementTasks(std::string_view city_code,
                                                                     std::string_view status) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT id, city_code, credit_code, kind, source_key, what, evidence, "
                   "opened_by, opened_at, deadline, status, closed_by, closed_at, note FROM "
                   "enforcement_tasks WHERE ($1 = '' OR city_code = $1) AND ($2 = '' OR status = "
                   "$2) ORDER BY id",
                   Params().Text(city_code).Text(status)));
  std::vector<EnforcementTask> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9),
                   r.Text(i, 10), r.Text(i, 11), r.Text(i, 12), r.Text(i, 13)});
  }
  return out;
}

core::Status PgStore::CloseEnforcementTask(int64_t id, std::string_view by, std::string_view at,
                                           std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE enforcement_tasks SET status = 'closed', closed_by = $2, "
                             "closed_at = $3, note = $4 WHERE id = $1 RETURNING id",
                             Params().Int(id).Text(by).Text(at).Text(note)));
  if (r.rows() == 0) return core::NotFound("no enforcement task " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Status PgStore::PutTaskUnits(std::span<const ledger::TaskUnit> units) {
  for (const auto& u : units) {
    Params params;
    for (const auto& c : TaskUnitColumns(u)) params.Text(c);
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO task_units(task_id, unit, parent, level, name, target, deadline, "
                    "rhythm, start_date, start_value, responsible_name, responsible_office, "
                    "assigned_by, assigned_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,"
                    "$14) ON CONFLICT (task_id, unit) DO UPDATE SET parent = EXCLUDED.parent, "
                    "level = EXCLUDED.level, name = EXCLUDED.name, target = EXCLUDED.target, "
                    "deadline = EXCLUDED.deadline, rhythm = EXCLUDED.rhythm, start_date = "
                    "EXCLUDED.start_date, start_value = EXCLUDED.start_value, responsible_name = "
                    "EXCLUDED.responsible_name, responsible_office = EXCLUDED.responsible_office, "
                    "assigned_by = EXCLUDED.assigned_by, assigned_at = EXCLUDED.assigned_at",
                    params)
            .status());
  }
  return core::Status::Ok();
}

core::Status PgStore::DeleteTaskUnits(std::string_view task_id,
                                      std::span<const std::string> units) {
  for (const auto& u : units) {
    LANTIAN_RETURN_IF_ERROR(conn_
                                ->Query("DELETE FROM task_units WHERE task_id = $1 AND unit = $2",
                                        Params().Text(task_id).Text(u))
                                .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ledger::TaskUnit>> PgStore::TaskUnits(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT task_id, unit, parent, level, name, target, deadline, rhythm, "
                   "start_date, start_value, responsible_name, responsible_office, assigned_by, "
                   "assigned_at FROM task_units WHERE ($1 = '' OR task_id = $1) ORDER BY id",
                   Params().Text(task_id)));
  std::vector<ledger::TaskUnit> out;
  std::vector<std::string> columns(kTaskUnitColumns);
  for (int i = 0; i < r.rows(); ++i) {
    for (int c = 0; c < kTaskUnitColumns; ++c) columns[c] = r.Text(i, c);
    LANTIAN_ASSIGN_OR_RETURN(auto u, TaskUnitOfColumns(columns));
    out.push_back(std::move(u));
  }
  return out;
}

core::Result<int64_t> PgStore::AddTaskReport(const TaskReport& t) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO task_reports(task_id, unit, due, value, evidence, note, "
                             "reported_by, reported_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8) "
                             "RETURNING id",
                             Params()
                                 .Text(t.task_id)
                                 .Text(t.unit)
                                 .Text(t.due)
                                 .Text(t.value.ToString())
                                 .Text(t.evidence)
                                 .Text(t.note)
                                 .Text(t.reported_by)
                                 .Text(t.reported_at)));
  return r.Int(0, 0);
}

core::Result<std::vector<TaskReport>> PgStore::TaskReports(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, task_id, unit, due, value, evidence, note, reported_by, "
                             "reported_at FROM task_reports WHERE ($1 = '' OR task_id = $1) "
                             "ORDER BY id",
                             Params().Text(task_id)));
  std::vector<TaskReport> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto value = core::Decimal::Parse(r.Text(i, 4));
    if (!value) return core::Internal("corrupt task report " + r.Text(i, 0));
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), *value, r.Text(i, 5),
                   r.Text(i, 6), r.Text(i, 7), r.Text(i, 8)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddTaskEvent(const TaskEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO task_events(task_id, unit, action, actor, at, evidence, "
                             "note) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
                             Params()
                                 .Text(e.task_id)
                                 .Text(e.unit)
                                 .Text(e.action)
                                 .Text(e.actor)
                                 .Text(e.at)
                                 .Text(e.evidence)
                                 .Text(e.note)));
  return r.Int(0, 0);
}

core::Result<std::vector<TaskEvent>> PgStore::TaskEvents(std::string_view task_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, task_id, unit, action, actor, at, evidence, note FROM "
                             "task_events WHERE ($1 = '' OR task_id = $1) ORDER BY id",
                             Params().Text(task_id)));
  std::vector<TaskEvent> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Result<std::optional<int64_t>> PgStore::AddProblem(const Problem& p) {
  Params params;
  for (const auto& c : ProblemColumns(p)) params.Text(c);
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO problems(city_code, district, credit_code, site, kind, what, "
                   "source, source_ref, found_by, found_at, photos, deadline, plan, status, "
                   "rebound_of, updated_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,"
                   "$15::BIGINT,$16) ON CONFLICT DO NOTHING RETURNING id",
                   params));
  if (r.rows() == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{r.Int(0, 0)};
}

core::Status PgStore::UpdateProblem(int64_t id, std::string_view status, std::string_view plan,
                                    std::string_view deadline, std::string_view updated_at) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("UPDATE problems SET status = $2, plan = $3, deadline = $4, "
                   "updated_at = $5 WHERE id = $1 RETURNING id",
                   Params().Int(id).Text(status).Text(plan).Text(deadline).Text(updated_at)));
  if (r.rows() == 0) return core::NotFound("no problem " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Result<std::vector<Problem>> PgStore::Problems(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT id, city_code, district, credit_code, site, kind, what, source, "
                   "source_ref, found_by, found_at, photos, deadline, plan, status, rebound_of, "
                   "updated_at FROM problems WHERE ($1 = '' OR city_code = $1) ORDER BY id",
                   Params().Text(city_code)));
  std::vector<Problem> out;
  std::vector<std::string> columns(kProblemColumns);
  for (int i = 0; i < r.rows(); ++i) {
    for (int c = 0; c < kProblemColumns; ++c) columns[c] = r.Text(i, c + 1);
    LANTIAN_ASSIGN_OR_RETURN(auto p, ProblemOfColumns(r.Int(i, 0), columns));
    out.push_back(std::move(p));
  }
  return out;
}

core::Result<int64_t> PgStore::AddProblemEvent(const ProblemEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO problem_events(problem_id, action, actor, at, status, "
                             "evidence, note) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
                             Params()
                                 .Int(e.problem_id)
                                 .Text(e.action)
                                 .Text(e.actor)
                                 .Text(e.at)
                                 .Text(e.status)
                                 .Text(e.evidence)
                                 .Text(e.note)));
  return r.Int(0, 0);
}

core::Result<std::vector<ProblemEvent>> PgStore::ProblemEvents(int64_t problem_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, problem_id, action, actor, at, status, evidence, note "
                             "FROM problem_events WHERE ($1 = 0 OR problem_id = $1) ORDER BY id",
                             Params().Int(problem_id)));
  std::vector<ProblemEvent> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5),
                   r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Result<int64_t> PgStore::AddWorkshop(const Workshop& w) {
  Params params;
  for (const auto& c : WorkshopColumns(w)) params.Text(c);
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO workshops(city_code, district, township, name, address, lat, "
                   "lon, industry, what, source, source_ref, found_by, found_at, photos, "
                   "deadline, status, rebound_of, updated_at) "
                   "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17::BIGINT,$18) "
                   "RETURNING id",
                   params));
  return r.Int(0, 0);
}

core::Status PgStore::UpdateWorkshop(int64_t id, std::string_view status, std::string_view deadline,
                                     std::string_view updated_at) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE workshops SET status = $2, deadline = $3, updated_at = $4 "
                             "WHERE id = $1 RETURNING id",
                             Params().Int(id).Text(status).Text(deadline).Text(updated_at)));
  if (r.rows() == 0) return core::NotFound("no workshop " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Result<std::vector<Workshop>> PgStore::Workshops(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT id, city_code, district, township, name, address, lat, lon, industry, "
                   "what, source, source_ref, found_by, found_at, photos, deadline, status, "
                   "rebound_of, updated_at FROM workshops WHERE ($1 = '' OR city_code = $1) "
                   "ORDER BY id",
                   Params().Text(city_code)));
  std::vector<Workshop> out;
  std::vector<std::string> columns(kWorkshopColumns);
  for (int i = 0; i < r.rows(); ++i) {
    for (int c = 0; c < kWorkshopColumns; ++c) columns[c] = r.Text(i, c + 1);
    LANTIAN_ASSIGN_OR_RETURN(auto w, WorkshopOfColumns(r.Int(i, 0), columns));
    out.push_back(std::move(w));
  }
  return out;
}

core::Result<int64_t> PgStore::AddWorkshopEvent(const WorkshopEvent& e) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("INSERT INTO workshop_events(workshop_id, action, actor, at, status, "
                             "evidence, note) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
                             Params()
                                 .Int(e.workshop_id)
                                 .Text(e.action)
                                 .Text(e.actor)
                                 .Text(e.at)
                                 .Text(e.status)
                                 .Text(e.evidence)
                                 .Text(e.note)));
  return r.Int(0, 0);
}

core::Result<std::vector<WorkshopEvent>> PgStore::WorkshopEvents(int64_t workshop_id) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT id, workshop_id, action, actor, at, status, evidence, note FROM "
                   "workshop_events WHERE ($1 = 0 OR workshop_id = $1) ORDER BY id",
                   Params().Int(workshop_id)));
  std::vector<WorkshopEvent> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Int(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4), r.Text(i, 5),
                   r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Status PgStore::PutPowerAccounts(std::span<const PowerAccount> accounts) {
  for (const auto& a : accounts) {
    Params params;
    for (const auto& c : PowerAccountColumns(a)) params.Text(c);
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO power_accounts(account, city_code, district, customer, address, "
                    "lat, lon, tariff, capacity_kva, registered_by, registered_at) "
                    "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) ON CONFLICT (account) DO UPDATE "
                    "SET city_code = EXCLUDED.city_code, district = EXCLUDED.district, customer = "
                    "EXCLUDED.customer, address = EXCLUDED.address, lat = EXCLUDED.lat, lon = "
                    "EXCLUDED.lon, tariff = EXCLUDED.tariff, capacity_kva = "
                    "EXCLUDED.capacity_kva, registered_by = EXCLUDED.registered_by, registered_at "
                    "= EXCLUDED.registered_at",
                    params)
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<PowerAccount>> PgStore::PowerAccounts(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT account, city_code, district, customer, address, lat, lon, tariff, "
                   "capacity_kva, registered_by, registered_at FROM power_accounts WHERE ($1 = "
                   "'' OR city_code = $1) ORDER BY account",
                   Params().Text(city_code)));
  std::vector<PowerAccount> out;
  std::vector<std::string> columns(kPowerAccountColumns);
  for (int i = 0; i < r.rows(); ++i) {
    for (int c = 0; c < kPowerAccountColumns; ++c) columns[c] = r.Text(i, c);
    LANTIAN_ASSIGN_OR_RETURN(auto a, PowerAccountOfColumns(columns));
    out.push_back(std::move(a));
  }
  return out;
}

core::Status PgStore::PutNetworkSites(std::span<const NetworkSiteRow> sites) {
  for (const auto& s : sites) {
    Params params;
    for (const auto& c : {s.code, s.kind, s.city_code, s.county, s.name, s.setting, s.serves, s.lat,
                          s.lon, s.connected, s.since, s.registered_by, s.registered_at})
      params.Text(c);
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO network_sites(code, kind, city_code, county, name, setting, "
                    "serves, lat, lon, connected, since, registered_by, registered_at) "
                    "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) ON CONFLICT (code) DO "
                    "UPDATE SET kind = EXCLUDED.kind, city_code = EXCLUDED.city_code, county = "
                    "EXCLUDED.county, name = EXCLUDED.name, setting = EXCLUDED.setting, serves = "
                    "EXCLUDED.serves, lat = EXCLUDED.lat, lon = EXCLUDED.lon, connected = "
                    "EXCLUDED.connected, since = EXCLUDED.since, registered_by = "
                    "EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at",
                    params)
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<NetworkSiteRow>> PgStore::NetworkSites(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT code, kind, city_code, county, name, setting, serves, lat, lon, "
                   "connected, since, registered_by, registered_at FROM network_sites WHERE ($1 "
                   "= '' OR city_code = $1) ORDER BY city_code, kind, code",
                   Params().Text(city_code)));
  std::vector<NetworkSiteRow> out;
  for (int i = 0; i < r.rows(); ++i)
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Text(i, 9),
                   r.Text(i, 10), r.Text(i, 11), r.Text(i, 12)});
  return out;
}

core::Status PgStore::PutSourceOutlets(std::span<const SourceOutletRow> outlets) {
  for (const auto& o : outlets) {
    Params params;
    for (const auto& c : {o.credit_code, o.outlet, o.city_code, o.name, o.height_m, o.registered_by,
                          o.registered_at})
      params.Text(c);
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO source_outlets(credit_code, outlet, city_code, name, height_m, "
                    "registered_by, registered_at) VALUES($1,$2,$3,$4,$5,$6,$7) ON CONFLICT "
                    "(credit_code, outlet) DO UPDATE SET city_code = EXCLUDED.city_code, name = "
                    "EXCLUDED.name, height_m = EXCLUDED.height_m, registered_by = "
                    "EXCLUDED.registered_by, registered_at = EXCLUDED.registered_at",
                    params)
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<SourceOutletRow>> PgStore::SourceOutlets(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT credit_code, outlet, city_code, name, height_m, registered_by, "
                   "registered_at FROM source_outlets WHERE ($1 = '' OR city_code = $1) ORDER BY "
                   "city_code, credit_code, outlet",
                   Params().Text(city_code)));
  std::vector<SourceOutletRow> out;
  for (int i = 0; i < r.rows(); ++i)
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6)});
  return out;
}

core::Status PgStore::ReplaceBoundaries(std::span<const BoundaryRow> areas) {
  LANTIAN_RETURN_IF_ERROR(conn_->Query("DELETE FROM boundaries").status());
  for (const auto& a : areas) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query("INSERT INTO boundaries(code, name, level, parent, city_code, responsible, "
                    "geometry) VALUES($1,$2,$3,$4,$5,$6,$7)",
                    Params()
                        .Text(a.code)
                        .Text(a.name)
                        .Text(a.level)
                        .Text(a.parent)
                        .Text(a.city_code)
                        .Text(a.responsible)
                        .Text(a.geometry))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<BoundaryRow>> PgStore::Boundaries() {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT code, name, level, parent, city_code, responsible, geometry "
                             "FROM boundaries ORDER BY code"));
  std::vector<BoundaryRow> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6)});
  }
  return out;
}

core::Result<std::optional<int64_t>> PgStore::AddFirePoint(const FirePoint& f) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("INSERT INTO fire_points(source, observed_at, lat, lon, confidence, city_code, "
                   "district, township, method, grid, status, response, responded_by, "
                   "responded_at, note, imported_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,"
                   "$12,$13,$14,$15,$16) ON CONFLICT DO NOTHING RETURNING id",
                   Params()
                       .Text(f.source)
                       .Text(f.observed_at)
                       .Double(f.lat)
                       .Double(f.lon)
                       .Text(f.confidence)
                       .Text(f.city_code)
                       .Text(f.district)
                       .Text(f.township)
                       .Text(f.method)
                       .Text(f.grid)
                       .Text(f.status)
                       .Text(f.response)
                       .Text(f.responded_by)
                       .Text(f.responded_at)
                       .Text(f.note)
                       .Text(f.imported_at)));
  if (r.rows() == 0) return std::optional<int64_t>{};
  return std::optional<int64_t>{r.Int(0, 0)};
}

core::Result<std::vector<FirePoint>> PgStore::FirePoints(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r,
      conn_->Query("SELECT id, source, observed_at, lat, lon, confidence, city_code, district, "
                   "township, method, grid, status, response, responded_by, responded_at, note, "
                   "imported_at FROM fire_points WHERE ($1 = '' OR city_code = $1) ORDER BY "
                   "observed_at, id",
                   Params().Text(city_code)));
  std::vector<FirePoint> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.OptionalDouble(i, 3).value_or(0),
                   r.OptionalDouble(i, 4).value_or(0), r.Text(i, 5), r.Text(i, 6), r.Text(i, 7),
                   r.Text(i, 8), r.Text(i, 9), r.Text(i, 10), r.Text(i, 11), r.Text(i, 12),
                   r.Text(i, 13), r.Text(i, 14), r.Text(i, 15), r.Text(i, 16)});
  }
  return out;
}

core::Status PgStore::RespondFirePoint(int64_t id, std::string_view response, std::string_view by,
                                       std::string_view at, std::string_view note) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("UPDATE fire_points SET status = 'responded', response = $2, "
                             "responded_by = $3, responded_at = $4, note = $5 WHERE id = $1 "
                             "RETURNING id",
                             Params().Int(id).Text(response).Text(by).Text(at).Text(note)));
  if (r.rows() == 0) return core::NotFound("no fire point " + std::to_string(id), "id");
  return core::Status::Ok();
}

core::Status PgStore::PutElectricityMeters(std::span<const ElectricityMeter> meters) {
  for (const auto& m : meters) {
    LANTIAN_RETURN_IF_ERROR(
        conn_
            ->Query(
                "INSERT INTO electricity_meters(meter, credit_code, city_code, line, kind, "
                "facility, registered_by, registered_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8) ON "
                "CONFLICT (meter) DO UPDATE SET credit_code = EXCLUDED.credit_code, city_code = "
                "EXCLUDED.city_code, line = EXCLUDED.line, kind = EXCLUDED.kind, facility = "
                "EXCLUDED.facility, registered_by = EXCLUDED.registered_by, registered_at = "
                "EXCLUDED.registered_at",
                Params()
                    .Text(m.meter)
                    .Text(m.credit_code)
                    .Text(m.city_code)
                    .Text(m.line)
                    .Text(m.kind)
                    .Text(m.facility)
                    .Text(m.registered_by)
                    .Text(m.registered_at))
            .status());
  }
  return core::Status::Ok();
}

core::Result<std::vector<ElectricityMeter>> PgStore::ElectricityMeters(std::string_view city_code) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT meter, credit_code, city_code, line, kind, facility, "
                             "registered_by, registered_at FROM electricity_meters WHERE $1 = '' "
                             "OR city_code = $1 ORDER BY meter COLLATE \"C\"",
                             Params().Text(city_code)));
  std::vector<ElectricityMeter> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4),
                   r.Text(i, 5), r.Text(i, 6), r.Text(i, 7)});
  }
  return out;
}

core::Status PgStore::PutElectricityReadings(std::span<const ElectricityReading> readings) {
  if (readings.empty()) return core::Status::Ok();
  // The last reading of a meter and time wins, as row by row.
  std::map<std::pair<std::string_view, std::string_view>, double> last;
  for (const auto& r : readings) last[{r.meter, r.at}] = r.kw;
  TextArray meter, at, kw;
  for (const auto& [key, v] : last) {
    meter.Add(key.first), at.Add(key.second), kw.Add(std::optional<double>(v));
  }
  return conn_
      ->Query(
          "INSERT INTO electricity_readings(meter, at, kw) SELECT * FROM unnest($1::text[], "
          "$2::text[], $3::float8[]) ON CONFLICT (meter, at) DO UPDATE SET kw = EXCLUDED.kw",
          Params().Text(meter.Done()).Text(at.Done()).Text(kw.Done()))
      .status();
}

core::Result<std::vector<ElectricityReading>> PgStore::ElectricityReadings(std::string_view meter,
                                                                           std::string_view from,
                                                                           std::string_view to) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT meter, at, kw FROM electricity_readings WHERE meter = $1 AND "
                             "($2 = '' OR at >= $2) AND ($3 = '' OR at <= $3) ORDER BY at "
                             "COLLATE \"C\"",
                             Params().Text(meter).Text(from).Text(to)));
  std::vector<ElectricityReading> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Text(i, 0), r.Text(i, 1), r.OptionalDouble(i, 2).value_or(0)});
  }
  return out;
}

core::Result<std::vector<DeviceRejection>> PgStore::DeviceRejections(int64_t limit) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT id, at, peer, mn, reason FROM monitoring_rejections ORDER BY "
                             "id DESC LIMIT $1",
                             Params().Int(limit)));
  std::vector<DeviceRejection> out;
  for (int i = 0; i < r.rows(); ++i) {
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Text(i, 4)});
  }
  return out;
}

core::Result<std::vector<User>> PgStore::QueryUsers(const std::string& where,
                                                    const Params& params) {
  LANTIAN_ASSIGN_OR_RETURN(Result r, conn_->Query(std::string(kUserColumns) + where, params));
  std::vector<User> out;
  for (int i = 0; i < r.rows(); ++i) {
    auto role = auth::ParseRole(r.Text(i, 3));
    if (!role) return core::Internal("user " + r.Text(i, 1) + " has an unknown role");
    out.push_back({r.Int(i, 0), r.Text(i, 1), r.Text(i, 2), *role, r.Text(i, 4), r.Text(i, 5),
                   r.Int(i, 6) != 0, r.Text(i, 7), r.Text(i, 8)});
  }
  return out;
}

core::Result<int64_t> PgStore::InsertUser(const User& u) {
  auto r = conn_->Query(
      "INSERT INTO users(username, display_name, role, scope, password_hash, disabled, "
      "created_at, updated_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id",
      Params()
          .Text(u.username)
          .Text(u.display_name)
          .Text(auth::RoleName(u.role))
          .Text(u.scope)
          .Text(u.password_hash)
          .Int(u.disabled)
          .Text(u.created_at)
          .Text(u.updated_at));
  if (!r && r.error().code() == core::ErrorCode::kConflict) {
    return core::Conflict("user " + u.username + " exists already", "username");
  }
  if (!r) return r.error();
  return r->Int(0, 0);
}

core::Status PgStore::UpdateUser(const User& u) {
  return conn_
      ->Query(
          "UPDATE users SET display_name=$2, role=$3, scope=$4, password_hash=$5, disabled=$6, "
          "updated_at=$7 WHERE id=$1",
          Params()
              .Int(u.id)
              .Text(u.display_name)
              .Text(auth::RoleName(u.role))
              .Text(u.scope)
              .Text(u.password_hash)
              .Int(u.disabled)
              .Text(u.updated_at))
      .status();
}

core::Result<std::optional<User>> PgStore::FindUser(std::string_view username) {
  LANTIAN_ASSIGN_OR_RETURN(auto users, QueryUsers(" WHERE username = $1", Params().Text(username)));
  if (users.empty()) return std::optional<User>();
  return std::optional<User>(std::move(users.front()));
}

core::Result<std::optional<User>> PgStore::UserById(int64_t id) {
  LANTIAN_ASSIGN_OR_RETURN(auto users, QueryUsers(" WHERE id = $1", Params().Int(id)));
  if (users.empty()) return std::optional<User>();
  return std::optional<User>(std::move(users.front()));
}

core::Result<std::vector<User>> PgStore::Users() {
  return QueryUsers(" ORDER BY username", Params());
}

core::Status PgStore::InsertSession(const Session& s) {
  return conn_
      ->Query(
          "INSERT INTO sessions(token_hash, user_id, kind, csrf_token, created_at, expires_at) "
          "VALUES($1,$2,$3,$4,$5,$6)",
          Params()
              .Text(s.token_hash)
              .Int(s.user_id)
              .Text(s.kind)
              .Text(s.csrf_token)
              .Text(s.created_at)
              .Text(s.expires_at))
      .status();
}

core::Result<std::optional<Session>> PgStore::FindSession(std::string_view token_hash) {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query("SELECT token_hash, user_id, kind, csrf_token, created_at, "
                                        "expires_at FROM sessions WHERE token_hash = $1",
                                        Params().Text(token_hash)));
  if (r.rows() == 0) return std::optional<Session>();
  return std::optional<Session>(
      Session{r.Text(0, 0), r.Int(0, 1), r.Text(0, 2), r.Text(0, 3), r.Text(0, 4), r.Text(0, 5)});
}

core::Status PgStore::DeleteSession(std::string_view token_hash) {
  return conn_->Query("DELETE FROM sessions WHERE token_hash = $1", Params().Text(token_hash))
      .status();
}

core::Status PgStore::DeleteSessionsOfUser(int64_t user_id) {
  return conn_->Query("DELETE FROM sessions WHERE user_id = $1", Params().Int(user_id)).status();
}

core::Status PgStore::Expire(std::string_view now, std::string_view failures_before) {
  LANTIAN_RETURN_IF_ERROR(
      conn_->Query("DELETE FROM sessions WHERE expires_at < $1", Params().Text(now)).status());
  return conn_->Query("DELETE FROM login_failures WHERE at < $1", Params().Text(failures_before))
      .status();
}

core::Status PgStore::RecordLoginFailure(std::string_view key, std::string_view at) {
  return conn_
      ->Query("INSERT INTO login_failures(failure_key, at) VALUES($1,$2)",
              Params().Text(key).Text(at))
      .status();
}

core::Result<int64_t> PgStore::CountLoginFailures(std::string_view key, std::string_view since) {
  LANTIAN_ASSIGN_OR_RETURN(
      Result r, conn_->Query("SELECT count(*) FROM login_failures WHERE failure_key = $1 AND "
                             "at >= $2",
                             Params().Text(key).Text(since)));
  return r.Int(0, 0);
}

core::Status PgStore::ClearLoginFailures(std::string_view key) {
  return conn_->Query("DELETE FROM login_failures WHERE failure_key = $1", Params().Text(key))
      .status();
}

core::Status PgStore::LockAuditTrail() {
  // Appenders from every process queue here until the holder commits.
  return conn_->Exec("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE");
}

core::Result<std::optional<audit::Entry>> PgStore::LastAuditEntry() {
  LANTIAN_ASSIGN_OR_RETURN(Result r,
                           conn_->Query(std::string(kAuditColumns) + " ORDER BY id DESC LIMIT 1"));
  if (r.rows() == 0) return std::optional<audit::Entry>();
  return std::optional<audit::Entry>(AuditFromRow(r, 0));
}

core::Status PgStore::AppendAuditEntry(const audit::Entry& e) {
  return conn_
      ->Query(
          "INSERT INTO audit_log(id, at, actor, action, object_type, object_id, before_value, "
          "after_value, "
          "prev_hash, hash) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
          Params()
              .Int(e.id)
              .Text(e.at)
              .Text(e.actor)
              .Text(e.action)
              .Text(e.object_type)
              .Text(e.object_id)
              .Text(e.before)
              .Text(e.after)
              .Text(e.prev_hash)
              .Text(e.hash))
      .status();
}

core::Status PgStore::ScanAudit(const AuditFilter& f, const AuditVisitor& visit) {
  std::string sql = std::string(kAuditColumns) + " WHERE true";
  Params p;
  int n = 0;
  auto add = [&](const std::optional<std::string>& v, const std::string& clause) {
    if (!v) return;
    p.Text(*v);
    sql += " AND " + clause + "$" + std::to_string(++n);
  };
  if (f.actor) {
    p.Text(*f.actor);
    sql += " AND strpos(actor, $" + std::to_string(++n) + ") > 0";
  }
  add(f.object_type, "object_type = ");
  add(f.object_id, "object_id = ");
  add(f.from, "at >= ");
  add(f.to, "at <= ");
  sql += " ORDER BY id";
  LANTIAN_ASSIGN_OR_RETURN(Result r, conn_->Query(sql, p));
  for (int i = 0; i < r.rows(); ++i) LANTIAN_RETURN_IF_ERROR(visit(AuditFromRow(r, i)));
  return core::Status::Ok();
}

}  // namespace lantian::storage::postgres
