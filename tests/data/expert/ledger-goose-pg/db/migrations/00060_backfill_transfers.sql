-- +goose Up
UPDATE transfers SET idempotency_key = 'legacy-' || id WHERE idempotency_key IS NULL;

-- +goose Down
SELECT 1;
