-- lantian schema 6: an enterprise's confirmation of its own measure sheet
-- (一厂一策, issue 6 §5): which version of its city's list it confirmed, who of
-- the enterprise did, when, and a note. Once per enterprise and version.

CREATE TABLE emergency_sheet_confirmations (
  id {{SERIAL_PK}},
  version_id BIGINT NOT NULL,
  credit_code TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  confirmed_at TEXT NOT NULL,
  note TEXT NOT NULL,
  UNIQUE (version_id, credit_code)
);

-- A province's own tables for checking its cities' lists (issue 6 §2: the
-- measure templates per industry, grade and level, and the industries it adds
-- to the 39), kept as canonical CSV with the file they came from; replaced
-- whole. kind: templates, industries.
CREATE TABLE province_list_tables (
  province TEXT NOT NULL,
  kind TEXT NOT NULL,
  content TEXT NOT NULL,
  file TEXT NOT NULL,
  stored_by TEXT NOT NULL,
  stored_at TEXT NOT NULL,
  PRIMARY KEY (province, kind)
);
