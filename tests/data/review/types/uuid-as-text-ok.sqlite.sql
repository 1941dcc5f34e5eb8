-- SQLite has no uuid type: TEXT and BLOB UUIDs are how it is done there, fine when a CHECK
-- validates them. A text id with nothing saying it is a UUID is not held to it.
-- expect-none: uuid-as-text
CREATE TABLE devices (id TEXT PRIMARY KEY, owner_uuid TEXT NOT NULL CHECK (length(owner_uuid) = 36));
CREATE TABLE sessions (id BLOB PRIMARY KEY CHECK (length(id) = 16), device_id TEXT REFERENCES devices (id));
CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT);
