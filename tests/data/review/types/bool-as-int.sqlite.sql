-- SQLite: INTEGER 0/1 (and BOOLEAN) flags are the idiom; a flag kept as TEXT is not.
-- expect: bool-as-int users.is_verified
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    is_admin INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT 1,
    is_verified TEXT NOT NULL DEFAULT 'false'
);
