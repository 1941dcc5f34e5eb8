-- With another statement the file is one implicit transaction: PostgreSQL refuses.
CREATE INDEX CONCURRENTLY users_name ON users (name);
ALTER TABLE users ADD COLUMN nickname text;
