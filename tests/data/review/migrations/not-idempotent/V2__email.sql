-- CONCURRENTLY makes Flyway run this file without a transaction: a retry after a failure
-- in the index build stops on the column the first attempt added.
ALTER TABLE accounts ADD COLUMN billing_email text;
CREATE INDEX CONCURRENTLY accounts_billing_email ON accounts (billing_email);
