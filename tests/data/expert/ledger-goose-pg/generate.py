import os
out = "db/migrations"
migs = []
def m(name, up, down):
    migs.append((name, up.strip()+"\n", down.strip()+"\n"))

m("init", """
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
""", """
DROP TABLE api_credentials;
DROP TABLE transfers;
DROP TABLE balances;
DROP TABLE postings;
DROP TABLE journal_entries;
DROP TABLE accounts;
DROP TABLE ledgers;
DROP TABLE currencies;
""")

m("index_postings", """
CREATE INDEX postings_journal_entry_id ON postings (journal_entry_id);
CREATE INDEX postings_account_id ON postings (account_id, created_at);
""", "DROP INDEX postings_account_id;\nDROP INDEX postings_journal_entry_id;")
m("index_accounts_ledger", "CREATE INDEX accounts_ledger_id ON accounts (ledger_id);", "DROP INDEX accounts_ledger_id;")
m("index_transfers", """
CREATE INDEX transfers_ledger_status ON transfers (ledger_id, status);
CREATE INDEX transfers_source_account_id ON transfers (source_account_id);
CREATE INDEX transfers_destination_account_id ON transfers (destination_account_id);
""", "DROP INDEX transfers_destination_account_id;\nDROP INDEX transfers_source_account_id;\nDROP INDEX transfers_ledger_status;")
m("journal_entries_index", "CREATE INDEX journal_entries_ledger_id ON journal_entries (ledger_id, effective_date);", "DROP INDEX journal_entries_ledger_id;")
m("create_fees", """
CREATE TABLE fees (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transfer_id bigint NOT NULL REFERENCES transfers (id) ON DELETE CASCADE,
    amount double precision NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fees_transfer_id ON fees (transfer_id);
""", "DROP TABLE fees;")
m("create_fx_rates", """
CREATE TABLE fx_rates (
    base char(3) NOT NULL REFERENCES currencies (code),
    quote char(3) NOT NULL REFERENCES currencies (code),
    rate double precision NOT NULL,
    observed_at timestamptz NOT NULL,
    PRIMARY KEY (base, quote, observed_at)
);
""", "DROP TABLE fx_rates;")
m("create_statements", """
CREATE TABLE statements (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    period_start date NOT NULL,
    period_end date NOT NULL,
    current_version_id bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE statement_versions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    statement_id bigint NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    rendered_pdf_key text NOT NULL,
    totals jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statement_versions_statement_id ON statement_versions (statement_id);
CREATE INDEX statements_account_id ON statements (account_id, period_start);
""", "DROP TABLE statement_versions;\nDROP TABLE statements;")
m("create_payouts", """
CREATE TABLE payouts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT,
    amount numeric(20, 4) NOT NULL,
    currency char(3) NOT NULL REFERENCES currencies (code),
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'paid', 'failed')),
    bank_reference text,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payouts_account_id ON payouts (account_id);
""", "DROP TABLE payouts;")
m("create_settlement_batches", """
CREATE TABLE settlement_batches (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    file_name text NOT NULL,
    opened_at timestamp NOT NULL DEFAULT now(),
    closed_at timestamp
);
CREATE INDEX settlement_batches_ledger_id ON settlement_batches (ledger_id);
""", "DROP TABLE settlement_batches;")

# The long tail: one small change per release, as ledgers grow.
columns = [
    ("ledgers", "timezone", "text NOT NULL DEFAULT 'UTC'"),
    ("ledgers", "archived_at", "timestamptz"),
    ("accounts", "description", "text"),
    ("accounts", "closed_at", "timestamptz"),
    ("accounts", "external_ref", "text"),
    ("journal_entries", "reference", "text"),
    ("journal_entries", "reversed_entry_id", "bigint REFERENCES journal_entries (id) ON DELETE SET NULL"),
    ("postings", "memo", "text"),
    ("transfers", "idempotency_key", "text"),
    ("transfers", "failure_reason", "text"),
    ("payouts", "scheduled_for", "date"),
    ("payouts", "provider", "text"),
    ("fees", "kind", "text NOT NULL DEFAULT 'processing' CHECK (kind IN ('processing', 'fx', 'payout'))"),
    ("statements", "delivered_at", "timestamptz"),
    ("settlement_batches", "record_count", "integer"),
    ("api_credentials", "label", "text"),
    ("api_credentials", "last_used_at", "timestamptz"),
    ("api_credentials", "revoked_at", "timestamptz"),
    ("currencies", "symbol", "text"),
    ("currencies", "is_crypto", "boolean NOT NULL DEFAULT false"),
]
for table, col, typ in columns:
    m(f"add_{col}_to_{table}", f"ALTER TABLE {table} ADD COLUMN {col} {typ};", f"ALTER TABLE {table} DROP COLUMN {col};")

indexes = [
    ("accounts", "external_ref"), ("journal_entries", "reference"), ("transfers", "idempotency_key"),
    ("payouts", "scheduled_for"), ("statements", "delivered_at"), ("api_credentials", "last_used_at"),
    ("journal_entries", "reversed_entry_id"), ("fees", "kind"),
]
for table, col in indexes:
    m(f"index_{table}_on_{col}", f"CREATE INDEX {table}_{col} ON {table} ({col});", f"DROP INDEX {table}_{col};")

# Seeds and backfills, one per currency batch and per data fix.
for i, (code, name) in enumerate([("USD", "US Dollar"), ("EUR", "Euro"), ("GBP", "Pound Sterling"),
                                   ("JPY", "Yen"), ("CHF", "Swiss Franc"), ("CAD", "Canadian Dollar"),
                                   ("AUD", "Australian Dollar"), ("SEK", "Swedish Krona"),
                                   ("NOK", "Norwegian Krone"), ("DKK", "Danish Krone"),
                                   ("PLN", "Zloty"), ("CZK", "Czech Koruna"), ("HUF", "Forint"),
                                   ("MXN", "Mexican Peso"), ("BRL", "Brazilian Real"),
                                   ("INR", "Indian Rupee"), ("SGD", "Singapore Dollar"),
                                   ("HKD", "Hong Kong Dollar"), ("NZD", "New Zealand Dollar"),
                                   ("ZAR", "Rand")]):
    units = 0 if code in ("JPY", "HUF") else 2
    m(f"seed_currency_{code.lower()}",
      f"INSERT INTO currencies (code, name, minor_units) VALUES ('{code}', '{name}', {units}) ON CONFLICT (code) DO NOTHING;",
      f"DELETE FROM currencies WHERE code = '{code}';")

backfills = [
    ("ledgers", "UPDATE ledgers SET timezone = 'UTC' WHERE timezone IS NULL;"),
    ("transfers", "UPDATE transfers SET idempotency_key = 'legacy-' || id WHERE idempotency_key IS NULL;"),
    ("payouts", "UPDATE payouts SET provider = 'ach' WHERE provider IS NULL;"),
    ("currencies", "UPDATE currencies SET symbol = '$' WHERE code IN ('USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN');"),
    ("currencies_eur", "UPDATE currencies SET symbol = '€' WHERE code = 'EUR';"),
    ("fees", "UPDATE fees SET kind = 'fx' WHERE kind = 'processing' AND currency <> 'USD';"),
]
for name, sql in backfills:
    m(f"backfill_{name}", sql, "SELECT 1;")

comments = [
    ("accounts", "Chart of accounts; a parent groups sub-accounts for reporting."),
    ("postings", "Double-entry lines; the postings of a journal entry sum to zero per currency."),
    ("transfers", "Money movement between two accounts of one ledger."),
    ("fx_rates", "Mid-market rates as observed; never updated, only appended."),
    ("statements", "Monthly account statements; current_version_id is the one customers see."),
    ("balances", "Materialised balance per account, refreshed by the posting worker."),
    ("payouts", "Outgoing bank transfers to account holders."),
    ("settlement_batches", "Files exchanged with the bank each business day."),
]
for table, text in comments:
    m(f"comment_on_{table}", f"COMMENT ON TABLE {table} IS '{text}';", f"COMMENT ON TABLE {table} IS NULL;")

m("create_webhook_events", """
CREATE TABLE webhook_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ledger_id bigint NOT NULL REFERENCES ledgers (id) ON DELETE CASCADE,
    event_type text NOT NULL,
    payload jsonb NOT NULL,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_events_ledger_id ON webhook_events (ledger_id, created_at);
""", "DROP TABLE webhook_events;")
m("create_account_holds", """
CREATE TABLE account_holds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    amount numeric(20, 4) NOT NULL,
    reason text NOT NULL,
    expires_at timestamptz,
    released_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_holds_account_id ON account_holds (account_id);
""", "DROP TABLE account_holds;")

more_columns = [
    ("transfers", "initiated_by", "text"), ("transfers", "channel", "text"),
    ("accounts", "opened_on", "date"), ("ledgers", "owner_email", "text"),
    ("journal_entries", "source", "text"), ("postings", "running_balance", "numeric(20, 4)"),
    ("payouts", "failure_code", "text"), ("payouts", "settlement_batch_id", "bigint REFERENCES settlement_batches (id) ON DELETE SET NULL"),
    ("statement_versions", "checksum", "text"), ("webhook_events", "attempts", "integer NOT NULL DEFAULT 0"),
    ("account_holds", "reference", "text"), ("fx_rates", "source", "text"),
    ("currencies", "is_active", "boolean NOT NULL DEFAULT true"), ("fees", "waived", "boolean NOT NULL DEFAULT false"),
    ("balances", "pending_amount", "numeric(20, 4) NOT NULL DEFAULT 0"),
]
for table, col, typ in more_columns:
    m(f"add_{col}_to_{table}", f"ALTER TABLE {table} ADD COLUMN {col} {typ};", f"ALTER TABLE {table} DROP COLUMN {col};")
m("index_payouts_settlement_batch", "CREATE INDEX payouts_settlement_batch_id ON payouts (settlement_batch_id);", "DROP INDEX payouts_settlement_batch_id;")
m("index_webhook_events_undelivered", "CREATE INDEX webhook_events_undelivered ON webhook_events (created_at) WHERE delivered_at IS NULL;", "DROP INDEX webhook_events_undelivered;")
m("unique_transfers_idempotency", """
DROP INDEX transfers_idempotency_key;
CREATE UNIQUE INDEX transfers_ledger_idempotency_key ON transfers (ledger_id, idempotency_key);
""", "DROP INDEX transfers_ledger_idempotency_key;\nCREATE INDEX transfers_idempotency_key ON transfers (idempotency_key);")
m("transfers_not_null_idempotency", "ALTER TABLE transfers ALTER COLUMN idempotency_key SET NOT NULL;", "ALTER TABLE transfers ALTER COLUMN idempotency_key DROP NOT NULL;")

more_comments = [
    ("ledgers", "One book per customer entity; accounts never cross ledgers."),
    ("journal_entries", "A balanced set of postings with one effective date."),
    ("fees", "Charges taken on a transfer; in the transfer's currency."),
    ("api_credentials", "Machine credentials for the public API."),
    ("webhook_events", "Outbound notifications, retried until delivered."),
    ("account_holds", "Funds reserved on an account until released or expired."),
    ("statement_versions", "Every rendering of a statement, kept for audit."),
    ("currencies", "ISO 4217 currencies the platform settles in."),
]
for table, text in more_comments:
    m(f"comment_on_{table}", f"COMMENT ON TABLE {table} IS '{text}';", f"COMMENT ON TABLE {table} IS NULL;")
m("index_account_holds_active", "CREATE INDEX account_holds_active ON account_holds (account_id) WHERE released_at IS NULL;", "DROP INDEX account_holds_active;")
m("index_fx_rates_latest", "CREATE INDEX fx_rates_quote_observed ON fx_rates (quote, observed_at DESC);", "DROP INDEX fx_rates_quote_observed;")
m("backfill_account_opened_on", "UPDATE accounts SET opened_on = created_at::date WHERE opened_on IS NULL;", "SELECT 1;")
m("backfill_transfer_channel", "UPDATE transfers SET channel = 'api' WHERE channel IS NULL;", "SELECT 1;")

os.makedirs(out, exist_ok=True)
for i, (name, up, down) in enumerate(migs, start=1):
    with open(f"{out}/{i:05d}_{name}.sql", "w") as f:
        f.write("-- +goose Up\n" + up + "\n-- +goose Down\n" + down)
print(len(migs))
