-- SQLite: tasks.status is free TEXT; projects keep theirs to a list with quoted identifiers.
-- expect: enum-like-no-check tasks.status
CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    "state" TEXT NOT NULL DEFAULT 'active' CHECK ("state" IN ('active', 'archived')),
    [visibility_level] VARCHAR(16) CHECK ([visibility_level] = 'public' OR [visibility_level] = 'private')
);
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id),
    status TEXT NOT NULL DEFAULT 'todo'
);
