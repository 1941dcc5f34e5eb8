-- SQLite near misses: partial, collation, unique vs longer non-unique.
-- expect-none: redundant-index
-- expect-none: duplicate-index

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL,
    title TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notes_live_author ON notes (author_id) WHERE archived = 0;
CREATE INDEX notes_author_title ON notes (author_id, title);
CREATE UNIQUE INDEX notes_title ON notes (title);
CREATE INDEX notes_title_nocase ON notes (title COLLATE NOCASE);
CREATE INDEX notes_title_author ON notes (title, author_id);
