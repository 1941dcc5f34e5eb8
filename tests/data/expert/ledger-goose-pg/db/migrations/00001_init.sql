-- +goose Up
CREATE TABLE currencies (
    code char(3) PRIMARY KEY,
    name text NOT NULL,
    minor_units smallint NOT NULL DEFAULT 2
);

CREATE TABLE ledgers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    default_currency char(3) NOT NULL REFERENCES currencies (code),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    parent_account_id bigint,
    code text NOT NULL,
    name text NOT NULL,
    normal_balance text NOT NULL CHECK (normal_balance IN ('debit', 'credit')),
    currency char(3) NOT NULL REFERENCES currencies (code),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT accounts_ledger_parent_code UNIQUE (ledger_id, parent_account_id, code)
);

CREATE TABLE journal_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    description text,
    effective_date date NOT NULL,
    posted_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE postings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    journal_entry_id bigint NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    amount numeric(20, 4) NOT NULL,
    direction text NOT NULL CHECK (direction IN ('debit', 'credit')),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE balances (
    account_id bigint PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    amount numeric NOT NULL DEFAULT 0,
    as_of timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE transfers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    source_account_id bigint NOT NULL,
    destination_account_id bigint NOT NULL,
    amount numeric(20, 4) NOT NULL CHECK (amount > 0),
    currency char(3) NOT NULL REFERENCES currencies (code),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'posted', 'voided')),
    metadata jsonb NOT NULL DEFAULT '{}',
    posted_at timestamptz,
    voided_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_credentials (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    client_id text NOT NULL UNIQUE,
    client_secret text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE api_credentials;
DROP TABLE transfers;
DROP TABLE balances;
DROP TABLE postings;
DROP TABLE journal_entries;
DROP TABLE accounts;
DROP TABLE ledgers;
DROP TABLE currencies;
