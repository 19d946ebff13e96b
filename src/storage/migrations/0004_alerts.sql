-- lantian schema 4: heavy-pollution alerts (plan （六）（七）). Every forecast
-- run is kept with its issuer and issue time, so that each alert decision can
-- be traced to the forecast it rested on; alert steps are an append-only log
-- (the status of a city is the log replayed); regional prompts name the
-- cities that must respond. Times are "YYYY-MM-DD HH:MM:SS" Beijing time.

CREATE TABLE forecast_runs (
  id {{SERIAL_PK}},
  issuer TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  kind TEXT NOT NULL,  -- 'daily' or 'hourly'
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (issuer, issued_at, kind)
);

-- One value per run, city and day ('YYYY-MM-DD') or hour ('YYYY-MM-DD HH:MM');
-- the band (aqi_low..aqi_high) when the issuer gave one.
CREATE TABLE forecast_values (
  run_id BIGINT NOT NULL,
  city TEXT NOT NULL,
  at TEXT NOT NULL,
  aqi INTEGER NOT NULL,
  aqi_low INTEGER,
  aqi_high INTEGER,
  PRIMARY KEY (run_id, city, at)
);

-- city: a unit code, or the name of a border city outside the plan.
CREATE TABLE alert_steps (
  id {{SERIAL_PK}},
  city TEXT NOT NULL,
  step TEXT NOT NULL,
  level TEXT NOT NULL,
  at TEXT NOT NULL,
  who TEXT NOT NULL,
  forecast_run_id BIGINT NOT NULL,
  note TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);

CREATE TABLE regional_prompts (
  id {{SERIAL_PK}},
  region TEXT NOT NULL,
  level TEXT NOT NULL,
  episode_start TEXT NOT NULL,
  episode_end TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  deadline TEXT NOT NULL,
  forecast_run_id BIGINT NOT NULL,
  raised_by TEXT NOT NULL,
  note TEXT NOT NULL
);

CREATE TABLE prompt_cities (
  prompt_id BIGINT NOT NULL,
  city TEXT NOT NULL,
  border INTEGER NOT NULL,  -- 1: a border city added outside the region
  added_at TEXT NOT NULL,
  PRIMARY KEY (prompt_id, city)
);
