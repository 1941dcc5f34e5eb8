-- +goose Up
ALTER TABLE transfers ADD COLUMN idempotency_key text;

-- +goose Down
ALTER TABLE transfers DROP COLUMN idempotency_key;
