-- Mostly timestamp without time zone; audit_log alone uses timestamptz, the better practice:
-- one schema-level finding about the convention, never one pointing at audit_log.
-- expect: timestamp-inconsistent public
CREATE TABLE users (id int PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE posts (id int PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE tags (id int PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp NOT NULL);
CREATE TABLE audit_log (id int PRIMARY KEY, logged_at timestamptz NOT NULL DEFAULT now());
