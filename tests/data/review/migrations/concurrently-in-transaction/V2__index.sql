-- The review file says the tool runs every migration in a transaction: PostgreSQL refuses.
CREATE INDEX CONCURRENTLY users_email ON users (email);
ALTER TABLE users ADD COLUMN nickname text;
