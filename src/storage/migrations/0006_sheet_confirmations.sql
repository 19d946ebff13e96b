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
