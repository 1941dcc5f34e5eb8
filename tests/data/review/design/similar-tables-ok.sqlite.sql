-- Shared columns are only the trivial ones, or too few to mean anything.
-- expect-none: similar-tables
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT, created_at TEXT, updated_at TEXT);
CREATE TABLE invoices (id INTEGER PRIMARY KEY, number TEXT, total REAL, due_at TEXT, paid_at TEXT);
CREATE TABLE payments (id INTEGER PRIMARY KEY, invoice_id INTEGER, amount REAL, method TEXT, paid_at TEXT);
