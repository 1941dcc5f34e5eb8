-- SQLite: ISO text timestamps everywhere but in audit, which stores unix epochs.
-- expect: timestamp-inconsistent audit
CREATE TABLE users (id INTEGER PRIMARY KEY, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TEXT);
CREATE TABLE posts (id INTEGER PRIMARY KEY, created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at TEXT);
CREATE TABLE tags (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL DEFAULT (datetime('now')));
CREATE TABLE audit (id INTEGER PRIMARY KEY, created_at INTEGER NOT NULL DEFAULT (unixepoch()));
