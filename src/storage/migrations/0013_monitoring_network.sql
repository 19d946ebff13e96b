-- The supplementary monitoring networks (issue 8 §5, plan （二十）;
-- ledger/network_check.hpp): VOCs automatic stations, traffic stations at
-- ports and freight corridors, dust-fall sites — each with its city, county
-- town, setting, what it serves, coordinates (text, '' when unknown), whether
-- it is connected ('yes'/'no') and since when it runs; and the outlets of
-- enterprises with their stack heights, for the rule that stacks above 45 m
-- be on automatic monitoring.
CREATE TABLE network_sites (
  code TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  city_code TEXT NOT NULL,
  county TEXT NOT NULL,
  name TEXT NOT NULL,
  setting TEXT NOT NULL,
  serves TEXT NOT NULL,
  lat TEXT NOT NULL,
  lon TEXT NOT NULL,
  connected TEXT NOT NULL,
  since TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL
);
CREATE INDEX network_sites_city ON network_sites(city_code, kind);

CREATE TABLE source_outlets (
  credit_code TEXT NOT NULL,
  outlet TEXT NOT NULL,
  city_code TEXT NOT NULL,
  name TEXT NOT NULL,
  height_m TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL,
  PRIMARY KEY (credit_code, outlet)
);
CREATE INDEX source_outlets_city ON source_outlets(city_code);
