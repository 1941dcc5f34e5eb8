-- expect-none: soft-fk
-- SQLite: every reference is declared, and the reference-like names that are left have no
-- matching table or a type that cannot hold its key.
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE tracks (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id),
                     session_id TEXT, album_id INTEGER);
CREATE TABLE sessions (id INTEGER PRIMARY KEY);
