-- SQLite cannot alter a column: the table is rebuilt under a temporary name (Prisma, Drizzle).
PRAGMA foreign_keys = OFF;
CREATE TABLE new_users (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, email TEXT);
INSERT INTO new_users (id, name, age) SELECT id, name, age FROM users;
DROP TABLE users;
ALTER TABLE new_users RENAME TO users;
CREATE INDEX users_name ON users (name);
PRAGMA foreign_keys = ON;

ALTER TABLE users RENAME COLUMN age TO years;
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE);
CREATE UNIQUE INDEX posts_user ON posts (user_id);
DROP TABLE settings;
