-- SQLite has no uuid type: TEXT uuids are how it is done there.
-- expect-none: uuid-as-text
CREATE TABLE devices (id TEXT PRIMARY KEY, owner_uuid TEXT NOT NULL);
