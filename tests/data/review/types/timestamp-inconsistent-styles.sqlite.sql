-- SQLite: CURRENT_TIMESTAMP text ('YYYY-MM-DD HH:MM:SS') everywhere but attachments, whose
-- strftime() writes ISO 8601 with a T and a Z: the two do not sort together as text.
-- expect: timestamp-inconsistent attachments
CREATE TABLE chats (id TEXT PRIMARY KEY, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE documents (id TEXT PRIMARY KEY, created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE folders (id TEXT PRIMARY KEY, created_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE attachments (id TEXT PRIMARY KEY, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
