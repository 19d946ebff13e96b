-- lantian schema 2: users with roles and scopes, sessions, login throttling and
-- the tamper-evident audit trail.

CREATE TABLE users (
  id {{SERIAL_PK}},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  scope TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Only the SHA-256 of a session token is kept, so a copy of the database opens
-- no session. kind: "cookie" (with its CSRF token) or "bearer".
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed logins by key ("user:NAME", "ip:ADDRESS"), for rate limiting shared by
-- every server process of a database.
CREATE TABLE login_failures (
  failure_key TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (failure_key, at);

-- Append-only; each entry carries the SHA-256 of its content and of the entry
-- before it (audit/chain.hpp). Ids are consecutive from 1.
CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  before_value TEXT NOT NULL,
  after_value TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_by_object ON audit_log (object_type, object_id);
