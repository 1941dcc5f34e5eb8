CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER REFERENCES workspaces (id) ON DELETE SET NULL,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'paid', 'void')),
    currency TEXT NOT NULL DEFAULT 'usd',
    issued_at INTEGER,
    due_at INTEGER,
    created_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (workspace_id, number)
);

CREATE INDEX invoices_customer_id ON invoices (customer_id);

CREATE TABLE line_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    unit_price REAL NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX line_items_invoice_id ON line_items (invoice_id);
