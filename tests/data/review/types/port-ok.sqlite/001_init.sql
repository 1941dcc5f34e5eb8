-- The same idioms without a target dialect: SQLite's own way, no port findings.
-- expect-none: timestamp-port
-- expect-none: autoincrement-port
-- expect-none: bool-as-int
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    is_active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
