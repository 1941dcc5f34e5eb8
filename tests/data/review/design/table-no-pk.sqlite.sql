-- SQLite: a rowid table without a declared key is flagged (only the implicit rowid);
-- WITHOUT ROWID tables always have one, FTS tables cannot have one.
-- expect: table-no-pk audit_log
CREATE TABLE audit_log (action TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);
CREATE VIRTUAL TABLE notes_fts USING fts5(body);
