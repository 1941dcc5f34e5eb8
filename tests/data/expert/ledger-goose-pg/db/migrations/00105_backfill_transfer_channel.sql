-- +goose Up
UPDATE transfers SET channel = 'api' WHERE channel IS NULL;

-- +goose Down
SELECT 1;
