-- +goose Up
DROP INDEX transfers_idempotency_key;
CREATE UNIQUE INDEX transfers_ledger_idempotency_key ON transfers (ledger_id, idempotency_key);

-- +goose Down
DROP INDEX transfers_ledger_idempotency_key;
CREATE INDEX transfers_idempotency_key ON transfers (idempotency_key);
