-- +goose Up
UPDATE payouts SET provider = 'ach' WHERE provider IS NULL;

-- +goose Down
SELECT 1;
