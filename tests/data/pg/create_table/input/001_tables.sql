-- Types normalized as format_type prints them, defaults, identity, generated columns,
-- and PostgreSQL's names for unnamed constraints.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    handle varchar(40) NOT NULL UNIQUE,
    balance numeric(12,2) DEFAULT 0 CHECK (balance >= 0),
    rate numeric,
    created_at timestamp(6) without time zone DEFAULT now() NOT NULL,
    updated_at timestamptz,
    flags boolean[] DEFAULT '{}',
    code char(3),
    full_name text GENERATED ALWAYS AS (handle || '!') STORED
);

CREATE TABLE "Teams" (
    id serial PRIMARY KEY,
    "displayName" text COLLATE "C"
);

CREATE TABLE memberships (
    account_id bigint NOT NULL REFERENCES accounts ON DELETE CASCADE,
    team_id integer NOT NULL,
    role text NOT NULL DEFAULT 'member',
    PRIMARY KEY (account_id, team_id),
    FOREIGN KEY (team_id) REFERENCES "Teams" (id) ON DELETE RESTRICT ON UPDATE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT role_known CHECK (role IN ('member', 'admin')),
    UNIQUE (team_id, role, account_id)
);

CREATE UNLOGGED TABLE cache_entries (
    key text PRIMARY KEY,
    value jsonb,
    expires_at timestamp with time zone,
    CHECK (expires_at > '2020-01-01'),
    CHECK (value IS NOT NULL)
);

CREATE TABLE bookings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    room int4,
    during tsrange,
    parent_id uuid REFERENCES bookings (id) ON DELETE SET NULL,
    EXCLUDE USING gist (room WITH =, during WITH &&)
);

CREATE TABLE accounts_archive (LIKE accounts INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
CREATE TABLE IF NOT EXISTS accounts (id int);
CREATE TABLE special_accounts (vip boolean DEFAULT false) INHERITS (accounts_archive);
