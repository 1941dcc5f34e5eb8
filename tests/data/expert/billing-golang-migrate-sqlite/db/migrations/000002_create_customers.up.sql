CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    external_uuid TEXT NOT NULL,
    name TEXT NOT NULL,
    billing_email TEXT,
    tax_exempt INTEGER NOT NULL DEFAULT 0,
    metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE UNIQUE INDEX customers_external_uuid ON customers (external_uuid);
CREATE INDEX customers_workspace_id ON customers (workspace_id);
