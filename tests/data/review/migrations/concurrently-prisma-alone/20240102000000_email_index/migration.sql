-- A file that holds only this statement is sent as a single query: no transaction.
CREATE INDEX CONCURRENTLY users_email ON users (email);
