-- ADD COLUMN NOT NULL without DEFAULT fails in SQLite on any table.
ALTER TABLE users ADD COLUMN name TEXT NOT NULL;
ALTER TABLE users ADD COLUMN name TEXT NOT NULL DEFAULT '';
-- A table built from the data: CREATE TABLE … AS SELECT.
CREATE TABLE user_emails AS SELECT id, email FROM users;
