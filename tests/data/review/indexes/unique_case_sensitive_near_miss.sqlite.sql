-- A SQLite schema that never compares without case: nothing says emails should be.
-- expect-none: unique-case-sensitive
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE projects (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
