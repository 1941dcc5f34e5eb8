-- +goose Up
-- goose wraps this one in a transaction.
CREATE INDEX CONCURRENTLY users_name ON users (name);
