-- A SQLite schema moving to PostgreSQL (.schemalens.json: targetDialect).
-- expect: bool-as-int accounts.is_active
-- expect: bool-as-int accounts.verified
-- expect: uuid-as-text accounts.external_uuid
-- expect: json-as-text accounts.settings
-- expect: timestamp-port accounts
-- expect: timestamp-port events
-- expect: money-as-float invoices.total
-- expect: autoincrement-port (schema)
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    external_uuid TEXT NOT NULL CHECK (length(external_uuid) = 36),
    is_active INTEGER NOT NULL DEFAULT 1,
    verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    login_count INTEGER NOT NULL DEFAULT 0,
    settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    occurred_at INTEGER NOT NULL,
    received_at_ms INTEGER
);
CREATE INDEX events_account_id ON events (account_id);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    total REAL NOT NULL,
    quantity INTEGER NOT NULL
);
CREATE INDEX invoices_account_id ON invoices (account_id);
