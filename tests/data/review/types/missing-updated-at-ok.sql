-- A status written once with the row (no initial value to move on from), a table that has
-- updated_at, an append-only log, and a table that records its steps (started_at).
-- expect-none: missing-updated-at
CREATE TABLE jobs (id bigint PRIMARY KEY, status text, created_at timestamptz, updated_at timestamptz);
CREATE TABLE job_logs (id bigint PRIMARY KEY, job_id bigint, status text DEFAULT 'info', created_at timestamptz);
CREATE TABLE notes (id bigint PRIMARY KEY, body text, created_at timestamptz);
CREATE TABLE payments (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE runs (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'queued', started_at timestamptz, finished_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
