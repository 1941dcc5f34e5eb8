SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- CONCURRENTLY: Flyway runs this file without a transaction, so every step can be repeated.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user ON orders (user_id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email);
DROP INDEX CONCURRENTLY IF EXISTS users_legacy_code;
REINDEX INDEX CONCURRENTLY orders_user;
