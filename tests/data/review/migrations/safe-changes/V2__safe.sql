-- The careful versions of each change.
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN nickname text;
ALTER TABLE users ALTER COLUMN email TYPE varchar(320);
CREATE UNIQUE INDEX CONCURRENTLY users_email_lower ON users (lower(email));
DROP INDEX CONCURRENTLY users_email;
ALTER INDEX users_email_lower RENAME TO users_email;
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));
CREATE INDEX sessions_user ON sessions (user_id);
ALTER TABLE sessions ADD COLUMN token_hash text NOT NULL;
