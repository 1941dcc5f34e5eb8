-- +goose Up
CREATE INDEX transfers_idempotency_key ON transfers (idempotency_key);

-- +goose Down
DROP INDEX transfers_idempotency_key;
