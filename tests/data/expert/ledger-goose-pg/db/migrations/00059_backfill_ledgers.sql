-- +goose Up
UPDATE ledgers SET timezone = 'UTC' WHERE timezone IS NULL;

-- +goose Down
SELECT 1;
