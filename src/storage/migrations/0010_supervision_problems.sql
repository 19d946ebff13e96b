-- Problems found by supervision, tracked to closure (issue 8 §2; plan
-- （二十一）拉条挂账): where (city, district, enterprise or site), what, found by
-- whom and from what source (an inspection, an enforcement task, a station
-- finding, a grid report …; source_ref opens a linked problem once), photos,
-- the rectification plan and deadline, its status, and the closed problem it
-- rebounds from; each step of its history in problem_events.
CREATE TABLE problems (
  id {{SERIAL_PK}},
  city_code TEXT NOT NULL,
  district TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  site TEXT NOT NULL,
  kind TEXT NOT NULL,
  what TEXT NOT NULL,
  source TEXT NOT NULL,
  source_ref TEXT NOT NULL,
  found_by TEXT NOT NULL,
  found_at TEXT NOT NULL,
  photos TEXT NOT NULL,
  deadline TEXT NOT NULL,
  plan TEXT NOT NULL,
  status TEXT NOT NULL,
  rebound_of BIGINT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX problems_city ON problems(city_code, status);
CREATE UNIQUE INDEX problems_source_ref ON problems(source_ref) WHERE source_ref <> '';

CREATE TABLE problem_events (
  id {{SERIAL_PK}},
  problem_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  status TEXT NOT NULL,
  evidence TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX problem_events_problem ON problem_events(problem_id);
