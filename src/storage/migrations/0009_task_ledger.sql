-- The key-task ledger (issue 8 §1; plan （十八）): each task's units — its
-- scope as the root and the shares handed down to provinces, cities,
-- districts and departments — with target, deadline, reporting rhythm, start
-- point and responsible person; the progress reports (调度) each unit files,
-- every one kept; and the closures (销号) and reopenings.
CREATE TABLE task_units (
  id {{SERIAL_PK}},
  task_id TEXT NOT NULL,
  unit TEXT NOT NULL,
  parent TEXT NOT NULL,
  level TEXT NOT NULL,
  name TEXT NOT NULL,
  target TEXT NOT NULL,
  deadline TEXT NOT NULL,
  rhythm TEXT NOT NULL,
  start_date TEXT NOT NULL,
  start_value TEXT NOT NULL,
  responsible_name TEXT NOT NULL,
  responsible_office TEXT NOT NULL,
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  UNIQUE (task_id, unit)
);

CREATE TABLE task_reports (
  id {{SERIAL_PK}},
  task_id TEXT NOT NULL,
  unit TEXT NOT NULL,
  due TEXT NOT NULL,
  value TEXT NOT NULL,
  evidence TEXT NOT NULL,
  note TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  reported_at TEXT NOT NULL
);
CREATE INDEX task_reports_unit ON task_reports(task_id, unit, due);

CREATE TABLE task_events (
  id {{SERIAL_PK}},
  task_id TEXT NOT NULL,
  unit TEXT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  at TEXT NOT NULL,
  evidence TEXT NOT NULL,
  note TEXT NOT NULL
);
CREATE INDEX task_events_unit ON task_events(task_id, unit);
