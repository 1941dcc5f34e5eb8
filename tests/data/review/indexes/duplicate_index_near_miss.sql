-- Same columns, different definitions: no duplicate. The non-unique index under the unique
-- one is redundant-index's, not duplicate-index's.
-- expect-none: duplicate-index
-- expect: redundant-index users

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz,
    name text
);
CREATE INDEX users_email_idx ON users (email);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_email_live_idx ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_email_desc_idx ON users (email DESC);
CREATE INDEX users_email_name_idx ON users (email) INCLUDE (name);
CREATE INDEX users_email_hash_idx ON users USING hash (email);
