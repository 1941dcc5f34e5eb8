-- One statement per file: golang-migrate sends a file as one query, and PostgreSQL runs
-- a multi-statement query as one transaction, where CONCURRENTLY is refused.
CREATE INDEX CONCURRENTLY orders_account_idx ON orders (account_id);
