-- A single-column index that leads a composite one, a plain index that repeats the primary
-- key, a unique index that repeats a unique constraint, and a non-unique index under a
-- unique one: each is redundant and reported once, never the constraint.
-- expect: redundant-index orders
-- expect: redundant-index accounts
-- expect: redundant-index accounts
-- expect: redundant-index memberships
-- expect: redundant-index sessions
-- expect-none: duplicate-index

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);

CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT accounts_email_key UNIQUE (email)
);
CREATE INDEX accounts_id_idx ON accounts (id);
CREATE UNIQUE INDEX accounts_email_uidx ON accounts USING btree (email ASC NULLS LAST);

CREATE TABLE organizations (id bigint PRIMARY KEY);
CREATE TABLE memberships (
    organization_id bigint NOT NULL REFERENCES organizations (id),
    user_id bigint NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);
CREATE INDEX memberships_organization_idx ON memberships (organization_id);

CREATE TABLE sessions (
    id bigint PRIMARY KEY,
    token text NOT NULL
);
CREATE UNIQUE INDEX sessions_token_key ON sessions (token);
CREATE INDEX sessions_token_idx ON sessions (token);
