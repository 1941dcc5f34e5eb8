-- +goose Up
ALTER TABLE transfers ALTER COLUMN idempotency_key SET NOT NULL;

-- +goose Down
ALTER TABLE transfers ALTER COLUMN idempotency_key DROP NOT NULL;
