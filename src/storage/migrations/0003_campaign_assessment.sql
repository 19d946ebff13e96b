-- lantian schema 3: what the campaign is assessed against and with: official
-- city targets, the tier rule that derives them when none are loaded, monthly
-- dust fall, and findings of falsified monitoring data. Numbers are exact
-- decimal text, as in schema 1.

-- The official table of city targets (one row per city and phase).
CREATE TABLE city_targets (
  city_code TEXT NOT NULL,
  phase TEXT NOT NULL,
  pm25 TEXT NOT NULL,
  heavy_days INTEGER NOT NULL,
  baseline_pm25 TEXT,
  baseline_heavy_days INTEGER,
  note TEXT NOT NULL,
  source_id BIGINT NOT NULL,
  PRIMARY KEY (city_code, phase)
);

-- The tier rule of plan （二） (configuration; data/tier-rule.csv by default).
CREATE TABLE tier_rules (
  phase TEXT NOT NULL,
  tier INTEGER NOT NULL,
  baseline_pm25_from TEXT NOT NULL,
  pm25_reduction_percent TEXT NOT NULL,
  baseline_heavy_days_from INTEGER NOT NULL,
  heavy_days_reduction INTEGER NOT NULL,
  PRIMARY KEY (phase, tier)
);

-- Cities held to a stricter target (phase '' = both phases).
CREATE TABLE stricter_targets (
  city_code TEXT NOT NULL,
  phase TEXT NOT NULL,
  extra_pm25_percent TEXT NOT NULL,
  extra_heavy_days INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (city_code, phase)
);

-- Monthly dust fall per city, t/(month·km²); month = its first day (days since 1970-01-01).
CREATE TABLE dustfall (
  city_code TEXT NOT NULL,
  month INTEGER NOT NULL,
  value TEXT NOT NULL,
  note TEXT NOT NULL,
  source_id BIGINT NOT NULL,
  PRIMARY KEY (city_code, month)
);

-- Findings that a city's monitoring data were falsified (the phase fails outright).
CREATE TABLE falsification_findings (
  id {{SERIAL_PK}},
  city_code TEXT NOT NULL,
  phase TEXT NOT NULL,
  found_on TEXT NOT NULL,
  description TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL
);
