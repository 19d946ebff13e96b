-- lantian schema 1: reference data, provenance, and the air-quality time series.
-- Portable SQL for SQLite and PostgreSQL; {{BLOB}}, {{SERIAL_PK}} and
-- {{WITHOUT_ROWID}} are replaced per backend (storage/migrations.hpp).

-- The plan's units (regions.csv).
CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name_zh TEXT NOT NULL,
  name_en TEXT NOT NULL,
  province_zh TEXT NOT NULL,
  region TEXT NOT NULL,
  kind TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  note TEXT NOT NULL
);

-- Regional targets of the plan (plan-targets.csv); numbers as exact decimal text.
CREATE TABLE regional_targets (
  region TEXT NOT NULL,
  period TEXT NOT NULL,
  first_day TEXT NOT NULL,
  last_day TEXT NOT NULL,
  pm25_mean_max TEXT NOT NULL,
  heavy_days_city_avg_max TEXT NOT NULL,
  PRIMARY KEY (region, period)
);

-- Quantified key tasks (key-tasks.csv).
CREATE TABLE key_tasks (
  id TEXT PRIMARY KEY,
  section TEXT NOT NULL,
  task_zh TEXT NOT NULL,
  metric TEXT NOT NULL,
  unit TEXT NOT NULL,
  scope TEXT NOT NULL,
  target TEXT NOT NULL,
  deadline TEXT NOT NULL,
  comparison TEXT NOT NULL
);

-- Station registry. `id` is the distribution column of station_days.
CREATE TABLE stations (
  id {{SERIAL_PK}},
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  city_code TEXT NOT NULL,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  background INTEGER NOT NULL,
  retired_on TEXT
);
CREATE INDEX stations_by_city ON stations (city_code);

-- Where data came from: an import, or the synthetic demo season.
CREATE TABLE sources (
  id {{SERIAL_PK}},
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  synthetic INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  detail TEXT NOT NULL
);

-- One row per station and natural day (days since 1970-01-01, Beijing time);
-- `measured` holds the 24 hourly values of SO2, NO2, CO, O3, PM10, PM2.5 and
-- `published` the provider's AQI and moving means (storage/site_day_codec.hpp).
-- Distribution column: station_id.
CREATE TABLE station_days (
  station_id BIGINT NOT NULL,
  day INTEGER NOT NULL,
  measured {{BLOB}} NOT NULL,
  published {{BLOB}} NOT NULL,
  source_id BIGINT NOT NULL,
  PRIMARY KEY (station_id, day)
) {{WITHOUT_ROWID}};

-- City values as a provider publishes them (CNEMC city files). Distribution
-- column: city_code.
CREATE TABLE city_days (
  city_code TEXT NOT NULL,
  day INTEGER NOT NULL,
  measured {{BLOB}} NOT NULL,
  published {{BLOB}} NOT NULL,
  source_id BIGINT NOT NULL,
  PRIMARY KEY (city_code, day)
) {{WITHOUT_ROWID}};

-- Days a city's PM was affected by sand and dust (扣沙), with who said so.
CREATE TABLE dust_days (
  city_code TEXT NOT NULL,
  day INTEGER NOT NULL,
  source_id BIGINT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY (city_code, day)
);

-- Every file import that changed something.
CREATE TABLE imports (
  id {{SERIAL_PK}},
  source_id BIGINT NOT NULL,
  file TEXT NOT NULL,
  kind TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  values_added BIGINT NOT NULL,
  values_replaced BIGINT NOT NULL,
  values_unchanged BIGINT NOT NULL,
  values_rejected BIGINT NOT NULL
);
