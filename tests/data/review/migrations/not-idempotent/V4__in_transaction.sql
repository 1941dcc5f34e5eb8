-- Runs in Flyway's transaction: all or nothing.
ALTER TABLE accounts ADD COLUMN fax text;
CREATE INDEX accounts_fax ON accounts (fax);
