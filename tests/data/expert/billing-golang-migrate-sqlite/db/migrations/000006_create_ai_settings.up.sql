CREATE TABLE ai_settings (
    workspace_id INTEGER PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
    model TEXT NOT NULL DEFAULT 'gpt-4-0613',
    temperature REAL NOT NULL DEFAULT 0.2,
    monthly_budget REAL,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
