-- Dropped and re-created under the same name: a window without uniqueness.
DROP INDEX accounts_email;
CREATE UNIQUE INDEX accounts_email ON accounts (lower(email));
-- Built first under a new name, then swapped: no window.
CREATE INDEX CONCURRENTLY accounts_handle_new ON accounts (lower(handle));
DROP INDEX accounts_handle;
ALTER INDEX accounts_handle_new RENAME TO accounts_handle;
