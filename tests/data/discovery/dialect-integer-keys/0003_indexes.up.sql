CREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
