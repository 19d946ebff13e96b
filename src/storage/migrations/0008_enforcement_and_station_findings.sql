-- Enforcement tasks (issue 7 §4): each violation the verification of an
-- alert found (a line short of its cut, a treatment facility off while its
-- line ran, hours over a limit under alert, a confirmed falsified-data
-- finding) becomes a task of the city's ledger, opened once per source_key,
-- with a deadline, closed with a note by the bureaus that keep the city's
-- monitoring. Issue 8's ledgers extend it.
CREATE TABLE enforcement_tasks (
  id {{SERIAL_PK}},
  city_code TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_key TEXT NOT NULL UNIQUE,
  what TEXT NOT NULL,
  evidence TEXT NOT NULL,
  opened_by TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  deadline TEXT NOT NULL,
  status TEXT NOT NULL,
  closed_by TEXT NOT NULL,
  closed_at TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX enforcement_tasks_city ON enforcement_tasks(city_code, status);

-- Findings of the station-tampering detector (issue 7 §5): an ambient station
-- far below its neighbours on polluted days, for the national and regional
-- offices to confirm or dismiss once (a confirmed one records the city's
-- falsified data for the phase).
CREATE TABLE station_findings (
  id {{SERIAL_PK}},
  station TEXT NOT NULL,
  city_code TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  evidence TEXT NOT NULL,
  found_at TEXT NOT NULL,
  status TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  note TEXT NOT NULL,
  UNIQUE (station, from_date)
);
