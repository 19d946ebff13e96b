-- The dynamic register of 散乱污 workshops (issue 8 §3, plan （十）;
-- ledger/workshop.hpp): where (city, district, township, address,
-- coordinates), what it makes and emits, how it was found (source, and
-- source_ref for a lead filed from the electricity candidates), its handling
-- deadline, status (found, to-close, to-rectify, closed-down, whitelisted)
-- and the closed-down or white-listed workshop it rebounds from; each step in
-- workshop_events. Coordinates are kept as text ('' when unknown).
CREATE TABLE workshops (
  id {{SERIAL_PK}},
  city_code TEXT NOT NULL,
  district TEXT NOT NULL,
  township TEXT NOT NULL,
  name TEXT NOT NULL,
  address TEXT NOT NULL,
  lat TEXT NOT NULL,
  lon TEXT NOT NULL,
  industry TEXT NOT NULL,
  what TEXT NOT NULL,
  source TEXT NOT NULL,
  source_ref TEXT NOT NULL,
  found_by TEXT NOT NULL,
  found_at TEXT NOT NULL,
  photos TEXT NOT NULL,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL,
  rebound_of BIGINT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX workshops_city ON workshops(city_code, status);

CREATE TABLE workshop_events (
  id {{SERIAL_PK}},
  workshop_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  evidence TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX workshop_events_workshop ON workshop_events(workshop_id);

-- The grid company's dedicated-transformer accounts (专变用户) whose 15-minute
-- readings (in electricity_readings, under the account number) feed the
-- candidate finder (verify/industrial_load.hpp).
CREATE TABLE power_accounts (
  account TEXT PRIMARY KEY,
  city_code TEXT NOT NULL,
  district TEXT NOT NULL,
  customer TEXT NOT NULL,
  address TEXT NOT NULL,
  lat TEXT NOT NULL,
  lon TEXT NOT NULL,
  tariff TEXT NOT NULL,
  capacity_kva TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL
);
CREATE INDEX power_accounts_city ON power_accounts(city_code);
