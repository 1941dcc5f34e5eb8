CREATE TABLE payments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER REFERENCES workspaces (id) ON DELETE SET NULL,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    amount_cents INTEGER NOT NULL,
    provider TEXT NOT NULL,
    provider_payload TEXT,
    paid_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (unixepoch())
);

CREATE INDEX payments_invoice_id ON payments (invoice_id);
