-- lantian schema 5: emergency emission-reduction lists (plan （四）（五）).
-- Every version of a city's list is kept whole (the list as JSON, as read from
-- the file with that SHA-256), with its review status and the steps of its
-- review; and each city's society-wide emission inventory.

CREATE TABLE emergency_list_versions (
  id {{SERIAL_PK}},
  city_code TEXT NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL,  -- draft, submitted, returned, approved, reported
  content TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (city_code, version)
);

CREATE TABLE emergency_list_steps (
  id {{SERIAL_PK}},
  version_id BIGINT NOT NULL,
  step TEXT NOT NULL,  -- submit, return, approve, report
  comment TEXT NOT NULL,
  who TEXT NOT NULL,
  at TEXT NOT NULL
);

-- kg/day per pollutant (SO2, NOx, PM, VOCs).
CREATE TABLE emission_inventories (
  city_code TEXT NOT NULL,
  pollutant TEXT NOT NULL,
  kg_per_day BIGINT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (city_code, pollutant)
);
