-- expect-none: missing-updated-at
CREATE TABLE jobs (id bigint PRIMARY KEY, status text, created_at timestamptz, updated_at timestamptz);
CREATE TABLE job_logs (id bigint PRIMARY KEY, job_id bigint, status text, created_at timestamptz);
CREATE TABLE notes (id bigint PRIMARY KEY, body text, created_at timestamptz);
