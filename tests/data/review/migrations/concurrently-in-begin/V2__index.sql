-- The file's own BEGIN opens a transaction block.
BEGIN;
CREATE INDEX CONCURRENTLY users_email ON users (email);
COMMIT;
