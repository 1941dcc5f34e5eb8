-- SQLite: every enum-like column is listed in a CHECK (one written as OR'ed equalities),
-- or is not enum-like (a MIME type).
-- expect-none: enum-like-no-check
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done')),
    kind TEXT NOT NULL CHECK (kind = 'import' OR kind = 'export'),
    content_type TEXT
);
