-- expect: hardcoded-dated-default promotions.starts_at
-- expect: hardcoded-dated-default chats.model
CREATE TABLE promotions (
    id INTEGER PRIMARY KEY,
    starts_at TEXT NOT NULL DEFAULT '2023-06-01 00:00:00',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ends_at TEXT DEFAULT '0001-01-01'
);
CREATE TABLE chats (id TEXT PRIMARY KEY, model TEXT NOT NULL DEFAULT 'claude-3-opus-20240229');
