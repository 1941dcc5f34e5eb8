-- SQLite: projects compare slugs with NOCASE, users' emails are unique as written.
-- expect: unique-case-sensitive users.email
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE);
CREATE TABLE projects (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE COLLATE NOCASE);
