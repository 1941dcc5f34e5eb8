-- Identical definitions under other names (spelled differently: explicit defaults), three
-- of a kind (two findings), and identical unique indexes.
-- expect: duplicate-index users
-- expect: duplicate-index events
-- expect: duplicate-index events
-- expect: duplicate-index api_tokens
-- expect-none: redundant-index

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL
);
CREATE INDEX users_email_idx ON users (email);
CREATE INDEX idx_users_email ON users USING btree (email ASC NULLS LAST);

CREATE TABLE events (
    id bigint PRIMARY KEY,
    created_at timestamptz NOT NULL
);
CREATE INDEX events_created_at_idx ON events (created_at DESC);
CREATE INDEX events_created_at_desc_idx ON events (created_at DESC NULLS FIRST);
CREATE INDEX index_events_on_created_at ON events (created_at DESC);

CREATE TABLE api_tokens (
    id bigint PRIMARY KEY,
    digest text NOT NULL
);
CREATE UNIQUE INDEX api_tokens_digest_key ON api_tokens (digest) WHERE digest <> '';
CREATE UNIQUE INDEX api_tokens_digest_uidx ON api_tokens (digest) WHERE (digest <> '');
